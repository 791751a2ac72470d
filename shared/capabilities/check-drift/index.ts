import type { Manifest } from './manifest';
import type { Capability } from '../../capability';
import { connect } from '../../connect';
import { inputRef } from '../../errors';
import { manifest } from './manifest';
import { renderSummary, type DriftReport } from './report';
import { startRetraining, type RetrainResult } from './retrain';
import { evaluate } from './rule';
import { readSettings } from './settings';
import { monitorQuery, runQuery, toWindows, type Query } from './source';

export const checkDrift: Capability<Manifest> = {
  manifest,
  async main(ctx) {
    const s = readSettings(ctx.inputs);
    const { client } = connect(ctx);
    const log = ctx.logger;
    ctx.outputs.set('drifted', 'unknown');
    ctx.outputs.set('latest-value', '');
    ctx.outputs.set('breaches', 0);
    ctx.outputs.set('windows', 0);
    ctx.outputs.set('retrain-status', 'none');
    ctx.outputs.set('retrain-run-id', '');
    ctx.outputs.set('retrain-run-url', '');

    const src = s.source;
    const what = src.kind === 'monitor' ? src.display : src.file;
    const metric = src.kind === 'monitor' ? src.metric : 'value';
    const query: Query =
      src.kind === 'monitor'
        ? monitorQuery(src, s.rule.windows)
        : { statement: src.sql, parameters: [] };
    log.info(
      src.kind === 'monitor'
        ? `Reading ${metric} for column ${src.column} from ${what} on warehouse ${s.warehouseId}.`
        : `Running ${what} on warehouse ${s.warehouseId}.`,
    );
    const rows = await runQuery(client, s.warehouseId, query, what, ctx.signal);
    const { windows, skipped } = toWindows(rows, src, what);
    if (skipped) log.info(`${skipped} row(s) without a value were left out.`);

    const verdict = evaluate(s.rule, windows);
    const latest = verdict.evaluated[0];
    ctx.outputs.set('latest-value', latest ? String(latest.value) : '');
    ctx.outputs.set('breaches', verdict.breaches);
    ctx.outputs.set('windows', verdict.evaluated.length);
    ctx.outputs.set(
      'drifted',
      verdict.status === 'drift' ? 'true' : verdict.status === 'no-drift' ? 'false' : 'unknown',
    );
    log.info(verdict.reason);

    let retrain: RetrainResult | undefined;
    if (verdict.status === 'drift') {
      log.warning(`Drift in ${metric} of ${what}: ${verdict.reason}`);
      if (s.retrain.kind === 'run-job') {
        retrain = await startRetraining(client, s.retrain, ctx.ci, log, ctx.signal);
        ctx.outputs.set('retrain-status', retrain.status);
        ctx.outputs.set('retrain-run-id', retrain.runId);
        ctx.outputs.set('retrain-run-url', retrain.runUrl);
        if (retrain.status === 'started')
          log.info(`Retraining run ${retrain.runId}: ${retrain.runUrl}`);
      }
    }
    const report: DriftReport = {
      what: src.kind === 'monitor' ? `${metric} of ${what}` : what,
      metric,
      rule: s.rule,
      verdict,
      ...(retrain ? { retrain } : {}),
      retrainNotNeeded: s.retrain.kind === 'run-job' && verdict.status !== 'drift',
    };
    await ctx.summary.append(renderSummary(report));

    if (verdict.status === 'insufficient')
      return {
        outcome: 'succeededWithIssues',
        message: `Drift not decided: ${verdict.reason} Wait for more windows, or lower ${inputRef('windows')}.`,
      };
    if (verdict.status === 'drift' && s.failOnDrift)
      return { outcome: 'failed', message: `Drift in ${metric} of ${what}: ${verdict.reason}` };
  },
};
