import type { Capability, CapabilityContext, CapabilityResult } from '../../capability';
import { connect } from '../../connect';
import { DatabricksError } from '../../databricks';
import { CapabilityFailure, InputError, UserError, inputRef, quoteValue } from '../../errors';
import { escapeCell } from '../../report/markdown';
import { defaultReportKey } from '../../report/pr-comment';
import {
  openRegistry,
  registryKindFor,
  type ModelRegistry,
  type ModelVersionView,
  type RegistryKind,
} from '../../models/registry';
import { GATE_STATUS_TAG, PROMOTION_TAGS } from '../../models/tags';
import { manifest, type Manifest } from './manifest';

interface PromoteSettings {
  modelName: string;
  registry: RegistryKind;
  /** A version number, an alias, or undefined for the default (challenger). */
  version?: string;
  targetAlias: string;
  targetStage: string;
  previousAlias: string;
  removeChallenger: boolean;
  rollback: boolean;
  /** `none` means: no version holds the target yet. */
  expectedCurrent?: string;
  force: boolean;
  reason?: string;
  approvalTag?: string;
  /** GitHub only: the PR report and the run's environment approvals. */
  githubToken?: string;
  prComment: boolean;
  reportKey?: string;
}

const VERSION = /^[1-9][0-9]{0,18}$/;
const ALIAS = /^[A-Za-z0-9_-]{1,255}$/;

function readSettings(ctx: CapabilityContext<Manifest>): PromoteSettings {
  const { inputs } = ctx;
  const modelName = inputs.string('model-name');
  const choice = inputs.choice('registry');
  const registry = registryKindFor(modelName, choice === 'auto' ? undefined : choice);
  const alias = (name: 'target-alias' | 'previous-alias'): string => {
    const v = inputs.string(name);
    if (!ALIAS.test(v) || v.toLowerCase() === 'latest')
      throw new InputError(
        name,
        `is not a usable alias: ${quoteValue(v)}`,
        "Use letters, digits, '_' or '-'; 'latest' is reserved.",
      );
    return v;
  };
  const targetAlias = alias('target-alias');
  const previousAlias = alias('previous-alias');
  if (targetAlias.toLowerCase() === previousAlias.toLowerCase())
    throw new InputError(
      'previous-alias',
      `must differ from ${inputRef('target-alias')} ('${targetAlias}')`,
    );
  const version = inputs.string('version');
  if (version !== undefined && !VERSION.test(version) && !ALIAS.test(version))
    throw new InputError(
      'version',
      `must be a version number or an alias, got ${quoteValue(version)}`,
    );
  if (registry === 'workspace' && version !== undefined && !VERSION.test(version))
    throw new InputError(
      'version',
      `must be a version number for a workspace registry model, got ${quoteValue(version)}`,
    );
  const rollback = inputs.boolean('rollback');
  if (rollback && version !== undefined)
    throw new InputError(
      'version',
      `cannot be combined with ${inputRef('rollback')}`,
      `A rollback restores the version under ${inputRef('previous-alias')}.`,
    );
  if (rollback && registry === 'workspace')
    throw new InputError(
      'rollback',
      'needs a Unity Catalog model',
      'For the workspace registry, promote the earlier version by number.',
    );
  if (registry === 'workspace' && version === undefined && !rollback)
    throw new InputError(
      'version',
      'is required for a workspace registry model',
      'Workspace models have no challenger alias: give the version number.',
    );
  const expected = inputs.string('expected-current-version');
  if (expected !== undefined && expected.toLowerCase() !== 'none' && !VERSION.test(expected))
    throw new InputError(
      'expected-current-version',
      `must be a version number or none, got ${quoteValue(expected)}`,
    );
  const force = inputs.boolean('force');
  const reason = inputs.string('reason');
  if (force && !reason)
    throw new InputError(
      'reason',
      `is required with ${inputRef('force')}`,
      'Say why the gate is overridden: it is recorded on the version.',
    );
  const approvalTag = inputs.string('approval-tag');
  if (approvalTag !== undefined && !/^[^\u0000-\u001f]{1,250}$/.test(approvalTag))
    throw new InputError('approval-tag', `is not a tag name: ${quoteValue(approvalTag)}`);
  return {
    modelName,
    registry,
    version,
    targetAlias,
    targetStage: inputs.choice('target-stage'),
    previousAlias,
    removeChallenger: inputs.boolean('remove-challenger'),
    rollback,
    expectedCurrent: expected?.toLowerCase() === 'none' ? 'none' : expected,
    force,
    reason,
    approvalTag,
    githubToken: inputs.string('github-token'),
    prComment: inputs.boolean('pr-comment'),
    reportKey: inputs.string('report-key'),
  };
}

const CHALLENGER = 'challenger';

export const promoteModel: Capability<Manifest> = {
  manifest,
  async main(ctx) {
    const s = readSettings(ctx);
    const { client } = connect(ctx);
    const registry = openRegistry(client, s.modelName, s.registry, ctx.signal);
    try {
      return await promote(ctx, s, registry);
    } catch (err) {
      if (err instanceof DatabricksError && err.isNotFound)
        throw new UserError(
          `${err.message} Check ${inputRef('model-name')} '${s.modelName}' and ${inputRef('version')}.`,
          { cause: err },
        );
      throw err;
    }
  },
};

/** Where the promotion points: a Unity Catalog alias or a workspace stage. */
function targetName(s: PromoteSettings): string {
  return s.registry === 'unity-catalog' ? `@${s.targetAlias}` : `stage ${s.targetStage}`;
}

async function current(
  registry: ModelRegistry,
  s: PromoteSettings,
): Promise<ModelVersionView | undefined> {
  return registry.resolvePointer(s.registry === 'unity-catalog' ? s.targetAlias : s.targetStage);
}

async function resolveVersion(
  registry: ModelRegistry,
  s: PromoteSettings,
): Promise<ModelVersionView> {
  if (s.rollback) {
    const prev = await registry.resolvePointer(s.previousAlias);
    if (!prev)
      throw new UserError(
        `Nothing to roll back to: model '${s.modelName}' has no @${s.previousAlias} alias (it is set by a promotion that replaced a champion). Check ${inputRef('previous-alias')}.`,
      );
    return prev;
  }
  const ref = s.version ?? CHALLENGER;
  if (VERSION.test(ref)) return registry.getVersion(ref);
  const v = await registry.resolvePointer(ref);
  if (!v)
    throw new UserError(
      `Model '${s.modelName}' has no @${ref} alias, so there is no version to promote. ${s.version ? `Check ${inputRef('version')}.` : `Run evaluate-model with alias-on-pass: challenger first, or set ${inputRef('version')}.`}`,
    );
  return v;
}

async function promote(
  ctx: CapabilityContext<Manifest>,
  s: PromoteSettings,
  registry: ModelRegistry,
): Promise<CapabilityResult | void> {
  const log = ctx.logger;
  const candidate = await resolveVersion(registry, s);
  const before = await current(registry, s);
  ctx.outputs.set('previous-version', before?.version);
  ctx.outputs.set('promoted-version', before?.version);
  ctx.outputs.set('changed', false);
  const target = targetName(s);
  log.info(
    `${s.rollback ? 'Rolling back' : 'Promoting'} ${s.modelName} version ${candidate.version} to ${target} (now ${before ? `version ${before.version}` : 'unset'}).`,
  );
  if (s.expectedCurrent !== undefined) {
    const holds = before?.version ?? 'none';
    if (holds !== s.expectedCurrent)
      throw new CapabilityFailure(
        `${target} of ${s.modelName} holds ${holds === 'none' ? 'no version' : `version ${holds}`}, not ${s.expectedCurrent === 'none' ? 'no version' : `version ${s.expectedCurrent}`} as expected-current-version says: someone promoted in between. Nothing was changed; re-run the gate against the new champion.`,
      );
  }
  if (before?.version === candidate.version) {
    log.info(`Version ${candidate.version} already holds ${target}: nothing to do.`);
    ctx.outputs.set('promoted-version', candidate.version);
    ctx.outputs.set('previous-version', candidate.tags[PROMOTION_TAGS.previous] ?? '');
    await publish(
      ctx,
      s,
      `### Model promotion\n\n\`${escapeCell(s.modelName)}\` version ${candidate.version} already holds ${escapeCell(target)}: nothing changed.\n`,
    );
    return;
  }
  if (candidate.status !== 'READY')
    throw new UserError(
      `Version ${candidate.version} of ${s.modelName} is ${candidate.status}, not READY: it cannot be served. Wait for its registration, or promote another version.`,
    );
  const gate = candidate.tags[GATE_STATUS_TAG];
  if (!s.rollback && gate !== 'passed') {
    if (!s.force)
      throw new CapabilityFailure(
        `Version ${candidate.version} of ${s.modelName} has ${gate ? `gate status ${quoteValue(gate)}` : 'no gate result'} (${GATE_STATUS_TAG}): only a version that passed evaluate-model is promoted. Gate it first, or set ${inputRef('force')} with a ${inputRef('reason')}.`,
      );
    log.warning(
      `Promoting version ${candidate.version} without a passed gate (force): ${s.reason ?? ''}`,
    );
  }
  const approvers: string[] = [];
  if (s.approvalTag) {
    const value = candidate.tags[s.approvalTag];
    if (value?.toLowerCase() !== 'approved')
      throw new CapabilityFailure(
        `Version ${candidate.version} of ${s.modelName} is not approved: its tag ${quoteValue(s.approvalTag)} is ${value === undefined ? 'not set' : `${quoteValue(value)}`}, not 'approved'. Approve it in the Databricks UI (or set the tag), then re-run.`,
      );
    approvers.push(`databricks:${s.approvalTag}`);
  }
  approvers.push(...(await ctx.ciApprovers(s.githubToken)));
  ctx.outputs.set('approvers', approvers);

  if (s.registry === 'unity-catalog') {
    await registry.setAlias(s.targetAlias, candidate.version);
    await verify(registry, s, candidate.version);
    if (before && !s.rollback) await registry.setAlias(s.previousAlias, before.version);
    if (s.removeChallenger && !s.rollback && candidate.aliases.includes(CHALLENGER))
      await registry.deleteAlias(CHALLENGER);
  } else {
    await registry.transitionStage(
      candidate.version,
      s.targetStage,
      `databricks-mlops promote-model${s.reason ? `: ${s.reason}` : ''}`,
    );
    await verify(registry, s, candidate.version);
  }
  const audit: Array<[string, string]> = [
    [PROMOTION_TAGS.time, new Date().toISOString()],
    [
      PROMOTION_TAGS.action,
      s.rollback ? 'rollback' : s.force && gate !== 'passed' ? 'forced' : 'promoted',
    ],
    [PROMOTION_TAGS.target, target],
    [PROMOTION_TAGS.previous, before?.version ?? 'none'],
  ];
  if (ctx.ci.actor) audit.push([PROMOTION_TAGS.by, ctx.ci.actor]);
  if (ctx.ci.runUrl) audit.push([PROMOTION_TAGS.runUrl, ctx.ci.runUrl]);
  if (s.reason) audit.push([PROMOTION_TAGS.reason, s.reason]);
  if (approvers.length) audit.push([PROMOTION_TAGS.approvers, approvers.join(', ')]);
  for (const [k, v] of audit) await registry.setTag(candidate.version, k, v);

  ctx.outputs.set('promoted-version', candidate.version);
  ctx.outputs.set('changed', true);
  log.info(
    `${s.modelName} ${target} is now version ${candidate.version}${before ? ` (was ${before.version}${s.registry === 'unity-catalog' && !s.rollback ? `, kept as @${s.previousAlias}` : ''})` : ''}.`,
  );
  await publish(
    ctx,
    s,
    [
      `### Model ${s.rollback ? 'rollback' : 'promotion'}`,
      '',
      `\`${escapeCell(s.modelName)}\` ${escapeCell(target)}: version ${before?.version ?? '(none)'} → **${candidate.version}**.`,
      '',
      `Gate: ${escapeCell(gate ?? 'none')}${s.force && gate !== 'passed' ? ' (overridden with force)' : ''}. Approvers: ${approvers.length ? escapeCell(approvers.join(', ')) : 'none recorded'}.${s.reason ? ` Reason: ${escapeCell(s.reason)}.` : ''}`,
      '',
      `[Version ${candidate.version}](${registry.versionUrl(candidate.version)})`,
      '',
    ].join('\n'),
  );
}

/** The summary, and the sticky PR report when asked for. */
async function publish(
  ctx: CapabilityContext<Manifest>,
  s: PromoteSettings,
  markdown: string,
): Promise<void> {
  await ctx.summary.append(markdown);
  if (s.prComment)
    await ctx.prReport.upsert(markdown, {
      key: s.reportKey ?? `${defaultReportKey(ctx.ci, manifest.name)}/${s.modelName}`,
      token: s.githubToken,
      resolved: true,
    });
}

/** Re-reads the target after the write: a concurrent promotion between write and read is reported. */
async function verify(registry: ModelRegistry, s: PromoteSettings, version: string): Promise<void> {
  const now = await current(registry, s);
  if (now?.version !== version)
    throw new CapabilityFailure(
      `After setting ${targetName(s)} to version ${version}, it holds ${now ? `version ${now.version}` : 'nothing'}: another promotion ran at the same time. Check the model's history before re-running.`,
    );
}
