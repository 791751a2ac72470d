import type { Capability, CapabilityContext, CapabilityResult } from '../../capability';
import { connect } from '../../connect';
import { DatabricksError, type DatabricksClient, type MlflowRun } from '../../databricks';
import { UserError, inputRef } from '../../errors';
import { openRegistry, type ModelRegistry, type ModelVersionView } from '../../models/registry';
import { GATE_TAGS } from '../../models/tags';
import { defaultReportKey } from '../../report/pr-comment';
import { checkCompliance, type CheckResult } from './compliance';
import { manifest, type Manifest } from './manifest';
import { buildReport, renderSummary, type GateReport } from './report';
import { recordResults } from './results-table';
import {
  readSettings,
  type BaselineRef,
  type CandidateRef,
  type EvaluateSettings,
} from './settings';
import { evaluateThresholds, type Metrics } from './thresholds';

export const evaluateModel: Capability<Manifest> = {
  manifest,
  async main(ctx) {
    const settings = readSettings(ctx.inputs, { commit: ctx.ci.sha });
    if (!settings.model) return filesOnly(ctx, settings);
    const { client } = connect(ctx);
    const registry = openRegistry(client, settings.model.name, settings.model.registry, ctx.signal);
    return gateVersion(ctx, settings, client, registry);
  },
};

/** Metrics produced elsewhere, no workspace: a verdict and nothing recorded. */
async function filesOnly(
  ctx: CapabilityContext<Manifest>,
  settings: EvaluateSettings,
): Promise<CapabilityResult | void> {
  const gate = evaluateThresholds(
    settings.thresholds,
    settings.candidateMetrics ?? {},
    settings.baselineMetrics,
    { onMissingBaseline: settings.onMissingBaseline },
  );
  const report = buildReport(
    {
      metricsSource: 'metric files',
      mode: settings.mode,
      checks: [],
      notes: settings.baselineMetrics
        ? []
        : ['No baseline metrics file: comparisons had no baseline.'],
      recorded: [],
    },
    gate,
  );
  ctx.outputs.set('has-candidate', true);
  return finish(ctx, report, settings);
}

async function gateVersion(
  ctx: CapabilityContext<Manifest>,
  settings: EvaluateSettings,
  client: DatabricksClient,
  registry: ModelRegistry,
): Promise<CapabilityResult | void> {
  const log = ctx.logger;
  const candidate = await resolveCandidate(registry, settings.candidate);
  if (!candidate) {
    log.info(
      `No READY version of ${registry.modelName} is waiting for a gate: nothing to evaluate.`,
    );
    ctx.outputs.set('has-candidate', false);
    ctx.outputs.set('passed', '');
    await ctx.summary.append(
      `### Model gate\n\nNo READY version of \`${registry.modelName}\` without a gate result: nothing to evaluate.\n`,
    );
    return;
  }
  ctx.outputs.set('has-candidate', true);
  ctx.outputs.set('candidate-version', candidate.version);
  const notes: string[] = [];
  if (candidate.status !== 'READY')
    notes.push(`Version ${candidate.version} is ${candidate.status}, not READY.`);
  let baseline = await resolveBaseline(registry, settings.baseline);
  if (baseline && baseline.version === candidate.version) {
    notes.push(
      `Version ${candidate.version} is already the baseline: there is nothing to compare it with.`,
    );
    baseline = undefined;
  }
  ctx.outputs.set('baseline-version', baseline?.version);
  log.info(
    `Gating ${registry.modelName} version ${candidate.version}${baseline ? ` against version ${baseline.version}` : ' (no baseline yet)'}.`,
  );

  const candidateRun = await readRun(client, candidate.runId, ctx.signal);
  if (candidate.runId && !candidateRun)
    notes.push(`The source run ${candidate.runId} of version ${candidate.version} was not found.`);
  const metrics = await readMetrics(
    client,
    settings,
    candidate,
    candidateRun,
    baseline,
    ctx.signal,
  );
  notes.push(...metrics.notes);

  const gate = evaluateThresholds(settings.thresholds, metrics.candidate, metrics.baseline, {
    onMissingBaseline: settings.onMissingBaseline,
  });
  const checks: CheckResult[] = settings.compliance
    ? checkCompliance(settings.compliance, candidate, candidateRun, settings.commit)
    : [];
  const report = buildReport(
    {
      model: registry.modelName,
      registry: registry.kind,
      candidateVersion: candidate.version,
      baselineVersion: baseline?.version,
      metricsSource: metrics.source,
      mode: settings.mode,
      checks,
      notes,
      recorded: [],
    },
    gate,
  );
  if (settings.mode !== 'dry-run') await record(ctx, settings, client, registry, report);
  return finish(ctx, report, settings);
}

async function resolveCandidate(
  registry: ModelRegistry,
  ref: CandidateRef,
): Promise<ModelVersionView | undefined> {
  const name = registry.modelName;
  switch (ref.kind) {
    case 'version':
      try {
        return await registry.getVersion(ref.version);
      } catch (err) {
        throw notFound(
          err,
          `Version ${ref.version} of model '${name}' does not exist.`,
          'candidate',
        );
      }
    case 'pointer': {
      const v = await pointer(registry, ref.name);
      if (!v)
        throw new UserError(
          `Model '${name}' has no ${registry.kind === 'unity-catalog' ? 'alias' : 'version in stage'} '${ref.name}', so ${inputRef('candidate')} names no version. Use a version number, latest, or an alias that is set.`,
        );
      return v;
    }
    case 'latest':
    case 'latest-unevaluated': {
      const versions = await list(registry);
      const ready = versions.filter((v) => v.status === 'READY');
      const pick =
        ref.kind === 'latest'
          ? ready[0]
          : ready.find((v) => v.tags[GATE_TAGS.status] === undefined);
      if (!pick && ref.kind === 'latest')
        throw new UserError(
          `Model '${name}' has no READY version${versions.length ? ` (${versions.length} version(s), none READY)` : ''}: ${inputRef('candidate')} latest names nothing. Register a version first, or wait for its registration to finish.`,
        );
      // Tags are not always in search results: read the chosen version itself.
      return pick && registry.getVersion(pick.version);
    }
  }
}

async function resolveBaseline(
  registry: ModelRegistry,
  ref: BaselineRef,
): Promise<ModelVersionView | undefined> {
  if (ref.kind === 'none') return undefined;
  if (ref.kind === 'pointer') return pointer(registry, ref.name);
  try {
    return await registry.getVersion(ref.version);
  } catch (err) {
    throw notFound(
      err,
      `Version ${ref.version} of model '${registry.modelName}' does not exist.`,
      'baseline',
    );
  }
}

async function pointer(registry: ModelRegistry, name: string) {
  try {
    return await registry.resolvePointer(name);
  } catch (err) {
    throw notFound(err, `Model '${registry.modelName}' does not exist.`, 'model-name');
  }
}

async function list(registry: ModelRegistry) {
  try {
    return await registry.listVersions();
  } catch (err) {
    throw notFound(err, `Model '${registry.modelName}' does not exist.`, 'model-name');
  }
}

function notFound(err: unknown, message: string, input: string): unknown {
  if (err instanceof DatabricksError && err.isNotFound)
    return new UserError(`${message} Check ${inputRef(input)}.`, { cause: err });
  return err;
}

async function readRun(
  client: DatabricksClient,
  runId: string | undefined,
  signal: AbortSignal,
): Promise<MlflowRun | undefined> {
  if (!runId) return undefined;
  try {
    return await client.mlflow.getRun(runId, signal);
  } catch (err) {
    if (err instanceof DatabricksError && err.isNotFound) return undefined;
    throw err;
  }
}

function latestMetrics(run: MlflowRun | undefined): Metrics {
  const out: Metrics = {};
  for (const m of run?.data.metrics ?? []) if (Number.isFinite(m.value)) out[m.key] = m.value;
  return out;
}

const BASELINE_PREFIX = 'baseline_';

async function readMetrics(
  client: DatabricksClient,
  settings: EvaluateSettings,
  candidate: ModelVersionView,
  candidateRun: MlflowRun | undefined,
  baseline: ModelVersionView | undefined,
  signal: AbortSignal,
): Promise<{ candidate: Metrics; baseline?: Metrics; source: string; notes: string[] }> {
  const notes: string[] = [];
  if (settings.candidateMetrics)
    return {
      candidate: settings.candidateMetrics,
      baseline: settings.baselineMetrics,
      source: 'metric files',
      notes: settings.baselineMetrics
        ? []
        : ['No baseline metrics file: comparisons had no baseline.'],
    };
  const baselineFromRun = async () => {
    if (!baseline) return undefined;
    const run = await readRun(client, baseline.runId, signal);
    if (!run)
      notes.push(
        `Baseline version ${baseline.version} has ${baseline.runId ? `a source run (${baseline.runId}) that was not found` : 'no source run'}: its metrics are unknown.`,
      );
    return latestMetrics(run);
  };
  if (settings.metricsRunId) {
    const run = await readRun(client, settings.metricsRunId, signal);
    if (!run)
      throw new UserError(
        `Input ${inputRef('metrics-run-id')}: MLflow run '${settings.metricsRunId}' does not exist.`,
      );
    const all = latestMetrics(run);
    const cand: Metrics = {};
    const base: Metrics = {};
    for (const [k, v] of Object.entries(all)) {
      if (k.startsWith(BASELINE_PREFIX)) base[k.slice(BASELINE_PREFIX.length)] = v;
      else cand[k] = v;
    }
    // mlops-stacks' validation run logs the champion's values as baseline_<metric>.
    const hasLogged = Object.keys(base).length > 0;
    return {
      candidate: cand,
      baseline: hasLogged ? base : await baselineFromRun(),
      source: `evaluation run ${settings.metricsRunId}`,
      notes,
    };
  }
  if (!candidate.runId)
    notes.push(
      `Version ${candidate.version} has no source run (MLflow 3 versions may have none): give metrics-run-id or candidate-metrics-file.`,
    );
  return {
    candidate: latestMetrics(candidateRun),
    baseline: await baselineFromRun(),
    source: 'the versions’ source runs',
    notes,
  };
}

async function record(
  ctx: CapabilityContext<Manifest>,
  settings: EvaluateSettings,
  client: DatabricksClient,
  registry: ModelRegistry,
  report: GateReport,
): Promise<void> {
  const version = report.candidateVersion as string;
  // The table first: it is the write most likely to be refused, and nothing else is written then.
  if (settings.results) {
    const rows = await recordResults(
      client,
      settings.results,
      report,
      {
        ciRunId: ciRunKey(ctx),
        ciRunUrl: ctx.ci.runUrl,
        commit: settings.commit,
      },
      ctx.signal,
    );
    report.recorded.push(`${rows} row(s) in ${settings.results.table}`);
  }
  const tags: Array<[string, string]> = [
    [GATE_TAGS.status, report.passed ? 'passed' : 'failed'],
    [GATE_TAGS.time, new Date().toISOString()],
    [GATE_TAGS.baseline, report.baselineVersion ?? 'none'],
  ];
  if (ctx.ci.runUrl) tags.push([GATE_TAGS.runUrl, ctx.ci.runUrl]);
  if (settings.commit) tags.push([GATE_TAGS.commit, settings.commit]);
  for (const [k, v] of tags) await registry.setTag(version, k, v);
  report.recorded.push(`tags ${tags.map(([k]) => k).join(', ')} on version ${version}`);
  if (report.passed && settings.aliasOnPass) {
    await registry.setAlias(settings.aliasOnPass, version);
    report.recorded.push(`alias @${settings.aliasOnPass} → version ${version}`);
  }
}

function ciRunKey(ctx: CapabilityContext<Manifest>): string {
  const { provider, runId, attempt } = ctx.ci;
  return runId
    ? `${provider}:${runId}${attempt ? `:${attempt}` : ''}`
    : `${provider}:${Date.now()}`;
}

async function finish(
  ctx: CapabilityContext<Manifest>,
  report: GateReport,
  settings: EvaluateSettings,
): Promise<CapabilityResult | void> {
  const failedMetrics = report.metrics.filter((m) => !m.passed).map((m) => m.metric);
  const failedChecks = report.checks.filter((c) => !c.passed).map((c) => c.check);
  ctx.outputs.set('passed', report.passed);
  ctx.outputs.set('failed-metrics', failedMetrics);
  ctx.outputs.set('failed-checks', failedChecks);
  ctx.outputs.set('report-json', report);
  for (const m of report.metrics) {
    const line = `${m.passed ? 'pass' : 'FAIL'} ${m.metric}: candidate ${m.candidate ?? 'missing'}${m.baseline !== undefined ? `, baseline ${m.baseline}` : ''} (${m.rule})${m.comparisonSkipped ? ', comparison skipped: no baseline' : ''}`;
    ctx.logger.info(line);
  }
  for (const c of report.checks)
    ctx.logger.info(`${c.passed ? 'pass' : 'FAIL'} ${c.check}: ${c.detail}`);
  for (const n of report.notes) ctx.logger.warning(n);
  const summary = renderSummary(report);
  await ctx.summary.append(summary);
  if (settings.prReport)
    await ctx.prReport.upsert(summary, {
      key:
        settings.prReport.key ??
        `${defaultReportKey(ctx.ci, manifest.name)}/${report.model ?? 'metrics'}`,
      token: settings.prReport.token,
      resolved: report.passed,
    });
  if (report.passed) {
    ctx.logger.info('The gate passed.');
    return;
  }
  const why = [
    failedMetrics.length ? `metric(s) ${failedMetrics.join(', ')}` : '',
    failedChecks.length ? `check(s) ${failedChecks.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const message = `The model gate failed: ${why}.`;
  if (report.mode === 'enforce') return { outcome: 'failed', message };
  return {
    outcome: 'succeededWithIssues',
    message: `${message} (mode ${report.mode}: not enforced)`,
  };
}
