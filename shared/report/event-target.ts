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
      'The event file (`github.event_path`) of the workflow that ran the tests, downloaded as an artifact: the PR report and check run go to its pull request. For publishing from a `workflow_run` workflow, e.g. for pull requests from forks. Relative to the repository root.',
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
      'The commit the results are for, e.g. `github.event.workflow_run.head_sha`: the check run goes on it. Default: the PR head in the event file, else the commit of this run.',
    type: 'string',
    githubOnly: true,
    group: 'report',
  },
} as const satisfies Record<string, InputSpec>;

/** Whose pull request and commit the reports are for, when not this run's own. */
export interface ReportTarget {
  pullRequest?: number;
  sha?: string;
}

interface EventPayload {
  number?: unknown;
  pull_request?: { number?: unknown; head?: { sha?: unknown } };
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

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
  let event: EventPayload;
  try {
    event = JSON.parse(fs.readFileSync(file, 'utf8')) as EventPayload;
  } catch (err) {
    throw new InputError(
      'event-file',
      `cannot be read as a JSON event (${cutText(errorMessage(err))})`,
      'Upload `${{ github.event_path }}` as an artifact in the workflow that ran the tests, download it here, and give its path.',
    );
  }
  const isPr =
    eventName === undefined ? event.pull_request !== undefined : PR_EVENTS.has(eventName);
  const n = event.pull_request?.number ?? event.number;
  if (isPr && typeof n === 'number' && Number.isInteger(n) && n > 0) target.pullRequest = n;
  const head = event.pull_request?.head?.sha;
  if (!target.sha && isPr && typeof head === 'string') target.sha = head;
  return target;
}
