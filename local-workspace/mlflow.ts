import type { ModuleContext } from './types';

/** Registers the mlflow routes. (To be written.) */
export function register(_ctx: ModuleContext): void {}
