// A loopback fake of GitHub's issue-comment routes (list, create, edit) for one repository: the
// sticky PR report, kept as GitHub would show it, for any pull request number.
import type { Route } from './fake-server';

export interface FakeComment {
  id: number;
  /** The pull request it was posted on. */
  issue: number;
  body: string;
}

/** The comment routes alone, to combine with other fakes on one server. */
export function commentsRoute(repo: string, comments: FakeComment[]): Route {
  const prefix = `/repos/${repo}/issues`;
  return (req) => {
    const list = new RegExp(`^${prefix}/(\\d+)/comments`).exec(req.url);
    if (req.method === 'GET' && list)
      return { status: 200, body: comments.filter((c) => c.issue === Number(list[1])) };
    const body = () => (JSON.parse(req.body) as { body: string }).body;
    if (req.method === 'POST' && list) {
      const c = { id: comments.length + 1, issue: Number(list[1]), body: body() };
      comments.push(c);
      return { status: 201, body: c };
    }
    const patch = new RegExp(`^${prefix}/comments/(\\d+)`).exec(req.url);
    const found = patch && comments.find((x) => x.id === Number(patch[1]));
    if (req.method === 'PATCH' && found) {
      found.body = body();
      return { status: 200, body: found };
    }
    return undefined;
  };
}
