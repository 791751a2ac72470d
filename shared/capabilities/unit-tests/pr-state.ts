import type { ReportState } from '../../report/report-state';
import { allCases, type TestReport } from './junit';
import { displayName } from './summary';

/** What the PR report records for the next run to compare with: counts and failed tests by name. */
export function reportState(
  report: TestReport,
  failure: string | undefined,
  sha: string | undefined,
): ReportState {
  const failures: string[] = [];
  for (const c of allCases(report))
    if (c.status === 'failed' || c.status === 'errored') failures.push(displayName(c));
  const { passed, failed, errored, skipped } = report.counts;
  return {
    failed: failure !== undefined || failed + errored > 0,
    counts: { passed, failed, errored, skipped },
    failures,
    durationSeconds: Number(report.durationSeconds.toFixed(3)),
    sha,
  };
}
