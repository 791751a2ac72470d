// The model CD gate and promotion against the local workspace's registry: evaluate-model gating a
// new version against the champion (thresholds, alias on pass, gate tags), and promote-model
// moving the champion alias to it (with the expected current version). The baseline is the bare
// calls a hand-written script needs for the same decision and writes, timed in the same run and
// interleaved with it: it checks nothing the capabilities check beyond the metric comparison.
import type { LocalWorkspace } from '../local-workspace';
import { evaluateModel } from '../shared/capabilities/evaluate-model';
import { promoteModel } from '../shared/capabilities/promote-model';
import { Registry } from '../test/helpers/model-registry';
import { ratio, spread, type Row } from './stats';
import {
  apiRequests,
  byEndpoint,
  clearRequests,
  runInProcess,
  workspaceWithScript,
  type Logged,
} from './workspace-helpers';

const REPEATS = Number(process.env.BENCH_MODEL_REPEATS ?? 7);
const THRESHOLDS = JSON.stringify({
  rmse: { threshold: 1.0, min_absolute_change: 0.05, greater_is_better: false },
  mae: { threshold: 1.0, greater_is_better: false },
});

interface Sample {
  ms: number;
  logged: Logged[];
}

async function timed(ws: LocalWorkspace, fn: () => Promise<void>): Promise<Sample> {
  await clearRequests(ws);
  const t0 = performance.now();
  await fn();
  return { ms: performance.now() - t0, logged: await apiRequests(ws) };
}

export async function benchModel(): Promise<{ rows: Row[]; notes: string[] }> {
  const ws = await workspaceWithScript();
  const reg = new Registry(ws);
  const conn = { 'databricks-host': ws.host, 'databricks-token': ws.token };
  const s = {
    gate: [] as Sample[],
    promote: [] as Sample[],
    bareGate: [] as Sample[],
    barePromote: [] as Sample[],
  };
  const uc = '/api/2.0/mlflow/unity-catalog';
  try {
    for (let i = 0; i < REPEATS; i++) {
      // A champion and a better candidate, each from a training run with metrics.
      const name = `main.bench.model_${i}`;
      const v1 = await reg.ucVersion(name, {
        runId: await reg.run({ metrics: { rmse: 0.8, mae: 0.5 } }),
      });
      await reg.setAlias(name, 'champion', v1);
      const v2 = await reg.ucVersion(name, {
        runId: await reg.run({ metrics: { rmse: 0.6, mae: 0.4 } }),
      });
      const ours = async () => {
        s.gate.push(
          await timed(ws, async () => {
            const r = await runInProcess(evaluateModel, {
              ...conn,
              'model-name': name,
              thresholds: THRESHOLDS,
              'alias-on-pass': 'challenger',
            });
            if (r.code !== 0 || r.outputs.passed !== 'true')
              throw new Error(`evaluate-model did not pass:\n${r.output.slice(-2000)}`);
          }),
        );
        s.promote.push(
          await timed(ws, async () => {
            const r = await runInProcess(promoteModel, {
              ...conn,
              'model-name': name,
              version: v2,
              'expected-current-version': v1,
            });
            if (r.code !== 0 || r.outputs['promoted-version'] !== v2)
              throw new Error(`promote-model did not promote:\n${r.output.slice(-2000)}`);
          }),
        );
      };
      // The bare script: read both versions and their runs' metrics, compare, set the aliases.
      const bareName = `${name}_bare`;
      const b1 = await reg.ucVersion(bareName, {
        runId: await reg.run({ metrics: { rmse: 0.8, mae: 0.5 } }),
      });
      await reg.setAlias(bareName, 'champion', b1);
      const b2 = await reg.ucVersion(bareName, {
        runId: await reg.run({ metrics: { rmse: 0.6, mae: 0.4 } }),
      });
      const q = (v: string) => `name=${encodeURIComponent(bareName)}&version=${v}`;
      const bare = async () => {
        s.bareGate.push(
          await timed(ws, async () => {
            const rmse: number[] = [];
            for (const v of [b1, b2]) {
              const mv = await reg.call('GET', `${uc}/model-versions/get?${q(v)}`);
              const run = await reg.call(
                'GET',
                `/api/2.0/mlflow/runs/get?run_id=${mv.model_version.run_id}`,
              );
              const m = (run.run.data.metrics as Array<{ key: string; value: number }>).find(
                (x) => x.key === 'rmse',
              );
              rmse.push(m?.value ?? Number.NaN);
            }
            if (!(rmse[1] < rmse[0])) throw new Error('bare gate: the candidate is not better');
            await reg.setAlias(bareName, 'challenger', b2);
          }),
        );
        s.barePromote.push(
          await timed(ws, async () => {
            await reg.call(
              'GET',
              `${uc}/registered-models/alias?name=${encodeURIComponent(bareName)}&alias=champion`,
            );
            await reg.setAlias(bareName, 'previous-champion', b1);
            await reg.setAlias(bareName, 'champion', b2);
          }),
        );
      };
      if (i % 2 === 0) {
        await ours();
        await bare();
      } else {
        await bare();
        await ours();
      }
    }
  } finally {
    await ws.close();
  }
  const row = (step: string, mine: Sample[], theirs: Sample[]): Row => ({
    step,
    'ms (min / median / max)': spread(mine.map((x) => x.ms)),
    'baseline ms (min / median / max)': spread(theirs.map((x) => x.ms)),
    'time ratio': ratio(
      mine.map((x) => x.ms),
      theirs.map((x) => x.ms),
    ),
    calls: mine[mine.length - 1].logged.length,
    'baseline calls': theirs[theirs.length - 1].logged.length,
    'calls by endpoint': byEndpoint(mine[mine.length - 1].logged),
  });
  return {
    rows: [
      row('evaluate-model: gate v2 against the champion, alias on pass', s.gate, s.bareGate),
      row('promote-model: champion → v2, expected current v1', s.promote, s.barePromote),
    ],
    notes: [
      `${REPEATS} repetitions, each on a new Unity Catalog model in one local workspace, the capability (in this process, through the CLI host) alternating with the baseline. Baseline gate: model-versions/get and runs/get for both versions, compare rmse, set the challenger alias. Baseline promotion: read the champion alias, set previous-champion and champion. Calls are the last repetition's.`,
    ],
  };
}
