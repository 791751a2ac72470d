import type { CapabilityContext } from '../../capability';
import { InputError, inputRef, quoteValue } from '../../errors';
import type { CiContext } from '../../host/host';
import { readReportTarget, type ReportTarget } from '../../report/event-target';
import type { Manifest } from './manifest';

/** Why a fork's code is not run with this workflow's secrets. */
const PWN_REQUEST = `running the fork's code on Databricks with them would let anyone who opens a pull request run code in your workspace with your credentials (a "pwn request"), so nothing was submitted`;
const FORK_FIX = `Run it only after someone has read the code: put this job behind an environment with required reviewers and set ${inputRef('allow-fork-code')} to true there.`;

/**
 * The pull request a `workflow_run` workflow runs the job for (the event file of the workflow
 * that ran on `pull_request`), checked before anything is sent: a fork's pull request is refused
 * unless `allow-fork-code` says a reviewer has read its code.
 */
export function readEventTarget(ctx: CapabilityContext<Manifest>): ReportTarget | undefined {
  const { inputs } = ctx;
  // Read whatever the event: a typo in it is an error even when no fork is involved.
  const allowForkCode = inputs.boolean('allow-fork-code');
  const eventFile = inputs.string('event-file');
  const target = readReportTarget(
    ctx.workspaceDir,
    eventFile,
    inputs.string('event-name'),
    inputs.string('commit'),
  );
  if (eventFile === undefined) {
    checkOwnEvent(ctx.ci, allowForkCode);
    return target;
  }
  if (!target?.pullRequestEvent) return target;
  if (target.pullRequest === undefined)
    throw new InputError(
      'event-file',
      `(${quoteValue(eventFile)}) holds no pull request: it has no \`pull_request\` with a number`,
      `Upload \`\${{ github.event_path }}\` from the workflow that ran on \`pull_request\`, or set ${inputRef('event-name')} to the event it ran on (\`\${{ github.event.workflow_run.event }}\`).`,
    );
  const fork = forkOf(target, ctx.ci);
  const title = target.title === undefined ? '' : ` (${quoteValue(target.title)})`;
  if (fork !== undefined && !allowForkCode)
    throw new InputError(
      'event-file',
      `names pull request #${target.pullRequest}${title} from the fork ${fork}. This workflow has the base repository's secrets: ${PWN_REQUEST}`,
      FORK_FIX,
    );
  ctx.logger.info(
    `For pull request #${target.pullRequest}${title}${fork ? ` from the fork ${fork} (${inputRef('allow-fork-code')} is true)` : ''} at commit ${target.sha ?? 'unknown'}, from ${quoteValue(eventFile)}.`,
  );
  return target;
}

/**
 * `pull_request_target` runs the base repository's workflow with its secrets, yet the git source
 * is the PR head: the same risk as an event file's fork, without an event file to name.
 */
function checkOwnEvent(ci: CiContext, allowForkCode: boolean): void {
  if (ci.event !== 'pull_request_target' || allowForkCode) return;
  const fork = forkOf({ headRepository: ci.headRepository }, ci);
  if (fork === undefined) return;
  throw new InputError(
    'allow-fork-code',
    `is false, and this \`pull_request_target\` run is for pull request #${ci.pullRequest ?? '?'} from the fork ${fork}. It has the base repository's secrets: ${PWN_REQUEST}`,
    FORK_FIX,
  );
}

/**
 * The fork, as messages name it; undefined only when the event shows the head is in the base
 * repository. What cannot be told counts as a fork: the guard must fail closed.
 */
function forkOf(target: ReportTarget, ci: CiContext): string | undefined {
  const base = target.baseRepository ?? ci.repository;
  const head = target.headRepository;
  if (head === null) return 'that was deleted (the event names no head repository)';
  if (head === undefined) return 'that the event does not name (no `head.repo.full_name`)';
  if (base !== undefined && head.toLowerCase() === base.toLowerCase()) return undefined;
  return quoteValue(head);
}

/** The CI context as if this run were the pull request's own: its number and head commit. */
export function asPullRequestRun(ci: CiContext, target: ReportTarget | undefined): CiContext {
  if (!target) return ci;
  return {
    ...ci,
    sha: target.sha ?? ci.sha,
    pullRequest: target.pullRequest ?? ci.pullRequest,
  };
}
