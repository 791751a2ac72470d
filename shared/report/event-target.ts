import * as fs from 'fs';
import * as path from 'path';
import { InputError, cutText, errorMessage, quoteValue } from '../errors';
import type { InputSpec } from '../manifest';

/**
 * Publishing for another workflow's event: a pull request from a fork gets a read-only token, so
 * its results are published by a second workflow (`on: workflow_run`) that downloads them with
 * the first one's event file. These inputs say which pull request and commit the reports are for.
 */
export const eventInputs = {
  'event-file': {
    ado: 'eventFile',
    description:
      'The event file (`github.event_path`) of the pull-request workflow, downloaded as an artifact: the PR report and check run go to its pull request, and run-job runs its head commit. For publishing from a `workflow_run` workflow, e.g. for pull requests from forks. Relative to the repository root.',
    type: 'string',
    githubOnly: true,
    group: 'report',
  },
  'event-name': {
    ado: 'eventName',
    description:
      'The event of that workflow, e.g. `github.event.workflow_run.event`; with `pull_request` or `pull_request_target` the event file names the pull request.',
    type: 'string',
    githubOnly: true,
    group: 'report',
  },
  commit: {
    ado: 'commit',
    description:
      'The commit the results are for, e.g. `github.event.workflow_run.head_sha`: the check run goes on it, and run-job runs it. Default: the PR head in the event file, else the commit of this run.',
    type: 'string',
    githubOnly: true,
    group: 'report',
  },
} as const satisfies Record<string, InputSpec>;

/** Whose pull request and commit the reports are for, when not this run's own. */
export interface ReportTarget {
  pullRequest?: number;
  sha?: string;
  /** The event file names a pull-request event (whether or not it holds a pull request). */
  pullRequestEvent?: boolean;
  /**
   * `owner/name` of the repository the PR's head is in, as the event file says; `null` for
   * GitHub's payload of a deleted fork; undefined when the file does not say.
   */
  headRepository?: string | null;
  /** `owner/name` of the repository the PR is merged into, when the event file says. */
  baseRepository?: string;
  /** The PR's title, as its author wrote it: untrusted text. */
  title?: string;
}

interface EventPayload {
  number?: unknown;
  pull_request?: {
    number?: unknown;
    title?: unknown;
    head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
    base?: { repo?: { full_name?: unknown } | null };
  };
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

export function readReportTarget(
  workspace: string,
  eventFile: string | undefined,
  eventName: string | undefined,
  commit: string | undefined,
): ReportTarget | undefined {
  if (!eventFile && !commit) return undefined;
  if (commit !== undefined && !/^[0-9a-f]{7,64}$/i.test(commit.trim()))
    throw new InputError(
      'commit',
      `is ${quoteValue(commit)}, not a commit SHA`,
      'Give the full SHA, e.g. `${{ github.event.workflow_run.head_sha }}`.',
    );
  const target: ReportTarget = { sha: commit?.trim() };
  if (!eventFile) return target;
  const file = path.resolve(workspace, eventFile);
  if (!fs.existsSync(file))
    throw new InputError(
      'event-file',
      `names a file that does not exist: ${quoteValue(eventFile)} (resolved to ${quoteValue(file)})`,
      'Download the artifact with the event file before this step, and give its path relative to the repository root.',
    );
  let event: EventPayload;
  try {
    event = JSON.parse(fs.readFileSync(file, 'utf8')) as EventPayload;
    if (event === null || typeof event !== 'object' || Array.isArray(event))
      throw new Error('not a JSON object');
  } catch (err) {
    throw new InputError(
      'event-file',
      `cannot be read as a JSON event (${cutText(errorMessage(err))})`,
      'Upload `${{ github.event_path }}` as an artifact in the pull-request workflow, download it here, and give its path.',
    );
  }
  const pr = typeof event.pull_request === 'object' ? event.pull_request : undefined;
  const isPr = eventName === undefined ? pr != null : PR_EVENTS.has(eventName);
  target.pullRequestEvent = isPr;
  if (!isPr) return target;
  const n = pr?.number ?? event.number;
  if (typeof n === 'number' && Number.isInteger(n) && n > 0) target.pullRequest = n;
  const head = pr?.head?.sha;
  if (!target.sha && typeof head === 'string') target.sha = head;
  if (pr) {
    const repo = pr.head?.repo;
    target.headRepository = repo === null ? null : text(repo?.full_name);
    target.baseRepository = text(pr.base?.repo?.full_name);
    target.title = text(pr.title);
  }
  return target;
}
