// Read-only pages behind the links the local workspace hands out (run pages `/?o=…#job/…/run/…`,
// jobs, model versions, serving endpoints), so that a link in a summary or in the demo's output
// opens in a browser. A browser cannot send the API's bearer token, so a one-time login link
// (loopback only) sets a session cookie that is good for these pages and nothing else: the REST API
// still answers only to the token. Every value shown comes from the API handlers themselves and is
// HTML-escaped: job names, task output and logs are whatever a user or a task wrote.
import { randomBytes } from 'node:crypto';
import type { LocalRouter } from './router';
import type { LocalResponse } from './types';

const COOKIE = 'local_workspace_session';
const TERMINAL = new Set(['TERMINATED', 'SKIPPED', 'INTERNAL_ERROR']);

type Json = Record<string, unknown>;

export interface Pages {
  /** True for the paths these pages answer (GET only). */
  owns(method: string, path: string): boolean;
  serve(
    path: string,
    query: URLSearchParams,
    headers: Record<string, string | string[] | undefined>,
    remote: string | undefined,
  ): Promise<LocalResponse>;
  /** A login link for one use: opens `next` (default the index) with a session. */
  loginUrl(host: string, next?: string): string;
}

export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function isLoopback(address: string | undefined): boolean {
  return !!address && /^(127\.|::1$|::ffff:127\.)/.test(address);
}

function html(status: number, title: string, body: string, refresh = false): LocalResponse {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>${refresh ? '<meta http-equiv="refresh" content="2">' : ''}<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}pre{background:#f4f4f4;padding:1em;overflow:auto;max-height:30em}</style></head><body><p><a href="/">Local workspace</a></p><h1>${esc(title)}</h1>${body}</body></html>`;
  return {
    status,
    body: page,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
      'cache-control': 'no-store',
    },
  };
}

function table(head: string[], rows: unknown[][]): string {
  if (!rows.length) return '<p>None.</p>';
  return `<table><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${String(c)}</td>`).join('')}</tr>`)
    .join('')}</table>`;
}

function duration(start: unknown, end: unknown): string {
  const s = Number(start ?? 0);
  const e = Number(end ?? 0) || Date.now();
  return s ? `${((e - s) / 1000).toFixed(1)} s` : '';
}

function cookieOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const raw = headers.cookie;
  const text = Array.isArray(raw) ? raw.join(';') : (raw ?? '');
  return new RegExp(`(?:^|;\\s*)${COOKIE}=([a-f0-9]+)`).exec(text)?.[1];
}

export function createPages(
  router: LocalRouter,
  user: string,
  rawLogs: (runId: string) => unknown,
): Pages {
  const codes = new Set<string>();
  const sessions = new Set<string>();

  async function api(path: string, params: Record<string, string> = {}): Promise<Json> {
    const match = router.match('GET', path);
    if (!match) throw new Error(`no route ${path}`);
    const res = await match.handler({
      method: 'GET',
      path,
      query: new URLSearchParams(params),
      body: undefined,
      headers: {},
      params: match.params,
      user,
    });
    return (res.body ?? {}) as Json;
  }

  async function runPage(jobId: string, runId: string): Promise<LocalResponse> {
    const run = await api('/api/2.2/jobs/runs/get', { run_id: runId });
    const state = (run.state ?? {}) as Json;
    const tasks = (run.tasks ?? []) as Json[];
    const live = !TERMINAL.has(String(state.life_cycle_state));
    const rows = tasks.map((t) => {
      const s = (t.state ?? {}) as Json;
      return [
        esc(t.task_key),
        esc(`${String(s.life_cycle_state ?? '')} ${String(s.result_state ?? '')}`.trim()),
        esc(duration(t.start_time, t.end_time)),
        `<a href="#log-${esc(t.task_key)}">log</a>`,
      ];
    });
    const logs = tasks
      .map((t) => {
        let text = '';
        try {
          text = String((rawLogs(String(t.run_id)) as Json).logs ?? '');
        } catch {
          text = '';
        }
        return `<h3 id="log-${esc(t.task_key)}">${esc(t.task_key)}</h3><pre>${esc(text) || '(no output yet)'}</pre>`;
      })
      .join('');
    return html(
      200,
      `Run ${String(run.run_id)}: ${String(run.run_name ?? '')}`,
      `<p>State: <strong>${esc(`${String(state.life_cycle_state ?? '')} ${String(state.result_state ?? '')}`.trim())}</strong>${state.state_message ? ` · ${esc(state.state_message)}` : ''} · ${esc(duration(run.start_time, run.end_time))} · <a href="/jobs/${esc(jobId)}">job ${esc(jobId)}</a>${live ? ' · refreshing while it runs' : ''}</p>${table(['Task', 'State', 'Duration', 'Log'], rows)}<h2>Logs</h2>${logs}`,
      live,
    );
  }

  async function jobPage(jobId: string): Promise<LocalResponse> {
    let name = `(one-time run ${jobId})`;
    try {
      name = String(((await api('/api/2.2/jobs/get', { job_id: jobId })).settings as Json).name);
    } catch {
      // A runs/submit run has a job id but no job: its runs are still listed.
    }
    const runs = ((await api('/api/2.2/jobs/runs/list', { job_id: jobId, limit: '25' })).runs ??
      []) as Json[];
    const rows = runs.map((r) => {
      const s = (r.state ?? {}) as Json;
      return [
        `<a href="/pages/job/${esc(jobId)}/run/${esc(r.run_id)}">${esc(r.run_id)}</a>`,
        esc(r.run_name),
        esc(`${String(s.life_cycle_state ?? '')} ${String(s.result_state ?? '')}`.trim()),
        esc(duration(r.start_time, r.end_time)),
      ];
    });
    return html(200, `Job ${name}`, table(['Run', 'Name', 'State', 'Duration'], rows));
  }

  async function modelPage(name: string, highlight?: string): Promise<LocalResponse> {
    const model = (await api('/api/2.0/mlflow/unity-catalog/registered-models/get', { name }))
      .registered_model as Json;
    const aliases = ((model.aliases ?? []) as Json[]).map((a) => [esc(a.alias), esc(a.version)]);
    const versions = ((
      await api('/api/2.0/mlflow/unity-catalog/model-versions/search', {
        filter: `name='${name}'`,
      })
    ).model_versions ?? []) as Json[];
    const rows = versions
      .sort((a, b) => Number(b.version) - Number(a.version))
      .map((v) => [
        String(v.version) === highlight ? `<strong>${esc(v.version)}</strong>` : esc(v.version),
        esc(v.status),
        esc(v.run_id),
        ((v.tags ?? []) as Json[])
          .filter((t) => String(t.key).startsWith('mlops.'))
          .map((t) => esc(`${String(t.key)}=${String(t.value)}`))
          .join('<br>'),
      ]);
    return html(
      200,
      `Model ${String(model.name ?? name)}`,
      `<h2>Aliases</h2>${table(['Alias', 'Version'], aliases)}<h2>Versions</h2>${table(['Version', 'Status', 'Run', 'Gate tags'], rows)}`,
    );
  }

  async function endpointPage(name: string): Promise<LocalResponse> {
    const ep = await api(`/api/2.0/serving-endpoints/${name}`);
    // Until the first update lands there is only the pending config: show it, marked as such.
    const pending = !ep.config && !!ep.pending_config;
    const config = (ep.config ?? ep.pending_config ?? {}) as Json;
    const state = (ep.state ?? {}) as Json;
    const entities = ((config.served_entities ?? []) as Json[]).map((e) => [
      esc(e.name),
      esc(e.entity_name),
      esc(e.entity_version),
    ]);
    const routes = (((config.traffic_config ?? {}) as Json).routes ?? []) as Json[];
    return html(
      200,
      `Serving endpoint ${String(ep.name ?? name)}`,
      `<p>State: <strong>${esc(state.ready)}</strong> · config ${esc(state.config_update)}</p><h2>Traffic${pending ? ' (pending update)' : ''}</h2>${table(
        ['Served entity', 'Percent'],
        routes.map((r) => [
          esc(r.served_model_name ?? r.served_entity_name),
          esc(r.traffic_percentage),
        ]),
      )}<h2>Served entities</h2>${table(['Name', 'Model', 'Version'], entities)}`,
    );
  }

  async function index(): Promise<LocalResponse> {
    const jobs = ((await api('/api/2.2/jobs/list', { limit: '100' })).jobs ?? []) as Json[];
    const endpoints = ((await api('/api/2.0/serving-endpoints')).endpoints ?? []) as Json[];
    const models = ((await api('/api/2.0/mlflow/unity-catalog/registered-models/search'))
      .registered_models ?? []) as Json[];
    // Run links carry the run in the fragment, which browsers never send: this turns it into a path.
    const script =
      "<script>var m=/^#job\\/(\\d+)\\/run\\/(\\d+)$/.exec(location.hash);if(m)location.replace('/pages/job/'+m[1]+'/run/'+m[2]);</script>";
    return html(
      200,
      'Local workspace',
      `${script}<h2>Jobs</h2>${table(
        ['Job'],
        jobs.map((j) => [
          `<a href="/jobs/${esc(j.job_id)}">${esc((j.settings as Json | undefined)?.name)}</a>`,
        ]),
      )}<h2>Models</h2>${table(
        ['Model'],
        models.map((m) => {
          const [c, s, n] = String(m.name).split('.');
          return [
            `<a href="/explore/data/models/${esc(c)}/${esc(s)}/${esc(n)}">${esc(m.name)}</a>`,
          ];
        }),
      )}<h2>Serving endpoints</h2>${table(
        ['Endpoint'],
        endpoints.map((e) => [`<a href="/ml/endpoints/${esc(e.name)}">${esc(e.name)}</a>`]),
      )}`,
    );
  }

  function route(path: string): (() => Promise<LocalResponse>) | undefined {
    if (path === '/') return index;
    let m = /^\/pages\/job\/(\d+)\/run\/(\d+)$/.exec(path);
    if (m) return () => runPage(m![1], m![2]);
    m = /^\/jobs\/(\d+)$/.exec(path);
    if (m) return () => jobPage(m![1]);
    m = /^\/explore\/data\/models\/([^/]+)\/([^/]+)\/([^/]+)(?:\/version\/([^/]+))?$/.exec(path);
    if (m)
      return () =>
        modelPage(
          [m![1], m![2], m![3]].map(decodeURIComponent).join('.'),
          m![4] && decodeURIComponent(m![4]),
        );
    m = /^\/ml\/endpoints\/([^/]+)$/.exec(path);
    if (m) return () => endpointPage(decodeURIComponent(m![1]));
    return undefined;
  }

  return {
    owns(method, path) {
      return method === 'GET' && (path.startsWith('/login/') || route(path) !== undefined);
    },
    async serve(path, query, headers, remote) {
      const login = /^\/login\/([a-f0-9]+)$/.exec(path);
      if (login) {
        if (!isLoopback(remote) || !codes.delete(login[1]))
          return html(
            403,
            'Login link not valid',
            '<p>A login link works once, from this machine. Use a fresh one: <code>databricks-mlops local</code> and <code>npm run demo -- --keep</code> print one.</p>',
          );
        const session = randomBytes(24).toString('hex');
        sessions.add(session);
        const next = query.get('next') ?? '/';
        return {
          status: 302,
          body: '',
          headers: {
            'content-type': 'text/plain',
            location: next.startsWith('/') && !next.startsWith('//') ? next : '/',
            'set-cookie': `${COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`,
          },
        };
      }
      const session = cookieOf(headers);
      if (!session || !sessions.has(session))
        return html(
          401,
          'Log in first',
          '<p>These pages need the one-time login link that <code>databricks-mlops local</code> prints (loopback only). The REST API takes the bearer token as before.</p>',
        );
      const page = route(path);
      try {
        return await page!();
      } catch (e) {
        return html(404, 'Not found', `<p>${esc((e as Error).message)}</p>`);
      }
    },
    loginUrl(host, next) {
      const code = randomBytes(16).toString('hex');
      codes.add(code);
      return `${host}/login/${code}${next ? `?next=${encodeURIComponent(next)}` : ''}`;
    },
  };
}
