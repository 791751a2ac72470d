/** A module's state: persisted through the core, and visible to the other modules of its workspace. */
import type { ModuleContext } from './types';

/**
 * A module's state, saved and restored under `name` through `ctx.persist`: every key missing
 * from what was saved keeps its initial value.
 */
export function persistedState<S extends object>(ctx: ModuleContext, name: string, initial: S): S {
  const state = { ...initial };
  ctx.persist(
    name,
    () => state,
    (saved) => Object.assign(state, initial, (saved ?? {}) as Partial<S>),
  );
  return state;
}

/**
 * Lets modules of one workspace find each other's state (serving checks that a UC model version
 * exists). Keyed by the router, which is one object per workspace; several workspaces may live in
 * one process (tests).
 */
const registries = new WeakMap<object, Map<string, unknown>>();

export function share(ctx: ModuleContext, name: string, value: unknown): void {
  let m = registries.get(ctx.router);
  if (!m) registries.set(ctx.router, (m = new Map()));
  m.set(name, value);
}

export function shared<T>(ctx: ModuleContext, name: string): T | undefined {
  return registries.get(ctx.router)?.get(name) as T | undefined;
}
