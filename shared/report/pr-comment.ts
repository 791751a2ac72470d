import type { GitPullRequestCommentThread } from 'azure-devops-node-api/interfaces/GitInterfaces';
import { inputRef, errorMessage } from '../errors';
import type { CiContext } from '../host/host';
import { redactSecrets } from '../host/secrets';
import type { Logger } from '../logger';
import { PR_COMMENT_LIMIT_CHARS, trimMarkdown } from './markdown';
import {
  readState,
  renderChanges,
  shouldWrite,
  stateComment,
  type PrCommentMode,
  type ReportState,
} from './report-state';

/**
 * One sticky report per pull request and key: found again by a hidden marker and updated in place,
 * so reruns and new commits do not pile up comments. GitHub through its REST API (plain fetch,
 * to keep bundles small), Azure DevOps through PR threads.
 */

export interface PrCommentOptions {
  markdown: string;
  /** Which report this is; see `defaultReportKey`. */
  key: string;
  ci: CiContext;
  /** GitHub token, or the ADO job token (System.AccessToken). */
  token?: string;
  logger: Logger;
  /** ADO: mark the thread resolved (e.g. all tests passed) or active. Default active. */
  resolved?: boolean;
  signal?: AbortSignal;
  /** For tests. */
  fetch?: typeof fetch;
  /** Where the report goes, as the host says (GitHub or Azure DevOps); none outside CI. */
  backend?: PrReportBackend;
  /** When to write: `always` (the default), `changes` or `failures`; needs `state` for the latter two. */
  mode?: PrCommentMode;
  /** What the report shows, recorded in the comment for the next run's comparison. */
  state?: ReportState;
}

/** A CI system's way of writing the sticky report; the host picks it, the capability never does. */
export interface PrReportBackend {
  /** Why nothing can be written without a token, and how to give one. */
  missingToken: string;
  upsert(
    opts: PrCommentOptions,
    skip: (reason: string) => PrCommentResult,
  ): Promise<PrCommentResult>;
}

export interface PrCommentResult {
  action: 'created' | 'updated' | 'skipped';
  id?: number;
  url?: string;
  /** Why nothing was written. */
  reason?: string;
}

const MARKER_PREFIX = 'databricks-mlops-report:';

/** Keys go inside an HTML comment: keep them to characters that cannot end it. */
export function normalizeKey(key: string): string {
  const k = key
    .trim()
    .replace(/[^A-Za-z0-9._:/=+@-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return k || 'report';
}

export function markerFor(key: string): string {
  return `<!-- ${MARKER_PREFIX}${normalizeKey(key)} -->`;
}

/**
 * workflow + job + capability (+ matrix values): distinct for every report a pipeline writes,
 * and the same on every rerun and new commit of the same PR.
 */
export function defaultReportKey(
  ci: CiContext,
  capability: string,
  matrix?: string | Record<string, unknown>,
): string {
  const parts = [ci.workflow, ci.job, capability];
  if (matrix !== undefined && matrix !== '') {
    parts.push(
      typeof matrix === 'string'
        ? matrix
        : Object.entries(matrix)
            .map(([k, v]) => `${k}=${String(v)}`)
            .join(','),
    );
  }
  return normalizeKey(parts.filter((p) => p !== undefined && p !== '').join('/'));
}

/**
 * The comment body: the marker first, then the report, within the size limit. A PR comment is
 * public to everyone who can read the PR and no runner masks it: registered secrets are redacted.
 */
export function commentBody(markdown: string, key: string, state?: string): string {
  const marker = `${markerFor(key)}\n${state ? `${redactSecrets(state)}\n` : ''}`;
  return marker + trimMarkdown(redactSecrets(markdown), PR_COMMENT_LIMIT_CHARS - marker.length);
}

/**
 * What to write given the report already on the PR (its body, if any): nothing, with a reason,
 * when the mode says so; else the body with what changed since that report and the new state.
 */
export function planComment(
  opts: Pick<PrCommentOptions, 'markdown' | 'key' | 'mode' | 'state'>,
  existingBody: string | undefined,
): { skip: string } | { body: string } {
  if (!opts.state) return { body: commentBody(opts.markdown, opts.key) };
  const previous = readState(existingBody);
  const decision = shouldWrite(
    opts.mode ?? 'always',
    opts.state,
    existingBody !== undefined,
    previous,
  );
  if (!decision.write) return { skip: decision.reason };
  const changes = renderChanges(previous, opts.state);
  let markdown = opts.markdown;
  if (changes) {
    // Under the report's heading, where a reader looks first.
    const nl = markdown.indexOf('\n');
    markdown =
      markdown.startsWith('#') && nl > 0
        ? `${markdown.slice(0, nl + 1)}\n${changes}\n${markdown.slice(nl + 1)}`
        : `${changes}\n${markdown}`;
  }
  return { body: commentBody(markdown, opts.key, stateComment(opts.state)) };
}

/** Creates or updates the report. Never throws for permission or API problems: it warns instead. */
export async function upsertPrComment(opts: PrCommentOptions): Promise<PrCommentResult> {
  const skip = (reason: string): PrCommentResult => {
    opts.logger.warning(`PR report not written: ${reason}`);
    return { action: 'skipped', reason };
  };
  const { backend } = opts;
  if (!backend) {
    opts.logger.info('PR report skipped: not running in GitHub Actions or Azure Pipelines.');
    return { action: 'skipped', reason: 'not in CI' };
  }
  if (!opts.token) return skip(backend.missingToken);
  try {
    return await backend.upsert(opts, skip);
  } catch (err) {
    return skip(errorMessage(err));
  }
}

// ---------------------------------------------------------------- GitHub

class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const GITHUB_PERMISSION_HINT =
  'the token may not write pull-request comments. Grant `permissions: pull-requests: write` to the job. ' +
  'Pull requests from forks get a read-only token: publish from a `workflow_run` workflow instead.';

async function upsertGitHub(
  opts: PrCommentOptions,
  skip: (r: string) => PrCommentResult,
): Promise<PrCommentResult> {
  const { ci } = opts;
  const doFetch = opts.fetch ?? fetch;
  if (!ci.repository || !ci.repository.includes('/'))
    return skip('the repository (owner/name) is unknown.');
  const api = (ci.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
  const repo = ci.repository
    .split('/')
    .map((p) => encodeURIComponent(p))
    .join('/');

  const call = async <T>(
    method: string,
    url: string,
    body?: unknown,
  ): Promise<{ data: T; next?: string }> => {
    const res = await doFetch(url.startsWith('http') ? url : `${api}${url}`, {
      method,
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${opts.token}`,
        'X-GitHub-Api-Version': '2022-11-28',
        'User-Agent': 'databricks-mlops-actions',
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: opts.signal,
    });
    if (!res.ok) {
      let detail = '';
      try {
        const j = (await res.json()) as { message?: string };
        detail = j.message ?? '';
      } catch {
        detail = res.statusText;
      }
      throw new GitHubError(
        res.status,
        `GitHub answered ${res.status} to ${method} ${new URL(url, api + '/').pathname}${detail ? `: ${detail}` : ''}`,
      );
    }
    const next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
    const data = res.status === 204 ? (undefined as T) : ((await res.json()) as T);
    return { data, next };
  };

  try {
    let number = ci.pullRequest;
    if (!number) {
      if (!ci.sha) return skip('not a pull request, and the commit is unknown.');
      const { data } = await call<{ number: number; state: string }[]>(
        'GET',
        `/repos/${repo}/commits/${encodeURIComponent(ci.sha)}/pulls`,
      );
      const open = data.find((p) => p.state === 'open');
      if (!open) {
        opts.logger.info('PR report skipped: no open pull request contains this commit.');
        return { action: 'skipped', reason: 'no pull request' };
      }
      number = open.number;
    }

    const marker = markerFor(opts.key);
    let url: string | undefined = `/repos/${repo}/issues/${number}/comments?per_page=100`;
    let existing: { id: number; body?: string; html_url?: string } | undefined;
    while (url && !existing) {
      const page: { data: { id: number; body?: string; html_url?: string }[]; next?: string } =
        await call('GET', url);
      existing =
        page.data.find((c) => (c.body ?? '').startsWith(marker)) ??
        page.data.find((c) => (c.body ?? '').includes(marker));
      url = page.next;
    }
    const plan = planComment(opts, existing ? (existing.body ?? '') : undefined);
    if ('skip' in plan) {
      opts.logger.info(`PR report not written: ${plan.skip}.`);
      return { action: 'skipped', id: existing?.id, url: existing?.html_url, reason: plan.skip };
    }
    const { body } = plan;
    if (existing) {
      const { data } = await call<{ id: number; html_url?: string }>(
        'PATCH',
        `/repos/${repo}/issues/comments/${existing.id}`,
        { body },
      );
      opts.logger.info(
        `Updated the PR report: ${data?.html_url ?? existing.html_url ?? `#${number}`}`,
      );
      return { action: 'updated', id: existing.id, url: data?.html_url ?? existing.html_url };
    }
    const { data } = await call<{ id: number; html_url?: string }>(
      'POST',
      `/repos/${repo}/issues/${number}/comments`,
      { body },
    );
    opts.logger.info(`Wrote the PR report: ${data.html_url ?? `#${number}`}`);
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (err) {
    if (err instanceof GitHubError && (err.status === 403 || err.status === 401)) {
      return skip(
        `${err.message}. ${err.status === 401 ? 'The token is not valid.' : GITHUB_PERMISSION_HINT}`,
      );
    }
    if (err instanceof GitHubError && err.status === 404) {
      return skip(
        `${err.message}. The pull request was not found, or the token cannot see it (${GITHUB_PERMISSION_HINT})`,
      );
    }
    throw err;
  }
}

export const githubPrReport: PrReportBackend = {
  missingToken: `no token. Set ${inputRef('github-token')} (its default is the job's own token).`,
  upsert: (opts, skip) => upsertGitHub(opts, skip),
};

// ---------------------------------------------------------------- Azure DevOps

const ADO_PERMISSION_HINT =
  'Allow the build service to comment: in Project settings › Repositories › <repo> › Security, set "Contribute to pull requests" to Allow for "<project> Build Service (<org>)" (and for "Project Collection Build Service" when the repository is in another project).';

async function upsertAzureDevOps(
  opts: PrCommentOptions,
  skip: (r: string) => PrCommentResult,
): Promise<PrCommentResult> {
  const { ci } = opts;
  if (!ci.pullRequest) {
    opts.logger.info('PR report skipped: this build is not for a pull request.');
    return { action: 'skipped', reason: 'no pull request' };
  }
  if (!ci.serverUrl || !ci.repository)
    return skip('the collection URL or the repository is unknown.');
  // GitApi on its own rather than WebApi: WebApi loads every ADO API client and would bloat the bundles.
  // Loaded here, not at the top: only ADO PR threads need it, and on GitHub it would be evaluated
  // at every step start for nothing.
  const [{ GitApi }, { BearerCredentialHandler }, { CommentThreadStatus, CommentType }] =
    await Promise.all([
      import('azure-devops-node-api/GitApi'),
      import('azure-devops-node-api/handlers/bearertoken'),
      import('azure-devops-node-api/interfaces/GitInterfaces'),
    ]);
  const git = new GitApi(
    ci.serverUrl.replace(/\/+$/, ''),
    [new BearerCredentialHandler(opts.token as string)],
    {
      allowRetries: true,
      maxRetries: 2,
    },
  );
  const marker = markerFor(opts.key);
  const status = opts.resolved ? CommentThreadStatus.Fixed : CommentThreadStatus.Active;
  try {
    const threads: GitPullRequestCommentThread[] =
      (await git.getThreads(ci.repository, ci.pullRequest, ci.project)) ?? [];
    const thread = threads.find(
      (t) =>
        !t.isDeleted &&
        (t.comments ?? []).some((c) => !c.isDeleted && (c.content ?? '').includes(marker)),
    );
    const comment = (thread?.comments ?? []).find(
      (c) => !c.isDeleted && (c.content ?? '').includes(marker),
    );
    const plan = planComment(opts, thread ? (comment?.content ?? '') : undefined);
    if ('skip' in plan) {
      opts.logger.info(`PR report not written: ${plan.skip}.`);
      return { action: 'skipped', id: thread?.id, reason: plan.skip };
    }
    const content = plan.body;
    if (thread?.id !== undefined) {
      await git.updateComment(
        { content },
        ci.repository,
        ci.pullRequest,
        thread.id,
        comment?.id ?? 1,
        ci.project,
      );
      if (thread.status !== status) {
        await git.updateThread({ status }, ci.repository, ci.pullRequest, thread.id, ci.project);
      }
      opts.logger.info(`Updated the PR report (thread ${thread.id}).`);
      return { action: 'updated', id: thread.id };
    }
    const created = await git.createThread(
      { comments: [{ parentCommentId: 0, content, commentType: CommentType.Text }], status },
      ci.repository,
      ci.pullRequest,
      ci.project,
    );
    opts.logger.info(`Wrote the PR report (thread ${created.id}).`);
    return { action: 'created', id: created.id };
  } catch (err) {
    const e = err as Error & { statusCode?: number };
    const text = `${e.message ?? ''}`;
    if (text.includes('TF401027') || e.statusCode === 403 || e.statusCode === 401) {
      return skip(
        `Azure DevOps refused (${e.statusCode ?? 'TF401027'}): ${firstLine(text)}. ${ADO_PERMISSION_HINT}`,
      );
    }
    throw new Error(`Azure DevOps PR thread call failed: ${firstLine(text)}`);
  }
}

function firstLine(s: string): string {
  const l = s.split('\n')[0];
  return l.length > 300 ? `${l.slice(0, 297)}...` : l;
}

export const azureDevOpsPrReport: PrReportBackend = {
  missingToken:
    'no job access token. Map it to the task: `env: { SYSTEM_ACCESSTOKEN: $(System.AccessToken) }`.',
  upsert: (opts, skip) => upsertAzureDevOps(opts, skip),
};
