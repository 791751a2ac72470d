import { inputRef, quoteValue } from '../../errors';
import type { CommandResult } from './command';
import type { Counts } from './junit';
import type { FailOn } from './settings';

export interface PolicyInput {
  counts: Counts;
  failOn: FailOn;
  failOnExitCode: boolean;
  failOnEmpty: boolean;
  command?: CommandResult;
  timeoutSeconds?: number;
  /** How many result files matched the patterns. */
  filesFound: number;
  patterns: string[];
  /** Set when the min-coverage gate failed or could not be checked. */
  coverageProblem?: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The reasons the step fails, in the order a user would look at them; empty when it passes.
 * A timeout or cancellation always fails: the results are incomplete.
 */
export function failureReasons(p: PolicyInput): string[] {
  const reasons: string[] = [];
  const { counts, command } = p;
  if (command?.timedOut)
    reasons.push(
      `the test command timed out after ${p.timeoutSeconds ?? Math.round(command.durationSeconds)} s`,
    );
  else if (command?.cancelled) reasons.push('the test command was cancelled');

  if (p.failOn === 'failures' && counts.failed + counts.errored > 0) {
    const parts = [
      counts.failed ? plural(counts.failed, 'test') + ' failed' : '',
      counts.errored ? plural(counts.errored, 'test') + ' errored' : '',
    ];
    reasons.push(parts.filter(Boolean).join(', '));
  } else if (p.failOn === 'errors' && counts.errored > 0) {
    reasons.push(`${plural(counts.errored, 'test')} errored`);
  }

  if (p.failOnEmpty && counts.total === 0) {
    reasons.push(
      p.filesFound === 0
        ? `no test results matched ${p.patterns.map((x) => quoteValue(x)).join(', ')} (${inputRef('fail-on-empty')})`
        : `the ${plural(p.filesFound, 'result file')} held no test cases (${inputRef('fail-on-empty')})`,
    );
  }

  if (
    p.failOnExitCode &&
    command &&
    !command.timedOut &&
    !command.cancelled &&
    command.exitCode !== 0
  ) {
    // Test failures already explain a non-zero exit; say it only when the results do not.
    const explained = counts.failed + counts.errored > 0 && p.failOn !== 'nothing';
    if (!explained) {
      reasons.push(
        command.exitCode === null
          ? `the test command was killed by ${command.signal}`
          : `the test command exited with code ${command.exitCode} (${inputRef('fail-on-exit-code')})`,
      );
    }
  }
  if (p.coverageProblem) reasons.push(p.coverageProblem);
  return reasons;
}
