/**
 * A capability's inputs and outputs, declared once. action.yml, task.json, the CLI's help and the
 * README's tables are generated from it; the input reader validates against it.
 */

export type InputType =
  /** free text */
  | 'string'
  /** strict true/false */
  | 'boolean'
  /** a decimal number; `min`/`max`/`integer` constrain it */
  | 'number'
  /** one item per line (commas also separate items) */
  | 'list'
  /** a JSON value */
  | 'json'
  /** a YAML (or JSON) value */
  | 'yaml'
  /** one of `options` */
  | 'choice';

export interface InputSpec {
  /** The camelCase name used in Azure DevOps. */
  ado: string;
  description: string;
  type: InputType;
  required?: boolean;
  /** The default as the user would write it. */
  default?: string;
  /** Masked as soon as it is read; never echoed. */
  secret?: boolean;
  /** Key into the manifest's `groups`; shown as a section in the ADO task and the README. */
  group?: string;
  /** Allowed values for `choice`. */
  options?: readonly string[];
  min?: number;
  max?: number;
  integer?: boolean;
  /** Environment variables the CLI falls back to, in order. */
  env?: readonly string[];
  /** Not shown in the ADO task (e.g. GitHub-only settings). */
  githubOnly?: boolean;
  /** Not shown in the GitHub action (e.g. the ADO service connection). */
  adoOnly?: boolean;
  /** ADO input type override, e.g. `connectedService:databricks`. */
  adoType?: string;
  /**
   * What holds on one host only (a post step, a permission, a matrix): appended to the
   * host-neutral `description` where that host shows it. The README shows them all.
   */
  notes?: HostNotes;
}

export interface HostNotes {
  github?: string;
  ado?: string;
  cli?: string;
}

export interface OutputSpec {
  /** The camelCase output variable name used in Azure DevOps. */
  ado: string;
  description: string;
  /** The value is JSON text: `--json` prints it as JSON, not as a string holding JSON. */
  json?: boolean;
}

export interface GroupSpec {
  title: string;
  collapsed?: boolean;
}

export interface CapabilityManifest {
  /** kebab-case, e.g. `run-job`: the action folder, CLI command and `command:` value. */
  name: string;
  /** Short sentence for action.yml and the CLI help. */
  description: string;
  task: {
    /** PascalCase ADO task name, e.g. `RunDatabricksJob`. */
    name: string;
    /** Fixed forever: a task's identity in ADO is its GUID. */
    id: string;
    friendlyName: string;
    category: 'Build' | 'Deploy' | 'Test' | 'Utility';
    /** `$(input)` placeholders allowed. */
    instanceNameFormat: string;
  };
  /** Whether the capability has a post step (GitHub `post`, ADO post-job execution). */
  post?: boolean;
  groups?: Record<string, GroupSpec>;
  inputs: Record<string, InputSpec>;
  outputs: Record<string, OutputSpec>;
}

export function defineManifest<M extends CapabilityManifest>(manifest: M): M {
  return manifest;
}

/** Inputs for reaching a Databricks workspace, shared by every capability that needs one. */
export const connectionInputs: Record<string, InputSpec> = {
  'databricks-connection': {
    ado: 'databricksConnection',
    adoType: 'connectedService:databricks',
    adoOnly: true,
    description:
      'The Databricks service connection (workspace URL and credentials). The settings below override it.',
    type: 'string',
    group: 'connection',
  },
  'databricks-host': {
    ado: 'databricksHost',
    description:
      'Workspace URL, e.g. `https://adb-123.azuredatabricks.net`. Defaults to `DATABRICKS_HOST`. In the CLI, `local` runs the command against a local workspace started for it.',
    type: 'string',
    group: 'connection',
    env: ['DATABRICKS_HOST'],
  },
  'databricks-token': {
    ado: 'databricksToken',
    description: 'Personal access token (auth type `pat`). Defaults to `DATABRICKS_TOKEN`.',
    type: 'string',
    secret: true,
    group: 'connection',
    env: ['DATABRICKS_TOKEN'],
  },
  'auth-type': {
    ado: 'authType',
    description:
      'How to authenticate: `pat`, `oauth-m2m`, `github-oidc`, `azure-devops-oidc`, `github-oidc-azure`, `azure-devops-oidc-azure` or `azure-client-secret`. Default: the first whose settings are present, in that order.',
    type: 'string',
    group: 'connection',
    env: ['DATABRICKS_AUTH_TYPE'],
  },
  'client-id': {
    ado: 'clientId',
    description:
      'Service principal application id (OAuth M2M and OIDC federation). Defaults to `DATABRICKS_CLIENT_ID`.',
    type: 'string',
    group: 'connection',
    env: ['DATABRICKS_CLIENT_ID'],
  },
  'client-secret': {
    ado: 'clientSecret',
    description: 'OAuth secret of the service principal. Defaults to `DATABRICKS_CLIENT_SECRET`.',
    type: 'string',
    secret: true,
    group: 'connection',
    env: ['DATABRICKS_CLIENT_SECRET'],
  },
  'azure-tenant-id': {
    ado: 'azureTenantId',
    description: 'Entra ID tenant (Azure auth types). Defaults to `ARM_TENANT_ID`.',
    type: 'string',
    group: 'connection',
    env: ['ARM_TENANT_ID'],
  },
  'azure-client-id': {
    ado: 'azureClientId',
    description: 'Entra ID application id (Azure auth types). Defaults to `ARM_CLIENT_ID`.',
    type: 'string',
    group: 'connection',
    env: ['ARM_CLIENT_ID'],
  },
  'azure-client-secret': {
    ado: 'azureClientSecret',
    description: 'Entra ID client secret (`azure-client-secret`). Defaults to `ARM_CLIENT_SECRET`.',
    type: 'string',
    secret: true,
    group: 'connection',
    env: ['ARM_CLIENT_SECRET'],
  },
  'azure-resource-id': {
    ado: 'azureResourceId',
    description:
      'ARM resource id of the Azure Databricks workspace (sent with Entra ID tokens). Defaults to `DATABRICKS_AZURE_RESOURCE_ID`.',
    type: 'string',
    group: 'connection',
    env: ['DATABRICKS_AZURE_RESOURCE_ID'],
  },
  'azure-authority-host': {
    ado: 'azureAuthorityHost',
    description:
      'Entra ID authority for sovereign clouds, e.g. `https://login.microsoftonline.us`. Defaults to `AZURE_AUTHORITY_HOST`, else the public cloud.',
    type: 'string',
    group: 'connection',
    env: ['AZURE_AUTHORITY_HOST'],
  },
  'azure-devops-service-connection-id': {
    ado: 'azureDevOpsServiceConnectionId',
    description:
      'Azure DevOps: id of the Azure Resource Manager service connection (workload identity federation) for `azure-devops-oidc-azure`. Defaults to `AZURESUBSCRIPTION_SERVICE_CONNECTION_ID`.',
    type: 'string',
    group: 'connection',
    env: ['AZURESUBSCRIPTION_SERVICE_CONNECTION_ID'],
  },
  'oidc-audience': {
    ado: 'oidcAudience',
    description:
      'Audience of the CI OIDC token for federation. Default: the Databricks account, or `api://AzureADTokenExchange` for Entra ID.',
    type: 'string',
    group: 'connection',
  },
  'config-profile': {
    ado: 'configProfile',
    description: 'Profile in `~/.databrickscfg`. Defaults to `DATABRICKS_CONFIG_PROFILE`.',
    type: 'string',
    group: 'connection',
    env: ['DATABRICKS_CONFIG_PROFILE'],
  },
};

export const connectionGroup: Record<string, GroupSpec> = {
  connection: { title: 'Databricks connection', collapsed: false },
};
