import { UserError, inputRef } from '../../errors';
import { AUTH_TYPES, describeSetting, type AuthType, type DatabricksConfig } from '../config';
import { federatedProvider, oauthM2MProvider } from './databricks-oauth';
import { entraProvider } from './entra';
import { patProvider } from './pat';
import type { CredentialsProvider, ProviderContext } from './types';

/** What each authentication type needs, in the documented detection order. */
const REQUIREMENTS: Record<AuthType, (c: DatabricksConfig) => string[]> = {
  pat: (c) => missing(c, ['token']),
  'oauth-m2m': (c) => missing(c, ['clientId', 'clientSecret']),
  'github-oidc': (c) => [...missing(c, ['clientId']), ...githubMissing(c)],
  'azure-devops-oidc': (c) => [...missing(c, ['clientId']), ...adoMissing(c)],
  'github-oidc-azure': (c) => [
    ...missing(c, ['azureTenantId', 'azureClientId']),
    ...githubMissing(c),
  ],
  'azure-devops-oidc-azure': (c) => [
    ...missing(c, ['azureTenantId', 'azureClientId', 'azureDevOpsServiceConnectionId']),
    ...adoMissing(c),
  ],
  'azure-client-secret': (c) => missing(c, ['azureTenantId', 'azureClientId', 'azureClientSecret']),
};

type Key =
  | 'token'
  | 'clientId'
  | 'clientSecret'
  | 'azureTenantId'
  | 'azureClientId'
  | 'azureClientSecret'
  | 'azureDevOpsServiceConnectionId';

function missing(c: DatabricksConfig, keys: Key[]): string[] {
  const value = (k: Key) =>
    k === 'azureDevOpsServiceConnectionId' ? c.azureDevOps.serviceConnectionId : c[k];
  return keys.filter((k) => !value(k)).map((k) => describeSetting(k));
}

function githubMissing(c: DatabricksConfig): string[] {
  return c.github.requestUrl && c.github.requestToken
    ? []
    : [
        "GitHub's OIDC variables (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN; add 'permissions: id-token: write')",
      ];
}

function adoMissing(c: DatabricksConfig): string[] {
  const out: string[] = [];
  if (!c.azureDevOps.oidcRequestUri) out.push('SYSTEM_OIDCREQUESTURI (set by Azure Pipelines)');
  if (!c.azureDevOps.accessToken)
    out.push('SYSTEM_ACCESSTOKEN (map $(System.AccessToken) into the step env)');
  return out;
}

/**
 * The provider `authType` names, or else the first in the documented order whose settings are all
 * present. A secret-based type wins over an OIDC one only by coming first: PAT, then OAuth M2M.
 */
export function selectAuthType(config: DatabricksConfig): AuthType {
  if (config.authType) {
    const lacking = REQUIREMENTS[config.authType](config);
    if (lacking.length) {
      throw new UserError(
        `Authentication type '${config.authType}' (from ${config.sources.authType ?? inputRef('auth-type')}) needs ${lacking.join(', ')}, which ${lacking.length === 1 ? 'is' : 'are'} not set. Set ${lacking.length === 1 ? 'it' : 'them'}, or choose another ${inputRef('auth-type')}.`,
      );
    }
    return config.authType;
  }
  for (const t of AUTH_TYPES) {
    if (REQUIREMENTS[t](config).length === 0) return t;
  }
  throw new UserError(
    `No Databricks credentials are configured for ${config.host}. Set one of: ${describeSetting('token')} for a personal access token; ${describeSetting('clientId')} and ${describeSetting('clientSecret')} for a service principal (OAuth M2M); ${describeSetting('clientId')} with 'permissions: id-token: write' on GitHub (github-oidc) or SYSTEM_ACCESSTOKEN on Azure DevOps (azure-devops-oidc); or ${describeSetting('azureTenantId')} and ${describeSetting('azureClientId')} with ${describeSetting('azureClientSecret')} or OIDC for an Entra ID service principal.`,
  );
}

export function createCredentialsProvider(ctx: ProviderContext): CredentialsProvider {
  const type = selectAuthType(ctx.config);
  switch (type) {
    case 'pat':
      return patProvider(ctx);
    case 'oauth-m2m':
      return oauthM2MProvider(ctx);
    case 'github-oidc':
      return federatedProvider(ctx, 'github');
    case 'azure-devops-oidc':
      return federatedProvider(ctx, 'azure-devops');
    case 'github-oidc-azure':
    case 'azure-devops-oidc-azure':
    case 'azure-client-secret':
      return entraProvider(ctx, type);
  }
}
