import type { ModuleContext } from './types';

/** Registers the sql routes. (To be written.) */
export function register(_ctx: ModuleContext): void {}
