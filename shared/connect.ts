import * as fs from 'fs';
import * as os from 'os';
import type { CapabilityContext } from './capability';
import { CONNECTION_SETTINGS, type SettingKey } from './connection-settings';
import {
  createClient,
  resolveConfig,
  type ConnectionInputs,
  type DatabricksClient,
} from './databricks';
import { inputRef } from './errors';

/** The connection settings as given: explicit inputs first, then the host's (ADO service connection). */
export function givenConnectionSettings(ctx: CapabilityContext): {
  inputs: ConnectionInputs;
  sources: Partial<Record<SettingKey, string>>;
} {
  const inputs: ConnectionInputs = {};
  const sources: Partial<Record<SettingKey, string>> = {};
  for (const { input, key } of CONNECTION_SETTINGS) {
    // Environment fallbacks are resolveConfig's job: it knows the unified-auth order and names the variable.
    const value = ctx.inputs.string(input);
    if (value !== undefined) {
      inputs[key] = value;
      continue;
    }
    const fromHost = ctx.connectionDefaults[key];
    if (fromHost !== undefined) {
      inputs[key] = fromHost;
      sources[key] = `the service connection ${inputRef('databricks-connection')}`;
    }
  }
  return { inputs, sources };
}

export interface ConnectOptions {
  /**
   * What cancels the client's calls. Default: the step's own signal (SIGINT/SIGTERM). `null` for a
   * client that must keep working after cancellation, e.g. to cancel the Databricks run.
   */
  signal?: AbortSignal | null;
}

/** A Databricks client for the capability's connection inputs, cancelled with the step by default. */
export function connect(
  ctx: CapabilityContext,
  options: ConnectOptions = {},
): { client: DatabricksClient; host: string } {
  const given = givenConnectionSettings(ctx);
  // The job's own token (ADO's SystemVssConnection) requests the pipeline's OIDC token, so that
  // a federated connection needs no `SYSTEM_ACCESSTOKEN` mapping.
  const systemAccessToken = ctx.env.SYSTEM_ACCESSTOKEN ?? ctx.connectionDefaults.systemAccessToken;
  const config = resolveConfig(
    given.inputs,
    { ...ctx.env, SYSTEM_ACCESSTOKEN: systemAccessToken },
    {
      inputSources: given.sources,
      homeDir: ctx.env.HOME ?? os.homedir(),
      readFile: (p) => {
        try {
          return fs.readFileSync(p, 'utf8');
        } catch {
          return undefined;
        }
      },
    },
  );
  const client = createClient(config, {
    logger: ctx.logger,
    maskSecret: ctx.maskSecret,
    userAgent: { version: ctx.version, host: ctx.hostKind },
    signal: options.signal === null ? undefined : (options.signal ?? ctx.signal),
  });
  return { client, host: client.host };
}
