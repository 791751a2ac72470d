export { startLocalWorkspace, type LocalWorkspace } from './server';
export { localCommand } from './cli';
export { shimDir } from './shim';
export { parseFaultSpec, FaultSpecError } from './faults';
export * from './types';
