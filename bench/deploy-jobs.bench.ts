// deploy-jobs on a folder of N job definitions (10 and 100): the first deploy (plan + apply), and
// the redeploy of the same folder, which must write nothing. The baseline is what a hand-written
// deploy step does, timed in the same run and interleaved with it: one jobs/create per job, and
// one jobs/reset per job on the redeploy (it cannot tell what changed).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { deployJobs } from '../shared/capabilities/deploy-jobs';
import { ratio, spread, type Row } from './stats';
import {
  apiRequests,
  byEndpoint,
  call,
  clearRequests,
  runInProcess,
  workspaceWithScript,
  type Logged,
} from './workspace-helpers';

const REPEATS = Number(process.env.BENCH_DEPLOY_REPEATS ?? 3);

function jobYaml(i: number): string {
  return [
    `name: bench-job-${i}-\${var.env}`,
    'tasks:',
    '  - task_key: refresh',
    '    notebook_task:',
    '      notebook_path: ../notebooks/refresh.py',
    '      base_parameters:',
    `        shard: "${i}"`,
    '    environment_key: default',
    'environments:',
    '  - environment_key: default',
    '    spec:',
    '      client: "1"',
    'schedule:',
    '  quartz_cron_expression: "0 0 2 * * ?"',
    '  timezone_id: UTC',
    '',
  ].join('\n');
}

function project(jobs: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-deploy-'));
  fs.mkdirSync(path.join(dir, 'jobs'));
  fs.mkdirSync(path.join(dir, 'notebooks'));
  fs.writeFileSync(path.join(dir, 'notebooks', 'refresh.py'), '# Databricks notebook source\n');
  for (let i = 0; i < jobs; i++)
    fs.writeFileSync(path.join(dir, 'jobs', `job-${i}.yml`), jobYaml(i));
  return dir;
}

interface Sample {
  ms: number;
  logged: Logged[];
}

const writesOf = (l: Logged[]) => l.filter((r) => r.method !== 'GET').length;

export async function benchDeployJobs(): Promise<{ rows: Row[]; notes: string[] }> {
  const rows: Row[] = [];
  for (const jobs of [10, 100]) {
    const dir = project(jobs);
    const ours = { first: [] as Sample[], again: [] as Sample[] };
    const bare = { first: [] as Sample[], again: [] as Sample[] };
    try {
      for (let rep = 0; rep < REPEATS; rep++) {
        // deploy-jobs: first deploy, then the redeploy of the same folder.
        const ws = await workspaceWithScript();
        try {
          for (const which of ['first', 'again'] as const) {
            await clearRequests(ws);
            // Relative definition paths resolve against the working directory, as in a CI step.
            const before = process.cwd();
            process.chdir(dir);
            const t0 = performance.now();
            const run = await runInProcess(
              deployJobs,
              {
                'databricks-host': ws.host,
                'databricks-token': ws.token,
                jobs: 'jobs',
                target: 'staging',
                'deployment-name': 'bench',
                variables: 'env=staging',
              },
              {},
              dir,
            ).finally(() => process.chdir(before));
            const ms = performance.now() - t0;
            if (run.code !== 0) throw new Error(`deploy-jobs failed:\n${run.output.slice(-2000)}`);
            ours[which].push({ ms, logged: await apiRequests(ws) });
          }
        } finally {
          await ws.close();
        }
        // The baseline: the same payloads posted one by one, then reset one by one.
        const base = await workspaceWithScript();
        try {
          const settings = Array.from({ length: jobs }, (_, i) => ({
            name: `bench-job-${i}-staging`,
            tasks: [
              {
                task_key: 'refresh',
                notebook_task: {
                  notebook_path: '/Workspace/Shared/bench/refresh',
                  base_parameters: { shard: String(i) },
                },
                environment_key: 'default',
              },
            ],
            environments: [{ environment_key: 'default', spec: { client: '1' } }],
          }));
          let t0 = performance.now();
          const ids: string[] = [];
          for (const s of settings)
            ids.push(
              String(
                (await call<{ job_id: string }>(base, 'POST', '/api/2.2/jobs/create', s)).job_id,
              ),
            );
          bare.first.push({ ms: performance.now() - t0, logged: await apiRequests(base) });
          await clearRequests(base);
          t0 = performance.now();
          for (let i = 0; i < jobs; i++)
            await call(base, 'POST', '/api/2.2/jobs/reset', {
              job_id: ids[i],
              new_settings: settings[i],
            });
          bare.again.push({ ms: performance.now() - t0, logged: await apiRequests(base) });
        } finally {
          await base.close();
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    for (const which of ['first', 'again'] as const) {
      const mine = ours[which];
      const theirs = bare[which];
      rows.push({
        jobs,
        deploy: which === 'first' ? 'first (plan + apply)' : 'redeploy, nothing changed',
        'deploy-jobs ms (min / median / max)': spread(mine.map((s) => s.ms)),
        'baseline ms (min / median / max)': spread(theirs.map((s) => s.ms)),
        'time ratio': ratio(
          mine.map((s) => s.ms),
          theirs.map((s) => s.ms),
        ),
        'deploy-jobs calls': mine[0].logged.length,
        'deploy-jobs writes': writesOf(mine[0].logged),
        'baseline calls (writes)': `${theirs[0].logged.length} (${writesOf(theirs[0].logged)})`,
        'deploy-jobs calls by endpoint': byEndpoint(mine[0].logged),
      });
    }
  }
  return {
    rows,
    notes: [
      `${REPEATS} repetitions per row, each on a fresh local workspace, deploy-jobs (in this process, through the CLI host, a \`jobs\` folder of N YAML files) alternating with the baseline. Baseline: the same N payloads sent as one \`jobs/create\` each, and on the redeploy one \`jobs/reset\` each, with no reading and no upload. Calls are the first repetition's (they are the same in every one); writes are every call that is not a GET.`,
    ],
  };
}
