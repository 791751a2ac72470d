// The release-branch settings the backend suites start from: a versioned release, bumped from the
// commits, first version 0.1.0.
import type { ReleaseSettings } from '../../../shared/capabilities/release-branch/settings';

export const settings = (over: Partial<ReleaseSettings> = {}): ReleaseSettings => ({
  bump: 'auto',
  initialVersion: '0.1.0',
  style: 'versioned',
  branch: 'release/v{version}',
  force: false,
  dryRun: false,
  repositoryPath: '.',
  ...over,
});
