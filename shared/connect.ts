import * as fs from 'fs';
import * as os from 'os';
import type { CapabilityContext } from './capability';
import {
  createClient,
  resolveConfig,
  type ConnectionInputs,
  type DatabricksClient,
} from './databricks';

/** Manifest input name → the client's connection setting. */
const SETTINGS: Array<[string, keyof ConnectionInputs]> = [
  ['databricks-host', 'host'],
  ['databricks-token', 'token'],
  ['auth-type', 'authType'],
  ['client-id', 'clientId'],
  ['client-secret', 'clientSecret'],
  ['azure-tenant-id', 'azureTenantId'],
  ['azure-client-id', 'azureClientId'],
  ['azure-client-secret', 'azureClientSecret'],
  ['azure-resource-id', 'azureResourceId'],
  ['azure-authority-host', 'azureAuthorityHost'],
  ['azure-devops-service-connection-id', 'azureDevOpsServiceConnectionId'],
  ['oidc-audience', 'oidcAudience'],
  ['config-profile', 'profile'],
];

/** The connection settings as given: explicit inputs first, then the host's (ADO service connection). */
export function connectionInputs(ctx: CapabilityContext): ConnectionInputs {
  const out: ConnectionInputs = {};
  for (const [input, key] of SETTINGS) {
    // `env` fallbacks are the client's job (it knows the unified-auth order), not the input reader's.
    const value = ctx.inputs.string(input) ?? ctx.connectionDefaults[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
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
  const config = resolveConfig(
    connectionInputs(ctx),
    { ...ctx.env },
    {
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
