// An in-memory commit graph with refs and annotated tag objects: the state behind the loopback
// fakes of the GitHub and Azure DevOps Git REST APIs.
import { createHash } from 'crypto';

export interface FakeCommit {
  sha: string;
  message: string;
  parents: string[];
}

export interface TagObject {
  sha: string;
  tag: string;
  message: string;
  object: string;
}

export class GitGraph {
  readonly commits = new Map<string, FakeCommit>();
  /** `refs/heads/x` or `refs/tags/x` → a commit SHA or a tag object SHA. */
  readonly refs = new Map<string, string>();
  readonly tagObjects = new Map<string, TagObject>();
  private n = 0;

  private sha(seed: string): string {
    return createHash('sha1').update(`${++this.n}:${seed}`).digest('hex');
  }

  /** Adds a commit on `branch` (default main) and moves the branch to it. */
  commit(message: string, branch = 'main'): string {
    const head = this.refs.get(`refs/heads/${branch}`);
    const sha = this.sha(message);
    this.commits.set(sha, { sha, message, parents: head ? [head] : [] });
    this.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }

  /** An annotated tag made outside the API under test (an earlier release). */
  tag(name: string, commit: string): string {
    const sha = this.sha(`tag ${name}`);
    this.tagObjects.set(sha, { sha, tag: name, message: name, object: commit });
    this.refs.set(`refs/tags/${name}`, sha);
    return sha;
  }

  createTagObject(tag: string, message: string, object: string): TagObject {
    const t = { sha: this.sha(`tag ${tag}`), tag, message, object };
    this.tagObjects.set(t.sha, t);
    return t;
  }

  /** The commit a ref, tag object or (abbreviated) SHA names. */
  peel(nameOrSha: string): string | undefined {
    let v =
      this.refs.get(nameOrSha) ??
      this.refs.get(`refs/heads/${nameOrSha}`) ??
      this.refs.get(`refs/tags/${nameOrSha}`) ??
      (nameOrSha.length >= 7
        ? [...this.commits.keys(), ...this.tagObjects.keys()].find((s) => s.startsWith(nameOrSha))
        : undefined);
    for (let i = 0; v && this.tagObjects.has(v) && i < 5; i++) v = this.tagObjects.get(v)?.object;
    return v && this.commits.has(v) ? v : undefined;
  }

  /** Every commit reachable from `sha`, newest first (first-parent order is enough for these tests). */
  history(sha: string): FakeCommit[] {
    const out: FakeCommit[] = [];
    const seen = new Set<string>();
    const queue = [sha];
    while (queue.length) {
      const s = queue.shift() as string;
      if (seen.has(s)) continue;
      seen.add(s);
      const c = this.commits.get(s);
      if (!c) continue;
      out.push(c);
      queue.push(...c.parents);
    }
    return out;
  }

  /** Commits reachable from `to` and not from `from`, newest first. */
  between(from: string | undefined, to: string): FakeCommit[] {
    const exclude = new Set(from ? this.history(from).map((c) => c.sha) : []);
    return this.history(to).filter((c) => !exclude.has(c.sha));
  }

  isAncestor(a: string, b: string): boolean {
    return this.history(b).some((c) => c.sha === a);
  }
}
