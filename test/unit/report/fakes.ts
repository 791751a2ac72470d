import http from 'http';
import type { AddressInfo } from 'net';

export interface Recorded {
  method: string;
  url: string;
  auth?: string;
  body?: unknown;
}

export interface FakeServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

async function start(
  handler: (req: Recorded, res: http.ServerResponse) => void,
): Promise<FakeServer> {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const rec: Recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        auth: req.headers.authorization,
      };
      if (raw) rec.body = JSON.parse(raw);
      requests.push(rec);
      handler(rec, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(
  res: http.ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

export interface GitHubComment {
  id: number;
  body: string;
  html_url: string;
}

/** The slice of GitHub's REST API that sticky comments use, for one repository `o/r`. */
export async function fakeGitHub(
  opts: { forbidden?: boolean; prsForCommit?: { number: number; state: string }[] } = {},
) {
  const comments = new Map<number, GitHubComment[]>();
  let nextId = 1000;
  const state = { forbidden: opts.forbidden ?? false };
  const server = await start((req, res) => {
    const u = new URL(req.url, 'http://x');
    let m: RegExpExecArray | null;
    if (
      req.method === 'GET' &&
      (m = /^\/repos\/o\/r\/commits\/([0-9a-f]+)\/pulls$/.exec(u.pathname))
    ) {
      return send(res, 200, opts.prsForCommit ?? []);
    }
    if ((m = /^\/repos\/o\/r\/issues\/(\d+)\/comments$/.exec(u.pathname))) {
      const list = comments.get(Number(m[1])) ?? [];
      if (req.method === 'GET') {
        const per = Number(u.searchParams.get('per_page') ?? 30);
        const page = Number(u.searchParams.get('page') ?? 1);
        const slice = list.slice((page - 1) * per, page * per);
        const headers: Record<string, string> = {};
        if (page * per < list.length)
          headers.link = `<${server.url}${u.pathname}?per_page=${per}&page=${page + 1}>; rel="next"`;
        return send(res, 200, slice, headers);
      }
      if (req.method === 'POST') {
        if (state.forbidden)
          return send(res, 403, { message: 'Resource not accessible by integration' });
        const c = {
          id: nextId++,
          body: (req.body as { body: string }).body,
          html_url: `https://github.test/o/r/pull/${m[1]}#c${nextId}`,
        };
        comments.set(Number(m[1]), [...list, c]);
        return send(res, 201, c);
      }
    }
    if (
      req.method === 'PATCH' &&
      (m = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(u.pathname))
    ) {
      if (state.forbidden)
        return send(res, 403, { message: 'Resource not accessible by integration' });
      for (const list of comments.values()) {
        const c = list.find((x) => x.id === Number(m?.[1]));
        if (c) {
          c.body = (req.body as { body: string }).body;
          return send(res, 200, c);
        }
      }
      return send(res, 404, { message: 'Not Found' });
    }
    return send(res, 404, { message: 'Not Found' });
  });
  return { ...server, comments, state };
}

export interface AdoThread {
  id: number;
  status: number;
  comments: { id: number; content: string; isDeleted?: boolean }[];
}

const THREADS = 'ab6e2e5d-a0b7-4153-b64a-a4efe0d49449';
const COMMENTS = '965a3ec7-5ed8-455a-bdcb-835a5ea7fe7b';

/** The slice of the Azure DevOps Git REST API that PR threads use, for collection `/org`. */
export async function fakeAzureDevOps(opts: { forbidden?: boolean } = {}) {
  const threads = new Map<number, AdoThread[]>();
  let nextId = 1;
  const location = (id: string, resourceName: string, routeTemplate: string) => ({
    id,
    area: 'git',
    resourceName,
    routeTemplate,
    resourceVersion: 1,
    minVersion: '1.0',
    maxVersion: '7.2',
    releasedVersion: '7.1',
  });
  const forbidden = (res: http.ServerResponse) =>
    send(res, 403, {
      $id: '1',
      message:
        "TF401027: You need the Git 'PullRequestContribute' permission to perform this action. Details: identity 'Build\\1234', scope 'repository'.",
      typeKey: 'GitNeedsPermissionException',
    });
  const server = await start((req, res) => {
    const u = new URL(req.url, 'http://x');
    if (req.method === 'OPTIONS' && u.pathname === '/org/_apis/git') {
      return send(res, 200, {
        count: 2,
        value: [
          location(
            THREADS,
            'threads',
            '{project}/_apis/{area}/repositories/{repositoryId}/pullRequests/{pullRequestId}/{resource}/{threadId}',
          ),
          location(
            COMMENTS,
            'comments',
            '{project}/_apis/{area}/repositories/{repositoryId}/pullRequests/{pullRequestId}/threads/{threadId}/{resource}/{commentId}',
          ),
        ],
      });
    }
    const m =
      /^\/org\/proj\/_apis\/git\/repositories\/ml-repo\/pullRequests\/(\d+)\/threads(?:\/(\d+))?(?:\/comments\/(\d+))?$/.exec(
        u.pathname,
      );
    if (!m) return send(res, 404, { message: `no route ${req.method} ${u.pathname}` });
    const pr = Number(m[1]);
    const list = threads.get(pr) ?? [];
    if (req.method === 'GET' && !m[2]) return send(res, 200, { count: list.length, value: list });
    if (opts.forbidden) return forbidden(res);
    if (req.method === 'POST' && !m[2]) {
      const body = req.body as { comments: { content: string }[]; status: number };
      const t: AdoThread = {
        id: nextId++,
        status: body.status,
        comments: body.comments.map((c, i) => ({ id: i + 1, content: c.content })),
      };
      threads.set(pr, [...list, t]);
      return send(res, 200, t);
    }
    const t = list.find((x) => x.id === Number(m[2]));
    if (!t) return send(res, 404, { message: 'thread not found' });
    if (req.method === 'PATCH' && m[3]) {
      const c = t.comments.find((x) => x.id === Number(m[3]));
      if (!c) return send(res, 404, { message: 'comment not found' });
      c.content = (req.body as { content: string }).content;
      return send(res, 200, c);
    }
    if (req.method === 'PATCH') {
      t.status = (req.body as { status: number }).status;
      return send(res, 200, t);
    }
    return send(res, 405, { message: 'method' });
  });
  return { ...server, threads };
}
