export {
  createClient,
  type ClientOptions,
  type CurrentUser,
  type DatabricksClient,
} from './client';
export {
  AUTH_TYPES,
  describeSetting,
  isLoopback,
  normalizeHost,
  parseIni,
  resolveConfig,
  type AuthType,
  type ConnectionInputs,
  type DatabricksConfig,
  type ResolveOptions,
} from './config';
export { createCredentialsProvider, selectAuthType } from './auth/select';
export type { CredentialsProvider, ProviderContext } from './auth/types';
export { AZURE_DATABRICKS_RESOURCE } from './auth/entra';
export { DatabricksError, parseErrorBody, type ResourceRef } from './errors';
export {
  idsToStrings,
  idsToWire,
  parseJson,
  stringifyJson,
  toId,
  wireId,
  type Id,
  type IdLike,
} from './ids';
export {
  defaultRetryPolicy,
  parseRetryAfter,
  backoffMs,
  realTiming,
  type RetryPolicy,
  type Timing,
} from './retry';
export {
  sendWithRetries,
  Transport,
  type ApiRequest,
  type HttpDeps,
  type HttpMethod,
} from './transport';
export { waitFor, WaitTimeoutError, type WaitOptions } from './waiter';
export * from './jobs';
export * from './workspace';
export * from './mlflow';
export * from './registry';
export * from './unity-catalog';
export * from './permissions';
export * from './serving';
export * from './sql';
