import type { ModuleContext } from './types';

/** Registers the serving routes. (To be written.) */
export function register(_ctx: ModuleContext): void {}
