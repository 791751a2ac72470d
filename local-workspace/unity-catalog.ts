import type { ModuleContext } from './types';

/** Registers the unity-catalog routes. (To be written.) */
export function register(_ctx: ModuleContext): void {}
