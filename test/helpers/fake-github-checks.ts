// A loopback fake of GitHub's Checks API (create and update a check run) for one repository,
// keeping each check run as GitHub would show it: annotations of every request appended.
import { startFakeServer, type FakeServer, type Route } from './fake-server';

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  title?: string;
  summary?: string;
  annotations: Array<{
    path: string;
    start_line: number;
    annotation_level: string;
    title?: string;
    message: string;
  }>;
  /** Annotations per request, to check the batching. */
  batches: number[];
}

export interface FakeGithubChecks extends FakeServer {
  checkRuns: FakeCheckRun[];
  /** `forbidden`: answers 403 as GitHub does for a job token without checks: write. */
  options: { forbidden: boolean };
}

interface Output {
  title?: string;
  summary?: string;
  annotations?: FakeCheckRun['annotations'];
}

/** The Checks routes alone, to combine with other fakes on one server. */
export function checksRoute(
  repo: string,
  token: string,
  checkRuns: FakeCheckRun[],
  options: { forbidden: boolean },
): Route {
  return (req) => {
    if (req.headers.authorization !== `token ${token}`)
      return { status: 401, body: { message: 'Bad credentials' } };
    const p = new URL(req.url, 'http://x').pathname;
    if (!p.startsWith(`/repos/${repo}/check-runs`)) return undefined;
    if (options.forbidden)
      return { status: 403, body: { message: 'Resource not accessible by integration' } };
    const body = JSON.parse(req.body || '{}') as Record<string, unknown> & { output?: Output };
    const apply = (run: FakeCheckRun) => {
      if (body.status) run.status = String(body.status);
      if (body.conclusion) run.conclusion = String(body.conclusion);
      if (body.output?.title) run.title = body.output.title;
      if (body.output?.summary) run.summary = body.output.summary;
      const added = body.output?.annotations ?? [];
      if (added.length > 50)
        return { status: 422, body: { message: 'Only 50 annotations are allowed per request' } };
      run.annotations.push(...added);
      run.batches.push(added.length);
      return {
        status: 200,
        body: { id: run.id, html_url: `https://github.test/${repo}/runs/${run.id}` },
      };
    };
    if (req.method === 'POST' && p === `/repos/${repo}/check-runs`) {
      if (!body.name || !body.head_sha)
        return { status: 422, body: { message: 'name and head_sha are required' } };
      const run: FakeCheckRun = {
        id: 5000 + checkRuns.length,
        name: String(body.name),
        head_sha: String(body.head_sha),
        annotations: [],
        batches: [],
      };
      checkRuns.push(run);
      const answer = apply(run);
      return { ...answer, status: answer.status === 200 ? 201 : answer.status };
    }
    const m = new RegExp(`^/repos/${repo}/check-runs/(\\d+)$`).exec(p);
    const run = m && checkRuns.find((r) => r.id === Number(m[1]));
    if (req.method === 'PATCH' && run) return apply(run);
    return { status: 404, body: { message: 'Not Found' } };
  };
}

export async function startFakeGithubChecks(
  repo: string,
  token: string,
): Promise<FakeGithubChecks> {
  const checkRuns: FakeCheckRun[] = [];
  const options = { forbidden: false };
  const server = await startFakeServer(checksRoute(repo, token, checkRuns, options));
  return { ...server, checkRuns, options };
}
