import type { ModuleContext } from './types';
import { register as mlflow } from './mlflow';
import { register as unityCatalog } from './unity-catalog';
import { register as serving } from './serving';
import { register as sql } from './sql';
import { register as permissions } from './permissions';
import { register as ucPermissions } from './uc-permissions';
import { register as directory } from './directory';

/**
 * API modules that the core registers besides its own (auth, jobs, workspace, faults). Each adds its
 * routes to `ctx.router` and its state to `ctx.persist`.
 */
export const apiModules: Array<(ctx: ModuleContext) => void> = [
  mlflow,
  unityCatalog,
  serving,
  sql,
  permissions,
  ucPermissions,
  directory,
];
