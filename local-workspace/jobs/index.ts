import type { ModuleContext } from '../types';
import { RunEngine, type JobsDeps } from './engine';
import { registerJobRoutes } from './routes';

/**
 * The Jobs API (2.1 and 2.2) and the engine that runs its tasks as local Python processes.
 * engine.ts holds the lifecycle, launchers/ one file per task type, render.ts the API shapes,
 * routes.ts the endpoints, settings.ts and references.ts what jobs and parameters mean.
 */
export type { JobsDeps, RunEngine } from './engine';

export function registerJobs(ctx: ModuleContext, deps: JobsDeps): RunEngine {
  const engine = new RunEngine(ctx, deps);
  ctx.persist(
    'jobs',
    () => engine.save(),
    (saved) => engine.load(saved),
  );
  registerJobRoutes(ctx, engine);
  return engine;
}
