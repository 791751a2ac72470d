import path from 'path';
import type { CheckAnnotation, CheckConclusion } from '../../check-run';
import { allCases, type TestReport } from './junit';
import { displayName } from './summary';

const toSlash = (p: string) => p.replace(/\\/g, '/');

/**
 * One failure annotation per failed or errored test, for the check run. Locations are already
 * repository paths (resolveLocations); a test without one is placed on its result file, line 1,
 * since GitHub needs a path for every annotation.
 */
export function checkAnnotations(report: TestReport, workspace: string): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  for (const c of allCases(report)) {
    if (c.status !== 'failed' && c.status !== 'errored') continue;
    const reportPath = toSlash(path.relative(workspace, c.reportFile));
    out.push({
      path: c.location?.file ?? reportPath,
      line: c.location?.line ?? 1,
      level: 'failure',
      title: `${c.status === 'errored' ? 'Error in' : 'Failed:'} ${displayName(c)}`,
      message: c.message || c.type || 'Test failed',
      details: c.details && c.details !== c.message ? c.details : undefined,
    });
  }
  return out;
}

/** The check's own verdict: the step's verdict, so that the checks list agrees with the step. */
export function checkConclusion(failure: string | undefined, failedTests: number): CheckConclusion {
  if (failure) return 'failure';
  return failedTests > 0 ? 'neutral' : 'success';
}
