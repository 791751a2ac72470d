// The read-only pages behind the local workspace's links, as a browser gets them: a one-time login
// link sets the session; then the run page shows tasks, states and logs, the job page its runs,
// the model page versions and aliases, the endpoint page its traffic. Hostile names stay text.
import { start, notebook, waitFor, type Client } from './helpers';
import type { LocalWorkspace } from '../../../local-workspace';

let ws: LocalWorkspace;
let api: Client;
let cookie = '';

beforeAll(async () => {
  ({ ws, api } = await start());
});
afterAll(() => ws.close());

async function page(path: string, withCookie = true) {
  const res = await fetch(`${ws.host}${path}`, {
    headers: withCookie && cookie ? { cookie } : {},
    redirect: 'manual',
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** What a person reads: the page's text without tags. */
function visible(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

test('without the login link the pages answer 401 with what to do; the link works once', async () => {
  const before = await page('/', false);
  expect(before.status).toBe(401);
  expect(visible(before.text)).toContain('one-time login link that databricks-mlops local prints');

  const link = new URL(ws.loginUrl('/jobs/1'));
  const login = await page(link.pathname + link.search, false);
  expect(login.status).toBe(302);
  expect(login.headers.get('location')).toBe('/jobs/1');
  const setCookie = login.headers.get('set-cookie') ?? '';
  expect(setCookie).toMatch(/HttpOnly; SameSite=Strict/);
  cookie = setCookie.split(';')[0];

  expect((await page(link.pathname, false)).status).toBe(403);
  // The cookie opens pages only: the REST API still wants the token.
  const apiCall = await fetch(`${ws.host}/api/2.2/jobs/list`, { headers: { cookie } });
  expect(apiCall.status).toBe(401);
});

test('a run page shows each task with its state, duration and log; its job page lists the run', async () => {
  const hostile = '<img src=x onerror=alert(1)> nightly';
  await api.importFile('/Shared/pages/hello', notebook('print("hello from the task")'));
  const job = await api.ok('POST', '/api/2.2/jobs/create', {
    name: hostile,
    tasks: [{ task_key: 'greet', notebook_task: { notebook_path: '/Shared/pages/hello' } }],
  });
  const { run_id } = await api.ok('POST', '/api/2.2/jobs/run-now', { job_id: job.job_id });
  const run = await api.waitRun(run_id);
  expect(run.state.result_state).toBe('SUCCESS');

  // The link Databricks hands out carries the run in the fragment: the index page forwards it.
  const url = new URL(run.run_page_url as string);
  expect(url.hash).toBe(`#job/${String(job.job_id)}/run/${String(run_id)}`);
  const index = await page(`${url.pathname}${url.search}`);
  expect(index.status).toBe(200);
  expect(index.text).toContain("location.replace('/pages/job/'+m[1]+'/run/'+m[2])");

  const runPage = await page(`/pages/job/${String(job.job_id)}/run/${String(run_id)}`);
  expect(runPage.status).toBe(200);
  const text = visible(runPage.text);
  expect(text).toMatch(/State: TERMINATED SUCCESS/);
  expect(text).toMatch(/greet TERMINATED SUCCESS \d+\.\d s/);
  expect(text).toContain('hello from the task');
  expect(runPage.text).not.toContain('<img src=x');
  expect(runPage.text).not.toContain('http-equiv="refresh"');

  const jobPage = await page(`/jobs/${String(job.job_id)}`);
  expect(visible(jobPage.text)).toContain(`Job ${hostile}`);
  expect(jobPage.text).not.toContain('<img src=x');
  expect(jobPage.text).toContain(`/pages/job/${String(job.job_id)}/run/${String(run_id)}`);
});

test('a running run page refreshes itself until the run ends', async () => {
  await api.importFile('/Shared/pages/slow', notebook('import time\ntime.sleep(30)'));
  const runId = await api.submit({
    tasks: [{ task_key: 'slow', notebook_task: { notebook_path: '/Shared/pages/slow' } }],
  });
  const run = await api.waitRun(runId, (r) => r.state.life_cycle_state === 'RUNNING');
  const live = await page(`/pages/job/${String(run.job_id)}/run/${String(runId)}`);
  expect(live.text).toContain('http-equiv="refresh"');
  expect(visible(live.text)).toContain('refreshing while it runs');
  await api.ok('POST', '/api/2.2/jobs/runs/cancel', { run_id: runId });
  await api.waitRun(runId);
});

test('the model page shows versions and aliases; the endpoint page its traffic split', async () => {
  const name = 'main.pages.churn';
  await api.ok('POST', '/api/2.0/mlflow/unity-catalog/registered-models/create', { name });
  for (const v of ['1', '2']) {
    await api.ok('POST', '/api/2.0/mlflow/unity-catalog/model-versions/create', {
      name,
      source: `runs:/r${v}/model`,
      run_id: `r${v}`,
    });
    await api.ok('POST', '/api/2.0/mlflow/unity-catalog/model-versions/finalize', {
      name,
      version: v,
    });
  }
  await api.ok('POST', '/api/2.0/mlflow/unity-catalog/registered-models/alias', {
    name,
    alias: 'champion',
    version: '2',
  });
  const model = visible((await page('/explore/data/models/main/pages/churn/version/2')).text);
  expect(model).toContain('Model main.pages.churn');
  expect(model).toMatch(/Alias Version champion 2/);
  expect(model).toMatch(/Version Status Run Gate tags 2 \w+ r2 {1,2}1 \w+ r1/);

  await api.ok('POST', '/api/2.0/serving-endpoints', {
    name: 'churn-pages',
    config: {
      served_entities: [
        { name: 'champion', entity_name: name, entity_version: '2', workload_size: 'Small' },
        { name: 'challenger', entity_name: name, entity_version: '1', workload_size: 'Small' },
      ],
      traffic_config: {
        routes: [
          { served_model_name: 'champion', traffic_percentage: 90 },
          { served_model_name: 'challenger', traffic_percentage: 10 },
        ],
      },
    },
  });
  const endpoint = visible((await page('/ml/endpoints/churn-pages')).text);
  expect(endpoint).toContain('Serving endpoint churn-pages');
  expect(endpoint).toMatch(
    /Traffic \(pending update\) Served entity Percent champion 90 challenger 10/,
  );
  const ready = await waitFor(
    async () => {
      const text = visible((await page('/ml/endpoints/churn-pages')).text);
      return text.includes('State: READY') ? text : undefined;
    },
    10_000,
    'the endpoint to be ready',
  );
  expect(ready).toMatch(/Traffic Served entity Percent champion 90 challenger 10/);
  expect(ready).toMatch(/Served entities Name Model Version champion main.pages.churn 2/);

  const index = visible((await page('/')).text);
  expect(index).toContain('main.pages.churn');
  expect(index).toContain('churn-pages');
  expect((await page('/ml/endpoints/nope')).status).toBe(404);
});
