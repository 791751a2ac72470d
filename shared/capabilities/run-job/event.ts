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
 *
 * The event file is an artifact of the first workflow, which a fork's pull request can rewrite:
 * what GitHub itself says about the triggering run (`ctx.ci.workflowRun`) is checked too, and a
 * fork by either account is a fork.
 */
export function readEventTarget(ctx: CapabilityContext<Manifest>): ReportTarget | undefined {
  const { inputs, ci } = ctx;
  // Read whatever the event: a typo in it is an error even when no fork is involved.
  const allowForkCode = inputs.boolean('allow-fork-code');
  const eventFile = inputs.string('event-file');
  const commit = inputs.string('commit');
  const target = readReportTarget(ctx.workspaceDir, eventFile, inputs.string('event-name'), commit);
  if (!target) {
    checkOwnEvent(ci, allowForkCode);
    return target;
  }
  const pr = eventFile !== undefined && target.pullRequestEvent;
  if (pr && target.pullRequest === undefined)
    throw new InputError(
      'event-file',
      `(${quoteValue(eventFile)}) holds no pull request: it has no \`pull_request\` with a number`,
      `Upload \`\${{ github.event_path }}\` from the workflow that ran on \`pull_request\`, or set ${inputRef('event-name')} to the event it ran on (\`\${{ github.event.workflow_run.event }}\`).`,
    );
  // Neither a pull request nor a commit: the code is this run's own (the base branch's).
  if (!pr && commit === undefined) return target;
  const trusted = ci.workflowRun;
  if (pr && commit === undefined && trusted?.headSha && target.sha !== trusted.headSha)
    throw new InputError(
      'event-file',
      `(${quoteValue(eventFile)}) names head commit ${quoteValue(target.sha ?? 'none')}, but the run that started this workflow ran on ${trusted.headSha}: it is not that run's event`,
      `Download the event file from \`\${{ github.event.workflow_run.id }}\`, or set ${inputRef('commit')} to \`\${{ github.event.workflow_run.head_sha }}\`.`,
    );
  const fork =
    (pr ? forkOf(target.headRepository, target.baseRepository ?? ci.repository) : undefined) ??
    (trusted ? forkOf(trusted.headRepository, ci.repository) : undefined);
  const title = target.title === undefined ? '' : ` (${quoteValue(target.title)})`;
  const what = pr
    ? `names pull request #${target.pullRequest}${title} from the fork ${fork}`
    : `is ${quoteValue(commit ?? '')}, a commit of the fork ${fork} that started this workflow`;
  if (fork !== undefined && !allowForkCode)
    throw new InputError(
      pr ? 'event-file' : 'commit',
      `${what}. This workflow has the base repository's secrets: ${PWN_REQUEST}`,
      FORK_FIX,
    );
  ctx.logger.info(
    `For ${pr ? `pull request #${target.pullRequest}${title}` : 'the triggering run'}${fork ? ` from the fork ${fork} (${inputRef('allow-fork-code')} is true)` : ''} at commit ${target.sha ?? 'unknown'}${eventFile ? `, from ${quoteValue(eventFile)}` : ''}.`,
  );
  return target;
}

/**
 * `pull_request_target` runs the base repository's workflow with its secrets, yet the git source
 * is the PR head: the same risk as an event file's fork, without an event file to name.
 */
function checkOwnEvent(ci: CiContext, allowForkCode: boolean): void {
  if (ci.event !== 'pull_request_target' || allowForkCode) return;
  const fork = forkOf(ci.headRepository, ci.repository);
  if (fork === undefined) return;
  throw new InputError(
    'allow-fork-code',
    `is false, and this \`pull_request_target\` run is for pull request #${ci.pullRequest ?? '?'} from the fork ${fork}. It has the base repository's secrets: ${PWN_REQUEST}`,
    FORK_FIX,
  );
}

/**
 * The fork, as messages name it; undefined only when `head` is known to be `base`. What cannot be
 * told counts as a fork: the guard must fail closed.
 */
function forkOf(head: string | null | undefined, base: string | undefined): string | undefined {
  if (head === null) return 'that was deleted (the event names no head repository)';
  if (head === undefined) return 'that the event does not name (no head repository)';
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
