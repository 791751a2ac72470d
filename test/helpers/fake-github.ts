// A loopback fake of the slice of GitHub's REST API that release-branch uses (git refs, tag
// objects, commits, compare, pull requests of a commit, releases), over a GitGraph.
import { startFakeServer, type FakeServer, type RecordedRequest } from './fake-server';
import { GitGraph } from './fake-git-graph';

export interface FakeGithub extends FakeServer {
  graph: GitGraph;
  releases: Array<{ tag_name: string; name: string; body: string; html_url: string }>;
  /** Commit SHA → pull requests GitHub associates with it. */
  pulls: Map<
    string,
    Array<{ number: number; title: string; merged_at: string | null; user: { login: string } }>
  >;
  /** Writes answer 403 as for a job token without contents: write. */
  forbidWrites: boolean;
  writes(): RecordedRequest[];
}

const REPO = 'acme/ml-project';

export async function startFakeGithub(token: string): Promise<FakeGithub> {
  const graph = new GitGraph();
  const releases: FakeGithub['releases'] = [];
  const pulls: FakeGithub['pulls'] = new Map();
  const box: { self?: FakeGithub } = {};
  const commitJson = (sha: string) => ({
    sha,
    commit: { message: graph.commits.get(sha)?.message ?? '' },
  });
  const refJson = (ref: string) => {
    const sha = graph.refs.get(ref) as string;
    return { ref, object: { sha, type: graph.tagObjects.has(sha) ? 'tag' : 'commit' } };
  };
  const server = await startFakeServer((req) => {
    if (req.headers.authorization !== `token ${token}`)
      return { status: 401, body: { message: 'Bad credentials' } };
    const u = new URL(req.url, 'http://x');
    const prefix = `/repos/${REPO}`;
    const p = decodeURIComponent(u.pathname);
    if (!p.startsWith(prefix)) return { status: 404, body: { message: 'Not Found' } };
    const rest = p.slice(prefix.length);
    const body = req.body ? (JSON.parse(req.body) as Record<string, unknown>) : {};
    if (req.method !== 'GET' && box.self?.forbidWrites)
      return {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference',
        },
      };
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && (m = /^\/commits\/([^/]+(?:\/[^/]+)*?)\/pulls$/.exec(rest)))
      return {
        status: 200,
        body: (pulls.get(m[1]) ?? []).map((pr) => ({
          ...pr,
          html_url: `https://github.com/${REPO}/pull/${pr.number}`,
        })),
      };
    if (req.method === 'GET' && (m = /^\/commits\/(.+)$/.exec(rest))) {
      const sha = graph.peel(m[1]);
      return sha
        ? { status: 200, body: commitJson(sha) }
        : { status: 422, body: { message: `No commit found for SHA: ${m[1]}` } };
    }
    if (req.method === 'GET' && rest === '/commits') {
      const sha = graph.peel(u.searchParams.get('sha') ?? 'main');
      return {
        status: 200,
        body: sha ? page(graph.history(sha), u).map((c) => commitJson(c.sha)) : [],
      };
    }
    if (req.method === 'GET' && (m = /^\/compare\/([^.]+)\.\.\.(.+)$/.exec(rest))) {
      const base = graph.peel(m[1]);
      const head = graph.peel(m[2]);
      if (!base || !head) return { status: 404, body: { message: 'Not Found' } };
      const ahead = graph.between(base, head);
      const behind = graph.between(head, base);
      const status =
        base === head
          ? 'identical'
          : behind.length === 0
            ? 'ahead'
            : ahead.length === 0
              ? 'behind'
              : 'diverged';
      return {
        status: 200,
        body: {
          status,
          ahead_by: ahead.length,
          behind_by: behind.length,
          commits: page(ahead.reverse(), u).map((c) => commitJson(c.sha)),
        },
      };
    }
    if (req.method === 'GET' && (m = /^\/git\/matching-refs\/(.*)$/.exec(rest))) {
      const want = `refs/${m[1]}`;
      return {
        status: 200,
        body: [...graph.refs.keys()]
          .filter((r) => r.startsWith(want))
          .sort()
          .map(refJson),
      };
    }
    if (req.method === 'GET' && (m = /^\/git\/ref\/(.+)$/.exec(rest))) {
      const ref = `refs/${m[1]}`;
      return graph.refs.has(ref)
        ? { status: 200, body: refJson(ref) }
        : { status: 404, body: { message: 'Not Found' } };
    }
    if (req.method === 'GET' && (m = /^\/git\/tags\/([0-9a-f]{40})$/.exec(rest))) {
      const t = graph.tagObjects.get(m[1]);
      return t
        ? {
            status: 200,
            body: {
              sha: t.sha,
              tag: t.tag,
              message: t.message,
              object: { sha: t.object, type: 'commit' },
            },
          }
        : { status: 404, body: { message: 'Not Found' } };
    }
    if (req.method === 'POST' && rest === '/git/refs') {
      const ref = String(body.ref);
      const sha = String(body.sha);
      if (graph.refs.has(ref))
        return { status: 422, body: { message: 'Reference already exists' } };
      if (!graph.commits.has(sha) && !graph.tagObjects.has(sha))
        return { status: 422, body: { message: 'Object does not exist' } };
      graph.refs.set(ref, sha);
      return { status: 201, body: refJson(ref) };
    }
    if (req.method === 'PATCH' && (m = /^\/git\/refs\/(.+)$/.exec(rest))) {
      const ref = `refs/${m[1]}`;
      const old = graph.refs.get(ref);
      if (!old) return { status: 422, body: { message: 'Reference does not exist' } };
      const sha = String(body.sha);
      if (!body.force && !graph.isAncestor(old, sha))
        return { status: 422, body: { message: 'Update is not a fast forward' } };
      graph.refs.set(ref, sha);
      return { status: 200, body: refJson(ref) };
    }
    if (req.method === 'POST' && rest === '/git/tags') {
      const t = graph.createTagObject(String(body.tag), String(body.message), String(body.object));
      return {
        status: 201,
        body: {
          sha: t.sha,
          tag: t.tag,
          message: t.message,
          object: { sha: t.object, type: 'commit' },
        },
      };
    }
    if (req.method === 'GET' && (m = /^\/releases\/tags\/(.+)$/.exec(rest))) {
      const r = releases.find((x) => x.tag_name === m?.[1]);
      return r ? { status: 200, body: r } : { status: 404, body: { message: 'Not Found' } };
    }
    if (req.method === 'POST' && rest === '/releases') {
      const r = {
        tag_name: String(body.tag_name),
        name: String(body.name),
        body: String(body.body),
        html_url: `https://github.com/${REPO}/releases/tag/${String(body.tag_name)}`,
      };
      releases.push(r);
      return { status: 201, body: r };
    }
    return { status: 404, body: { message: `Not Found: ${req.method} ${rest}` } };
  });
  const self: FakeGithub = Object.assign(server, {
    graph,
    releases,
    pulls,
    forbidWrites: false,
    writes: () => server.requests.filter((r) => r.method !== 'GET'),
  });
  box.self = self;
  return self;
}

export const FAKE_GITHUB_REPOSITORY = REPO;

/** GitHub's `page`/`per_page` (default 30 per page, as GitHub does). */
function page<T>(items: T[], u: URL): T[] {
  const per = Number(u.searchParams.get('per_page') ?? 30);
  const n = Number(u.searchParams.get('page') ?? 1);
  return items.slice((n - 1) * per, n * per);
}
