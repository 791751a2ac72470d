/**
 * The Databricks connection settings, declared once. The manifest inputs every capability shares
 * (`connectionInputs`), the client's resolution order (`resolveConfig`: input, environment,
 * `~/.databrickscfg` profile) and the messages that name a setting are all derived from this table,
 * so the documented fallbacks are the ones the code reads.
 */
import type { GroupSpec, InputSpec } from './manifest';

export const AUTH_TYPES = [
  'pat',
  'oauth-m2m',
  'github-oidc',
  'azure-devops-oidc',
  'github-oidc-azure',
  'azure-devops-oidc-azure',
  'azure-client-secret',
] as const;

/** Also the documented auto-detection order: the first whose settings are present wins. */
export type AuthType = (typeof AUTH_TYPES)[number];

/** The audience Entra ID expects in a federated client assertion. */
export const ENTRA_ASSERTION_AUDIENCE = 'api://AzureADTokenExchange';

/** The Entra ID authority when neither a setting nor ARM_ENVIRONMENT names a cloud. */
export const PUBLIC_AZURE_AUTHORITY = 'https://login.microsoftonline.com';

/** ARM_ENVIRONMENT values (lower case) → Entra ID authority, as the Azure SDKs name the clouds. */
export const AZURE_AUTHORITIES: Readonly<Record<string, string>> = {
  public: PUBLIC_AZURE_AUTHORITY,
  azurepubliccloud: PUBLIC_AZURE_AUTHORITY,
  usgovernment: 'https://login.microsoftonline.us',
  azureusgovernmentcloud: 'https://login.microsoftonline.us',
  china: 'https://login.chinacloudapi.cn',
  azurechinacloud: 'https://login.chinacloudapi.cn',
};

/**
 * The audience requested for a GitHub OIDC token when `oidc-audience` is not set: Databricks
 * federation policies list the workspace token endpoint (the Go SDK's default), Entra ID
 * federated credentials list its fixed exchange audience.
 */
export function defaultOidcAudience(target: 'databricks' | 'entra', host: string): string {
  return target === 'databricks' ? `${host}/oidc/v1/token` : ENTRA_ASSERTION_AUDIENCE;
}

/** The client's name for each connection setting (a key of `ConnectionInputs`). */
export type SettingKey =
  | 'host'
  | 'token'
  | 'authType'
  | 'clientId'
  | 'clientSecret'
  | 'azureTenantId'
  | 'azureClientId'
  | 'azureClientSecret'
  | 'azureResourceId'
  | 'azureAuthorityHost'
  | 'azureDevOpsServiceConnectionId'
  | 'oidcAudience'
  | 'profile';

export interface ConnectionSetting {
  key: SettingKey;
  /** Canonical (GitHub kebab-case, CLI `--flag`) input name. */
  input: string;
  /** Azure DevOps input name. */
  ado: string;
  /** Environment variables read when the input is not set, first one set wins. */
  env: readonly string[];
  /** Key in a `~/.databrickscfg` profile, read after the environment. */
  cfg?: string;
  /** Masked as soon as it is read; never echoed. */
  secret?: boolean;
  /** What the setting is. The fallbacks are appended from `env`, `cfg` and `otherwise`. */
  description: string;
  /** What the code uses when the input, the environment and the profile are all silent. */
  otherwise?: string;
  /** Host-specific text, shown only where it applies. */
  notes?: InputSpec['notes'];
  /** The auth types that read it: the ADO task editor shows it only once one is chosen. */
  authTypes?: readonly AuthType[];
}

const AZURE_TYPES = [
  'github-oidc-azure',
  'azure-devops-oidc-azure',
  'azure-client-secret',
] as const;

const code = (s: string) => `\`${s}\``;

const SETTINGS = [
  {
    key: 'host',
    input: 'databricks-host',
    ado: 'databricksHost',
    env: ['DATABRICKS_HOST'],
    cfg: 'host',
    description:
      'Workspace URL, e.g. `https://adb-123.azuredatabricks.net`; `https://` is added when missing and plain `http://` is accepted only for loopback.',
    notes: {
      cli: '`local` runs the command against a local workspace started for it on a free loopback port.',
    },
  },
  {
    key: 'token',
    authTypes: ['pat'],
    input: 'databricks-token',
    ado: 'databricksToken',
    env: ['DATABRICKS_TOKEN'],
    cfg: 'token',
    secret: true,
    description: 'Personal access token (auth type `pat`).',
  },
  {
    key: 'authType',
    input: 'auth-type',
    ado: 'authType',
    env: ['DATABRICKS_AUTH_TYPE'],
    cfg: 'auth_type',
    description: `How to authenticate: ${AUTH_TYPES.slice(0, -1).map(code).join(', ')} or ${code(AUTH_TYPES[AUTH_TYPES.length - 1])}.`,
    otherwise: 'the first of these whose settings are present, in that order',
  },
  {
    key: 'clientId',
    authTypes: ['oauth-m2m', 'github-oidc', 'azure-devops-oidc'],
    input: 'client-id',
    ado: 'clientId',
    env: ['DATABRICKS_CLIENT_ID'],
    cfg: 'client_id',
    description:
      'Databricks service principal application id (`oauth-m2m`, `github-oidc`, `azure-devops-oidc`).',
  },
  {
    key: 'clientSecret',
    authTypes: ['oauth-m2m'],
    input: 'client-secret',
    ado: 'clientSecret',
    env: ['DATABRICKS_CLIENT_SECRET'],
    cfg: 'client_secret',
    secret: true,
    description: 'OAuth secret of the service principal (`oauth-m2m`).',
  },
  {
    key: 'azureTenantId',
    authTypes: AZURE_TYPES,
    input: 'azure-tenant-id',
    ado: 'azureTenantId',
    env: ['ARM_TENANT_ID', 'DATABRICKS_AZURE_TENANT_ID', 'AZURESUBSCRIPTION_TENANT_ID'],
    cfg: 'azure_tenant_id',
    description: 'Entra ID tenant (Azure auth types).',
  },
  {
    key: 'azureClientId',
    authTypes: AZURE_TYPES,
    input: 'azure-client-id',
    ado: 'azureClientId',
    env: ['ARM_CLIENT_ID', 'AZURESUBSCRIPTION_CLIENT_ID'],
    cfg: 'azure_client_id',
    description: 'Entra ID application id (Azure auth types).',
  },
  {
    key: 'azureClientSecret',
    authTypes: ['azure-client-secret'],
    input: 'azure-client-secret',
    ado: 'azureClientSecret',
    env: ['ARM_CLIENT_SECRET'],
    cfg: 'azure_client_secret',
    secret: true,
    description: 'Entra ID client secret (`azure-client-secret`).',
  },
  {
    key: 'azureResourceId',
    authTypes: AZURE_TYPES,
    input: 'azure-resource-id',
    ado: 'azureResourceId',
    env: ['DATABRICKS_AZURE_RESOURCE_ID'],
    cfg: 'azure_workspace_resource_id',
    description:
      'ARM resource id of the Azure Databricks workspace, sent with Entra ID tokens so that a service principal is added on first use.',
  },
  {
    key: 'azureAuthorityHost',
    authTypes: AZURE_TYPES,
    input: 'azure-authority-host',
    ado: 'azureAuthorityHost',
    env: ['AZURE_AUTHORITY_HOST'],
    description:
      'Entra ID authority for sovereign clouds, e.g. `https://login.microsoftonline.us`.',
    otherwise: `the cloud named by ${code('ARM_ENVIRONMENT')} (${code('public')}, ${code('usgovernment')} or ${code('china')}), else ${code(PUBLIC_AZURE_AUTHORITY)}`,
  },
  {
    key: 'azureDevOpsServiceConnectionId',
    authTypes: ['azure-devops-oidc-azure'],
    input: 'azure-devops-service-connection-id',
    ado: 'azureDevOpsServiceConnectionId',
    env: ['AZURESUBSCRIPTION_SERVICE_CONNECTION_ID'],
    description:
      'Azure DevOps: id of the Azure Resource Manager service connection (workload identity federation) for `azure-devops-oidc-azure`.',
  },
  {
    key: 'oidcAudience',
    authTypes: ['github-oidc', 'github-oidc-azure'],
    input: 'oidc-audience',
    ado: 'oidcAudience',
    env: ['DATABRICKS_TOKEN_AUDIENCE'],
    cfg: 'token_audience',
    description:
      'Audience of the GitHub OIDC token (`github-oidc`, `github-oidc-azure`); the federation policy or federated credential must list the same value. Azure DevOps OIDC tokens have a fixed audience and ignore it.',
    otherwise: `${code(defaultOidcAudience('databricks', '<host>'))} for ${code('github-oidc')} and ${code(defaultOidcAudience('entra', '<host>'))} for ${code('github-oidc-azure')}`,
  },
  {
    key: 'profile',
    input: 'config-profile',
    ado: 'configProfile',
    env: ['DATABRICKS_CONFIG_PROFILE'],
    description:
      'Profile in `~/.databrickscfg` (or the file `DATABRICKS_CONFIG_FILE` names) that fills in the settings left unset.',
    otherwise: `${code('DEFAULT')}, and only when no host is set`,
  },
] as const satisfies readonly ConnectionSetting[];

export const CONNECTION_SETTINGS: readonly ConnectionSetting[] = SETTINGS;

/** The canonical names of the connection inputs, as literals (for typed manifests). */
export type ConnectionInputName =
  (typeof SETTINGS)[number]['input'] | 'databricks-connection' | 'azure-subscription';

/** The table row for a setting. */
export function connectionSetting(key: SettingKey): ConnectionSetting {
  const s = CONNECTION_SETTINGS.find((x) => x.key === key);
  if (!s) throw new Error(`Bug: no connection setting '${key}'`);
  return s;
}

/** The row for a manifest input name, or undefined when it is not a connection setting. */
export function connectionSettingForInput(input: string): ConnectionSetting | undefined {
  return CONNECTION_SETTINGS.find((x) => x.input === input);
}

/** "Defaults to `A`, then `B`, then `cfg` in the config profile, else X." */
function fallbackSentence(s: ConnectionSetting): string {
  const steps = s.env.map(code);
  if (s.cfg) steps.push(`${code(s.cfg)} in the config profile`);
  const chain = steps.join(', then ');
  return s.otherwise ? `Defaults to ${chain}, else ${s.otherwise}.` : `Defaults to ${chain}.`;
}

/** The overrides of the service connection: rarely needed, so folded away in the ADO editor. */
const ADVANCED_GROUP = 'advancedConnection';

function toInput(s: ConnectionSetting): InputSpec {
  const spec: InputSpec = {
    ado: s.ado,
    description: `${s.description} ${fallbackSentence(s)}`,
    type: 'string',
    group: ADVANCED_GROUP,
  };
  if (s.key === 'authType') spec.options = AUTH_TYPES;
  if (s.authTypes) spec.visibleWhen = { input: 'auth-type', values: s.authTypes };
  // No `env` here: the environment is read by resolveConfig alone, which knows where a value came from.
  if (s.secret) spec.secret = true;
  if (s.notes) spec.notes = s.notes;
  return spec;
}

/** Inputs for reaching a Databricks workspace, shared by every capability that needs one. */
export const connectionInputs: Record<ConnectionInputName, InputSpec> = {
  'databricks-connection': {
    ado: 'databricksConnection',
    adoType: 'connectedService:databricks',
    adoOnly: true,
    description:
      'The Databricks service connection (workspace URL and credentials). The settings under Advanced connection override it.',
    type: 'string',
    group: 'connection',
  },
  'azure-subscription': {
    ado: 'azureSubscription',
    adoType: 'connectedService:AzureRM',
    adoOnly: true,
    description:
      "An Azure Resource Manager service connection whose app's service principal is added to the workspace: with workload identity federation the pipeline's OIDC token is exchanged with Entra ID for a Databricks token; with a service principal secret, that secret is used. It replaces the Databricks connection's credentials; the workspace URL comes from the Databricks connection or `databricksHost`.",
    type: 'string',
    group: 'connection',
  },
  ...(Object.fromEntries(CONNECTION_SETTINGS.map((s) => [s.input, toInput(s)])) as Record<
    Exclude<ConnectionInputName, 'databricks-connection' | 'azure-subscription'>,
    InputSpec
  >),
};

export const connectionGroup: Record<string, GroupSpec> = {
  connection: { title: 'Databricks connection', collapsed: false },
  [ADVANCED_GROUP]: { title: 'Advanced connection', collapsed: true },
};
