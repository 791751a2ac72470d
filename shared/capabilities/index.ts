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
   * read and evaluate only its own capability's code and libraries. `import()` is where the bundler
   * splits: each capability (with the libraries only it uses) is a chunk file of its own, read when
   * the step runs it (cold start, see bench/cold-start.bench.ts).
   */
  load(): Promise<Capability>;
}

/** Every capability, in the order the CLI lists them. */
export const capabilities: readonly CapabilityEntry[] = [
  { manifest: whoami, load: async () => (await import('./whoami')).whoami },
  { manifest: unitTests, load: async () => (await import('./unit-tests')).unitTests },
  { manifest: runJob, load: async () => (await import('./run-job')).runJob },
  { manifest: releaseBranch, load: async () => (await import('./release-branch')).releaseBranch },
  { manifest: deployJobs, load: async () => (await import('./deploy-jobs')).deployJobs },
  { manifest: evaluateModel, load: async () => (await import('./evaluate-model')).evaluateModel },
  { manifest: promoteModel, load: async () => (await import('./promote-model')).promoteModel },
  { manifest: deployServing, load: async () => (await import('./deploy-serving')).deployServing },
  { manifest: checkDrift, load: async () => (await import('./check-drift')).checkDrift },
];

export function findCapability(name: string): CapabilityEntry | undefined {
  return capabilities.find((c) => c.manifest.name === name);
}

/** Loads a capability by name, or undefined when there is none. */
export async function loadCapability(name: string): Promise<Capability | undefined> {
  return findCapability(name)?.load();
}
