/** Waiting for a serving endpoint's config update, with timestamped progress lines. */
import {
  waitFor,
  type DatabricksClient,
  type EndpointCoreConfigInput,
  type ServingEndpointDetailed,
} from '../../databricks';
import type { Logger } from '../../logger';

function clock(now: number): string {
  return new Date(now).toISOString().slice(11, 19);
}

type Rec = Record<string, unknown>;

function entitiesOf(config: unknown): Rec[] {
  const c = config as Rec | undefined;
  return ((c?.served_entities ?? c?.served_models) as Rec[] | undefined) ?? [];
}

/** `ready/config_update (entity: deployment, …)`: what changes between polls. */
export function stateLine(ep: ServingEndpointDetailed): string {
  const pending = entitiesOf(ep.pending_config)
    .map((e) => `${String(e.name)}: ${String((e.state as Rec | undefined)?.deployment ?? '?')}`)
    .join(', ');
  return `${ep.state?.ready ?? 'UNKNOWN'}, config update ${ep.state?.config_update ?? 'UNKNOWN'}${pending ? ` (${pending})` : ''}`;
}

export function isSettled(ep: ServingEndpointDetailed): boolean {
  const update = ep.state?.config_update;
  if (update === 'IN_PROGRESS') return false;
  // A landed update is done only once the endpoint serves it.
  return !(update === 'NOT_UPDATING' && ep.state?.ready !== 'READY');
}

export function failed(ep: ServingEndpointDetailed): boolean {
  const update = ep.state?.config_update;
  return update === 'UPDATE_FAILED' || update === 'UPDATE_CANCELED';
}

/** What the server says went wrong: the endpoint's message, or the failed entities' states. */
export function failureMessage(ep: ServingEndpointDetailed): string {
  const own = ep.failure_message;
  if (typeof own === 'string' && own.trim()) return own.trim();
  const entities = [...entitiesOf(ep.pending_config), ...entitiesOf(ep.config)]
    .map((e) => ({ name: String(e.name), state: (e.state as Rec | undefined) ?? {} }))
    .filter((e) => e.state.deployment === 'DEPLOYMENT_FAILED' && e.state.deployment_state_message);
  if (entities.length)
    return entities.map((e) => `${e.name}: ${String(e.state.deployment_state_message)}`).join('; ');
  return `the config update ended ${ep.state?.config_update ?? 'in an unknown state'} without a message`;
}

export interface WaitUpdateOptions {
  logger: Logger;
  deadline: number;
  signal?: AbortSignal;
  now?: () => number;
}

export async function waitForUpdate(
  client: DatabricksClient,
  name: string,
  opts: WaitUpdateOptions,
): Promise<ServingEndpointDetailed> {
  const now = opts.now ?? Date.now;
  return waitFor<ServingEndpointDetailed>({
    poll: (signal) => client.serving.get(name, signal),
    isDone: isSettled,
    stateOf: stateLine,
    onChange: (ep) => opts.logger.info(`[${clock(now())}] Endpoint ${name}: ${stateLine(ep)}.`),
    deadline: opts.deadline,
    signal: opts.signal,
    maxIntervalMs: 10_000,
    description: `serving endpoint ${name}'s config update`,
  });
}

/** Puts `config` on the endpoint and waits for it; the endpoint as it ends. */
export async function applyConfig(
  client: DatabricksClient,
  name: string,
  config: EndpointCoreConfigInput,
  opts: WaitUpdateOptions,
): Promise<ServingEndpointDetailed> {
  await client.serving.updateConfig(name, config, opts.signal);
  return waitForUpdate(client, name, opts);
}
