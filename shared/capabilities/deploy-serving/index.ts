import type { Manifest } from './manifest';
import type { Capability, CapabilityContext, CapabilityResult } from '../../capability';
import { connect } from '../../connect';
import {
  DatabricksError,
  WaitTimeoutError,
  type DatabricksClient,
  type EndpointCoreConfigInput,
  type ServingEndpointDetailed,
} from '../../databricks';
import { CapabilityFailure, UserError, inputRef } from '../../errors';
import {
  currentConfig,
  desiredConfig,
  mergeShares,
  sameConfig,
  servedVersions,
  trafficText,
  type ResolvedShare,
} from './config';
import { manifest } from './manifest';
import { writeSummary, type Rollout } from './report';
import { applyConfig, failed, failureMessage, waitForUpdate } from './rollout';
import { readSettings, type DeploySettings, type TrafficShare } from './settings';
import { runSmokeTest } from './smoke';

async function resolveShare(
  client: DatabricksClient,
  s: DeploySettings,
  share: TrafficShare,
  signal: AbortSignal,
): Promise<ResolvedShare> {
  const input = s.shares.length > 1 || share.percent !== 100 ? 'traffic' : 'version';
  let found;
  if (share.ref.kind === 'alias') {
    found = await client.unityCatalog.tryGetVersionByAlias(s.modelName, share.ref.alias, signal);
    if (!found)
      throw new UserError(
        `Model '${s.modelName}' has no @${share.ref.alias} alias, so there is no version to serve as '${share.name}'. Check ${inputRef(input)}, or set the alias (evaluate-model, promote-model) first.`,
      );
  } else {
    try {
      found = await client.unityCatalog.getVersion(s.modelName, share.ref.version, signal);
    } catch (err) {
      if (err instanceof DatabricksError && err.isNotFound)
        throw new UserError(
          `Model '${s.modelName}' has no version ${share.ref.version}. Check ${inputRef(input)} and ${inputRef('model-name')}.`,
          { cause: err },
        );
      throw err;
    }
  }
  const version = String(found.version);
  if (found.status && found.status !== 'READY')
    throw new UserError(
      `Version ${version} of ${s.modelName} (${share.name}) is ${found.status}, not READY: it cannot be served yet. Wait for its registration, or choose another version in ${inputRef(input)}.`,
    );
  return {
    name: share.name,
    version,
    percent: share.percent,
    from: share.ref.kind === 'alias' ? `@${share.ref.alias}` : `version ${version}`,
  };
}

function setConfigOutputs(
  ctx: CapabilityContext<Manifest>,
  config: EndpointCoreConfigInput | undefined,
): void {
  ctx.outputs.set('served-versions', servedVersions(config));
  ctx.outputs.set('traffic', trafficText(config));
}

export const deployServing: Capability<Manifest> = {
  manifest,
  async main(ctx) {
    const s = readSettings(ctx.inputs);
    const { client } = connect(ctx);
    const log = ctx.logger;
    ctx.outputs.set('endpoint-url', '');
    ctx.outputs.set('previous-config', {});
    ctx.outputs.set('changed', false);
    setConfigOutputs(ctx, undefined);

    const resolved: ResolvedShare[] = [];
    for (const share of s.shares) resolved.push(await resolveShare(client, s, share, ctx.signal));
    const { merged, notes } = mergeShares(resolved);
    for (const n of notes) log.info(n);
    const desired = desiredConfig(merged, s);
    log.info(
      `Deploying ${s.modelName} to serving endpoint ${s.endpointName}: ${merged.map((m) => `${m.name} = version ${m.version} (${m.from}) ${m.percent}%`).join(', ')}.`,
    );
    const deadline = Date.now() + s.timeoutMs;
    const wait = { logger: log, deadline, signal: ctx.signal };

    let ep = await client.serving.tryGet(s.endpointName, ctx.signal);
    if (ep?.state?.config_update === 'IN_PROGRESS') {
      log.info(
        `Endpoint ${s.endpointName} has another config update in progress: waiting for it first.`,
      );
      ep = await waitOrFail(() => waitForUpdate(client, s.endpointName, wait));
    }
    const before = currentConfig(ep);
    ctx.outputs.set('previous-config', before ?? {});
    ctx.outputs.set('endpoint-url', endpointUrl(client.host, s.endpointName, ep));
    setConfigOutputs(ctx, before);
    const rollout: Rollout = {
      endpoint: s.endpointName,
      model: s.modelName,
      created: !ep,
      before,
      desired,
      changed: false,
    };

    if (ep && ep.state?.ready === 'READY' && sameConfig(desired, before)) {
      log.info(
        `Endpoint ${s.endpointName} already serves this config (${trafficText(before)}): no update.`,
      );
    } else {
      rollout.changed = true;
      ctx.outputs.set('changed', true);
      ep = await startUpdate(client, s, desired, ep, ctx.signal);
      ctx.outputs.set('endpoint-url', endpointUrl(client.host, s.endpointName, ep));
      try {
        ep = await waitForUpdate(client, s.endpointName, wait);
      } catch (err) {
        if (!(err instanceof WaitTimeoutError)) throw err;
        rollout.failure = timedOut(err);
        // A rollback now would be refused (409) while the update runs.
        rollout.rollback = 'not attempted: the update is still in progress';
        return finish(ctx, client, s, rollout, false);
      }
      if (failed(ep)) {
        rollout.failure = `The config update failed: ${failureMessage(ep)}`;
        return finish(ctx, client, s, rollout, true);
      }
    }
    setConfigOutputs(ctx, currentConfig(ep));

    if (s.smoke) {
      log.info(`Smoke test: sending ${s.smoke.file} to ${s.endpointName}.`);
      const result = await runSmokeTest(client, s.endpointName, s.smoke, Date.now, ctx.signal);
      rollout.smoke = result;
      if (!result.passed) {
        rollout.failure = `The smoke test failed: ${result.detail}`;
        return finish(ctx, client, s, rollout, rollout.changed);
      }
      log.info(`Smoke test passed: ${result.detail}.`);
    }
    return finish(ctx, client, s, rollout, false);
  },
};

function endpointUrl(host: string, name: string, ep: ServingEndpointDetailed | undefined): string {
  const given = ep?.endpoint_url;
  return typeof given === 'string' && given
    ? given
    : `${host.replace(/\/+$/, '')}/serving-endpoints/${encodeURIComponent(name)}/invocations`;
}

async function startUpdate(
  client: DatabricksClient,
  s: DeploySettings,
  desired: EndpointCoreConfigInput,
  ep: ServingEndpointDetailed | undefined,
  signal: AbortSignal,
): Promise<ServingEndpointDetailed> {
  try {
    if (!ep) return await client.serving.create({ name: s.endpointName, config: desired }, signal);
    return await client.serving.updateConfig(s.endpointName, desired, signal);
  } catch (err) {
    if (err instanceof DatabricksError && err.status === 409 && /CONFLICT/.test(err.errorCode))
      throw new UserError(
        `Endpoint ${s.endpointName} started another config update at the same time (${err.serverMessage}). Nothing was changed by this step; re-run it once that update has finished.`,
        { cause: err },
      );
    throw err;
  }
}

function timedOut(err: WaitTimeoutError): string {
  return `${err.message}. Raise ${inputRef('wait-timeout')} if the endpoint needs longer.`;
}

/** A wait that runs out is the step's failure, not a user mistake. */
async function waitOrFail<T>(wait: () => Promise<T>): Promise<T> {
  try {
    return await wait();
  } catch (err) {
    if (err instanceof WaitTimeoutError) throw new CapabilityFailure(timedOut(err));
    throw err;
  }
}

/** Rolls back when asked and needed, sets the outputs from the endpoint as it ends, writes the summary. */
async function finish(
  ctx: CapabilityContext<Manifest>,
  client: DatabricksClient,
  s: DeploySettings,
  rollout: Rollout,
  rollBack: boolean,
): Promise<CapabilityResult | void> {
  const log = ctx.logger;
  if (rollBack && rollout.failure) {
    if (!s.rollbackOnFailure) {
      rollout.rollback = 'not attempted (rollback-on-failure is false)';
    } else if (!rollout.before) {
      rollout.rollback = 'nothing to restore: the endpoint had no config before this step';
    } else {
      log.info(
        `Rolling back ${s.endpointName} to its previous config (${trafficText(rollout.before)}).`,
      );
      try {
        const back = await applyConfig(client, s.endpointName, rollout.before, {
          logger: log,
          deadline: Date.now() + s.timeoutMs,
          signal: ctx.signal,
        });
        rollout.rollback = failed(back)
          ? `failed too: ${failureMessage(back)}`
          : `restored ${trafficText(rollout.before)}`;
      } catch (err) {
        if (!(err instanceof DatabricksError || err instanceof WaitTimeoutError)) throw err;
        rollout.rollback = `failed: ${err.message}`;
      }
      log.info(`Rollback ${rollout.rollback}.`);
    }
  }
  const live = await client.serving.tryGet(s.endpointName, ctx.signal);
  rollout.after = currentConfig(live);
  setConfigOutputs(ctx, rollout.after);
  await writeSummary(ctx, rollout);
  if (rollout.failure)
    throw new CapabilityFailure(
      `${rollout.failure.replace(/\.?$/, '.')}${rollout.rollback ? ` Rollback: ${rollout.rollback}.` : ''}`,
    );
}
