import { setMaxListeners } from 'events';
import { CapabilityFailure, UserError, errorMessage, renderInputRefs } from './errors';
import type { Logger } from './logger';
import type { Capability, CapabilityContext } from './capability';
import type { Host, Outcome } from './host/host';
import { Inputs } from './inputs';
import { upsertPrComment } from './report/pr-comment';
import { VERSION } from './version';
import { artifactNameProblem, stageArtifact } from './artifacts';
import { redactSecrets } from './host/secrets';

export type Phase = 'main' | 'post';

/** Exit codes the CLI uses: success, capability failed (run or gate failed), user error. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USER_ERROR = 2;

export interface RunOptions {
  signal?: AbortSignal;
}

/**
 * Runs one phase of a capability through a host: reads inputs, calls the capability, and on every
 * outcome sets every declared output (empty when the capability did not produce it) before the
 * result is marked. Returns the exit code the CLI would use.
 */
export async function runCapability(
  host: Host,
  capability: Capability,
  phase: Phase,
  options: RunOptions = {},
): Promise<number> {
  const { manifest } = capability;
  const produced = new Map<string, string>();
  const inputs = new Inputs(
    manifest,
    (name, spec) => host.getInput(name, spec),
    (v) => host.setSecret(v),
  );
  const label = (name: string) =>
    host.inputLabel(name, manifest.inputs[name]?.ado ?? camelCase(name));
  const logger = renderingLogger(host, label);
  const ciToken = (given: string | undefined) => host.ciToken(given);
  const ctx: CapabilityContext = {
    inputs,
    logger,
    outputs: {
      set(name, value) {
        const spec = manifest.outputs[name];
        if (!spec)
          throw new Error(`Bug: output '${name}' is not declared in the ${manifest.name} manifest`);
        const text =
          value === undefined
            ? ''
            : typeof value === 'string'
              ? value
              : typeof value === 'object'
                ? JSON.stringify(value)
                : String(value);
        // Messages put into outputs may name inputs too (error-message).
        const rendered = renderInputRefs(text, label);
        produced.set(name, rendered);
        host.setOutput(name, spec.ado, rendered);
      },
    },
    summary: { append: (md) => host.appendSummary(renderInputRefs(md, label)) },
    state: { save: (k, v) => host.saveState(k, v), get: (k) => host.getState(k) },
    maskSecret: (v) => host.setSecret(v),
    ci: host.ci(),
    hostKind: host.kind,
    env: host.env,
    connectionDefaults: host.connectionDefaults(),
    signal: options.signal ?? quietSignal(),
    echoUntrusted: (t) => host.echoUntrusted(t),
    publishTestResults: (files, title, format) => host.publishTestResults(files, title, format),
    nameInputs: (text) => renderInputRefs(text, label),
    workspaceDir: host.workspaceDir(),
    tempDir: host.tempDir(),
    ciToken,
    gitHosting: (request) => host.gitHosting(request),
    prReport: {
      upsert: (markdown, o) =>
        upsertPrComment({
          markdown: renderInputRefs(markdown, label),
          key: o.key,
          resolved: o.resolved,
          mode: o.mode,
          state: o.state,
          token: ciToken(o.token),
          ci: {
            ...host.ci(),
            ...(o.target?.pullRequest ? { pullRequest: o.target.pullRequest } : {}),
            ...(o.target?.sha ? { sha: o.target.sha } : {}),
          },
          logger,
          signal: options.signal,
          backend: host.prReportBackend(),
        }),
    },
    checkRun: {
      publish: async (request) => {
        if (!host.checkRun) {
          logger.debug(`Check run '${request.name}' skipped: check runs exist on GitHub only.`);
          return { action: 'skipped', reason: 'not on GitHub' };
        }
        return host.checkRun(
          { ...request, summary: renderInputRefs(request.summary, label) },
          ciToken(request.token),
          logger,
          options.signal,
        );
      },
    },
    artifacts: {
      upload: async ({ name, files }) => {
        const skipped = (reason: string) => ({ action: 'skipped' as const, name, reason });
        if (!host.uploadArtifact) {
          logger.debug(`Artifact '${name}' skipped: this host keeps no artifacts.`);
          return skipped('no artifacts here');
        }
        const problem = artifactNameProblem(name);
        if (problem) {
          logger.warning(`Artifact not uploaded: its name ${problem}.`);
          return skipped(problem);
        }
        try {
          const staged = stageArtifact(host.tempDir(), { name, files }, redactSecrets);
          const done = await host.uploadArtifact(name, staged.folder, staged.files, logger);
          logger.info(`Artifact '${name}' kept${done.url ? `: ${done.url}` : '.'}`);
          return { action: 'uploaded', name, ...done };
        } catch (err) {
          // The step's result is the tests' or the run's: a lost artifact only warns.
          const reason = errorMessage(err);
          logger.warning(`Artifact '${name}' not uploaded: ${reason}`);
          return skipped(reason);
        }
      },
    },
    ciApprovers: async (token) => (host.approvers ? host.approvers(ciToken(token), logger) : []),
    version: VERSION,
  };

  const finishOutputs = () => {
    if (phase !== 'main') return;
    for (const [name, spec] of Object.entries(manifest.outputs)) {
      if (!produced.has(name)) host.setOutput(name, spec.ado, '');
    }
  };

  let outcome: Outcome = 'succeeded';
  let message: string | undefined;
  let code = EXIT_OK;
  try {
    if (phase === 'main') {
      inputs.checkRequired();
      const result = await capability.main(ctx);
      if (result) {
        outcome = result.outcome;
        message = result.message === undefined ? undefined : renderInputRefs(result.message, label);
        if (outcome === 'failed') code = EXIT_FAILED;
      }
    } else if (capability.post) {
      await capability.post(ctx);
    }
  } catch (err) {
    outcome = 'failed';
    if (err instanceof UserError) {
      message = err.render((name) =>
        host.inputLabel(name, manifest.inputs[name]?.ado ?? camelCase(name)),
      );
      code = EXIT_USER_ERROR;
    } else if (err instanceof CapabilityFailure) {
      message = renderInputRefs(err.message, label);
      code = EXIT_FAILED;
    } else {
      // Our bug, not the user's: keep the stack for whoever reports it, out of the main log.
      message = `Internal error in ${manifest.name}: ${errorMessage(err)}. Please report it with the debug log.`;
      host.debug(err instanceof Error && err.stack ? err.stack : String(err));
      code = EXIT_FAILED;
    }
  }
  // A capability that declares `error-message` gets the step's error there whatever failed,
  // bad input included (only the runner can name the input as this host spells it).
  const errorOutput = manifest.outputs['error-message'];
  if (
    phase === 'main' &&
    outcome === 'failed' &&
    message &&
    errorOutput &&
    !produced.get('error-message')
  ) {
    produced.set('error-message', message);
    host.setOutput('error-message', errorOutput.ado, message);
  }
  finishOutputs();
  host.setOutcome(outcome, message);
  return code;
}

function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** Log messages may name inputs with `inputRef` too; they are rendered for the host like errors. */
function renderingLogger(host: Host, label: (name: string) => string): Logger {
  const r = (m: string) => renderInputRefs(m, label);
  return {
    debug: (m) => host.debug(r(m)),
    info: (m) => host.info(r(m)),
    warning: (m, loc) => host.warning(r(m), loc),
    error: (m, loc) => host.error(r(m), loc),
    group: (name, fn) => host.group(r(name), fn),
  };
}

function quietSignal(): AbortSignal {
  const signal = new AbortController().signal;
  setMaxListeners(256, signal);
  return signal;
}
