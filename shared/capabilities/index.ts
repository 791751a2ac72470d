import type { Capability } from '../capability';
import { runJob } from './run-job';
import { unitTests } from './unit-tests';
import { whoami } from './whoami';

/** Every capability, in the order the CLI lists them. */
export const capabilities: readonly Capability[] = [whoami, unitTests, runJob];

export function findCapability(name: string): Capability | undefined {
  return capabilities.find((c) => c.manifest.name === name);
}
