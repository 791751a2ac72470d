import type { Capability } from '../capability';
import type { CapabilityManifest } from '../manifest';
import { manifest as checkDrift } from './check-drift/manifest';
import { manifest as deployJobs } from './deploy-jobs/manifest';
import { manifest as deployServing } from './deploy-serving/manifest';
import { manifest as evaluateModel } from './evaluate-model/manifest';
import { manifest as promoteModel } from './promote-model/manifest';
import { manifest as releaseBranch } from './release-branch/manifest';
import { manifest as runJob } from './run-job/manifest';
import { manifest as unitTests } from './unit-tests/manifest';
import { manifest as whoami } from './whoami/manifest';

export interface CapabilityEntry {
  manifest: CapabilityManifest;
  /**
   * The capability's code, loaded on demand: every action shares one bundle, and a step should
   * evaluate only its own capability's dependencies (cold start, see bench/cold-start.bench.ts).
   */
  load(): Capability;
}

/** Every capability, in the order the CLI lists them. */
export const capabilities: readonly CapabilityEntry[] = [
  { manifest: whoami, load: () => require('./whoami').whoami },
  { manifest: unitTests, load: () => require('./unit-tests').unitTests },
  { manifest: runJob, load: () => require('./run-job').runJob },
  { manifest: releaseBranch, load: () => require('./release-branch').releaseBranch },
  { manifest: deployJobs, load: () => require('./deploy-jobs').deployJobs },
  { manifest: evaluateModel, load: () => require('./evaluate-model').evaluateModel },
  { manifest: promoteModel, load: () => require('./promote-model').promoteModel },
  { manifest: deployServing, load: () => require('./deploy-serving').deployServing },
  { manifest: checkDrift, load: () => require('./check-drift').checkDrift },
];

export function findCapability(name: string): CapabilityEntry | undefined {
  return capabilities.find((c) => c.manifest.name === name);
}

/** Loads a capability by name, or undefined when there is none. */
export function loadCapability(name: string): Capability | undefined {
  return findCapability(name)?.load();
}
