// `lookup` variables: names resolved to ids through the workspace's list APIs, and each way a
// lookup can fail named with the variable, file and line.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { LocalWorkspace } from '../../../local-workspace/server';
import { api, deployCli, workspacePerTest } from './helpers';

let ws: LocalWorkspace;
const dirs = workspacePerTest((w) => (ws = w));

async function create<T>(p: string, body: unknown): Promise<T> {
  const res = await fetch(`${ws.host}${p}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ws.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
  return (await res.json()) as T;
}

function bundle(variables: string, targetVariables = ''): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lookup-'));
  dirs.push(dir);
  fs.writeFileSync(
    path.join(dir, 'databricks.yml'),
    `bundle:
  name: lookups
variables:
${variables}
targets:
  staging:
    workspace:
      host: ${ws.host}
${targetVariables}
resources:
  jobs:
    scoring:
      run_as:
        service_principal_name: \${var.deployer}
      job_clusters:
        - job_cluster_key: main
          new_cluster:
            policy_id: \${var.policy}
            instance_pool_id: \${var.pool}
            spark_version: 15.4.x-scala2.12
      tasks:
        - task_key: score
          job_cluster_key: main
          notebook_task:
            notebook_path: /Workspace/score
            warehouse_id: \${var.warehouse}
        - task_key: adhoc
          existing_cluster_id: \${var.cluster}
          run_job_task:
            job_id: \${var.upstream}
`,
  );
  return dir;
}

const ALL = `  deployer:
    lookup:
      service_principal: ml-deployer
  policy:
    lookup:
      cluster_policy: ml-jobs
  pool:
    lookup:
      instance_pool: ml-pool
  warehouse:
    lookup:
      warehouse: Shared SQL
  cluster:
    lookup:
      cluster: shared-cluster
  upstream:
    lookup:
      job: nightly-features`;

async function seed() {
  const sp = await create<{ applicationId: string }>('/api/2.0/preview/scim/v2/ServicePrincipals', {
    displayName: 'ml-deployer',
  });
  await create('/api/2.0/preview/scim/v2/ServicePrincipals', { displayName: 'other' });
  const policy = await create<{ policy_id: string }>('/api/2.0/policies/clusters/create', {
    name: 'ml-jobs',
    definition: '{}',
  });
  const pool = await create<{ instance_pool_id: string }>('/api/2.0/instance-pools/create', {
    instance_pool_name: 'ml-pool',
    node_type_id: 'Standard_DS3_v2',
  });
  const warehouse = await create<{ id: string }>('/api/2.0/sql/warehouses', {
    name: 'Shared SQL',
    cluster_size: 'Small',
  });
  const cluster = await create<{ cluster_id: string }>('/api/2.1/clusters/create', {
    cluster_name: 'shared-cluster',
    spark_version: '15.4.x-scala2.12',
  });
  const job = await create<{ job_id: number }>('/api/2.2/jobs/create', {
    name: 'nightly-features',
    tasks: [{ task_key: 't', notebook_task: { notebook_path: '/x' } }],
  });
  return { sp, policy, pool, warehouse, cluster, job };
}

interface Job {
  settings: {
    run_as: { service_principal_name: string };
    job_clusters: { new_cluster: { policy_id: string; instance_pool_id: string } }[];
    tasks: {
      task_key: string;
      notebook_task?: { warehouse_id: string };
      existing_cluster_id?: string;
      run_job_task?: { job_id: number };
    }[];
  };
}

test('each lookup kind resolves a name to the id of the one object that has it', async () => {
  const ids = await seed();
  const r = await deployCli(ws, ['--bundle', bundle(ALL), '--target', 'staging']);
  expect(r.code).toBe(0);
  const jobId = (JSON.parse(r.outputs['job-ids']) as Record<string, string>).scoring;
  const { settings } = await api<Job>(ws, `/api/2.2/jobs/get?job_id=${jobId}`);
  expect(settings.run_as.service_principal_name).toBe(ids.sp.applicationId);
  expect(settings.job_clusters[0].new_cluster).toMatchObject({
    policy_id: ids.policy.policy_id,
    instance_pool_id: ids.pool.instance_pool_id,
  });
  const [score, adhoc] = settings.tasks;
  expect(score.notebook_task?.warehouse_id).toBe(ids.warehouse.id);
  expect(adhoc.existing_cluster_id).toBe(ids.cluster.cluster_id);
  expect(String(adhoc.run_job_task?.job_id)).toBe(String(ids.job.job_id));
});

test('a value given another way wins, and a target can look up a different name', async () => {
  const ids = await seed();
  const other = await create<{ cluster_id: string }>('/api/2.1/clusters/create', {
    cluster_name: 'staging-cluster',
    spark_version: '15.4.x-scala2.12',
  });
  const dir = bundle(
    ALL,
    '    variables:\n      cluster:\n        lookup:\n          cluster: staging-cluster\n',
  );
  const r = await deployCli(ws, [
    '--bundle',
    dir,
    '--target',
    'staging',
    '--variables',
    'warehouse=abc123',
  ]);
  expect(r.code).toBe(0);
  const jobId = (JSON.parse(r.outputs['job-ids']) as Record<string, string>).scoring;
  const { settings } = await api<Job>(ws, `/api/2.2/jobs/get?job_id=${jobId}`);
  expect(settings.tasks[0].notebook_task?.warehouse_id).toBe('abc123');
  expect(settings.tasks[1].existing_cluster_id).toBe(other.cluster_id);
  expect(settings.tasks[1].existing_cluster_id).not.toBe(ids.cluster.cluster_id);
});

test('a lookup that finds nothing, finds two, or is of a kind not supported names variable, file and line', async () => {
  await seed();
  const line = (dir: string, text: string) =>
    fs
      .readFileSync(path.join(dir, 'databricks.yml'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1;

  const none = bundle(ALL.replace('cluster: shared-cluster', 'cluster: gone'));
  const r1 = await deployCli(ws, ['--bundle', none, '--target', 'staging']);
  expect(r1.code).toBe(2);
  expect(r1.stderr).toContain(
    `databricks.yml:${line(none, 'cluster: gone') - 1}: variable cluster: no cluster named 'gone' in ${ws.host}.`,
  );

  const pipeline = bundle(`${ALL}\n  pipe:\n    lookup:\n      pipeline: ingest`);
  const r3 = await deployCli(ws, ['--bundle', pipeline, '--target', 'staging']);
  expect(r3.code).toBe(2);
  expect(r3.stderr).toContain(
    `databricks.yml:${line(pipeline, 'pipeline: ingest') - 1}: variable pipe: lookup of a pipeline is not supported`,
  );
  expect(r3.stderr).not.toMatch(/\n\s+at /);

  await create('/api/2.1/clusters/create', {
    cluster_name: 'shared-cluster',
    spark_version: '15.4.x-scala2.12',
  });
  const two = bundle(ALL);
  const r2 = await deployCli(ws, ['--bundle', two, '--target', 'staging']);
  expect(r2.code).toBe(2);
  expect(r2.stderr).toMatch(
    /databricks\.yml:\d+: variable cluster: 2 clusters are named 'shared-cluster' in .* \(ids [^,]+, [^)]+\); give the id as the variable's value\./,
  );
});

test('a hostile name in a failing lookup is neutralised in the CLI output', async () => {
  await seed();
  const dir = bundle(
    ALL.replace(
      'warehouse: Shared SQL',
      'warehouse: "##vso[task.complete result=Failed]done ::error::x"',
    ),
  );
  const r = await deployCli(ws, ['--bundle', dir, '--target', 'staging'], undefined, {
    TF_BUILD: 'True',
  });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('variable warehouse: no warehouse named');
  expect(r.stderr).not.toContain('##vso[task.complete');
});
