import type { Logger, MaskSecret } from '../logger';
import { createCredentialsProvider } from './auth/select';
import type { CredentialsProvider } from './auth/types';
import type { DatabricksConfig } from './config';
import { JobsApi } from './jobs';
import { MlflowApi } from './mlflow';
import { PermissionsApi } from './permissions';
import { SecretRegistry } from './redact';
import { RegistryApi } from './registry';
import { defaultRetryPolicy, realTiming, type RetryPolicy, type Timing } from './retry';
import { ServingApi } from './serving';
import { SqlApi } from './sql';
import { Transport, type ApiRequest, type HttpDeps } from './transport';
import { UnityCatalogApi } from './unity-catalog';
import { WorkspaceApi } from './workspace';

export interface ClientOptions {
  logger: Logger;
  maskSecret: MaskSecret;
  /** Goes into `User-Agent: databricks-mlops-actions/<version> (<host>)`. */
  userAgent: { version: string; host: 'github' | 'azure-devops' | 'cli' | string };
  /** Aborts every call (a cancelled CI job). */
  signal?: AbortSignal;
  /** Defaults to the global fetch (undici, keep-alive by default). */
  fetch?: typeof fetch;
  /** Clock, sleep and randomness; tests inject fakes so that retries never sleep. */
  timing?: Partial<Timing>;
  retry?: Partial<RetryPolicy>;
}

export interface CurrentUser {
  userName: string;
  id: string;
  displayName?: string;
}

export interface DatabricksClient {
  readonly host: string;
  readonly authType: CredentialsProvider['authType'];
  readonly jobs: JobsApi;
  readonly workspace: WorkspaceApi;
  readonly mlflow: MlflowApi;
  readonly registry: RegistryApi;
  readonly unityCatalog: UnityCatalogApi;
  readonly permissions: PermissionsApi;
  readonly serving: ServingApi;
  readonly sql: SqlApi;
  /** Any REST call, with the same auth, retries and errors. Integers beyond 2^53 arrive as bigint. */
  request<T = unknown>(req: ApiRequest): Promise<T>;
  /** Who the credentials belong to. */
  currentUser(signal?: AbortSignal): Promise<CurrentUser>;
}

export function createClient(config: DatabricksConfig, opts: ClientOptions): DatabricksClient {
  const secrets = new SecretRegistry(opts.maskSecret);
  const logger = secrets.logger(opts.logger);
  const http: HttpDeps = {
    fetch: opts.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timing: { ...realTiming, ...opts.timing },
    policy: { ...defaultRetryPolicy, ...opts.retry },
    logger,
    userAgent: `databricks-mlops-actions/${opts.userAgent.version} (${opts.userAgent.host})`,
    signal: opts.signal,
    redact: secrets.redact,
  };
  const auth = createCredentialsProvider({ config, http, maskSecret: secrets.mask });
  logger.debug(`Databricks: ${config.host} with auth type ${auth.authType}`);
  const transport = new Transport(config.host, auth, http);
  return {
    host: config.host,
    authType: auth.authType,
    jobs: new JobsApi(transport),
    workspace: new WorkspaceApi(transport),
    mlflow: new MlflowApi(transport),
    registry: new RegistryApi(transport),
    unityCatalog: new UnityCatalogApi(transport),
    permissions: new PermissionsApi(transport),
    serving: new ServingApi(transport),
    sql: new SqlApi(transport),
    request: (req) => transport.request(req),
    currentUser: async (signal) => {
      const me = await transport.request<{ userName?: string; id?: unknown; displayName?: string }>(
        {
          method: 'GET',
          path: '/api/2.0/preview/scim/v2/Me',
          signal,
        },
      );
      return { userName: me.userName ?? '', id: String(me.id ?? ''), displayName: me.displayName };
    },
  };
}
