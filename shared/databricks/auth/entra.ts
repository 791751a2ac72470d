import { defaultOidcAudience } from '../../connection-settings';
import { describeSetting } from '../config';
import { bearer } from './databricks-oauth';
import { azureDevOpsIdToken, gitHubIdToken } from './id-tokens';
import { TokenCache } from './token-cache';
import { requestToken } from './token-endpoint';
import type { CredentialsProvider, ProviderContext } from './types';

/** The Azure Databricks first-party application: the same id in every Azure cloud. */
export const AZURE_DATABRICKS_RESOURCE = '2ff814a6-3304-4ab8-85cb-cd0e6f879c1d';

type EntraKind = 'azure-client-secret' | 'github-oidc-azure' | 'azure-devops-oidc-azure';

/**
 * An Entra ID token for Azure Databricks, client-credentials grant on the v2 endpoint, with either
 * the client secret or a federated client assertion (the CI system's OIDC token).
 */
export function entraProvider(ctx: ProviderContext, kind: EntraKind): CredentialsProvider {
  const { config, http } = ctx;
  const tenant = config.azureTenantId!;
  const clientId = config.azureClientId!;
  const url = `${config.azureAuthorityHost}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`;
  if (config.azureClientSecret) ctx.maskSecret(config.azureClientSecret);
  if (config.github.requestToken) ctx.maskSecret(config.github.requestToken);
  if (config.azureDevOps.accessToken) ctx.maskSecret(config.azureDevOps.accessToken);

  const audience = config.oidcAudience ?? defaultOidcAudience('entra', config.host);
  const subject =
    kind === 'azure-client-secret'
      ? `${describeSetting('azureClientSecret')} (a current client secret of that app)`
      : kind === 'github-oidc-azure'
        ? `a federated credential on that app for issuer https://token.actions.githubusercontent.com with this repository's subject and audience ${audience}`
        : `the Azure DevOps service connection ${describeSetting('azureDevOpsServiceConnectionId')} using workload identity federation with that app`;
  const fix = `Check ${describeSetting('azureTenantId')}, ${describeSetting('azureClientId')} and ${subject}, and that the app's service principal is added to the workspace.`;

  const cache = new TokenCache(async (signal) => {
    const form: Record<string, string> = {
      grant_type: 'client_credentials',
      client_id: clientId,
      scope: `${AZURE_DATABRICKS_RESOURCE}/.default`,
    };
    if (kind === 'azure-client-secret') {
      form.client_secret = config.azureClientSecret!;
    } else {
      form.client_assertion_type = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
      form.client_assertion =
        kind === 'github-oidc-azure'
          ? await gitHubIdToken(http, config.github, audience, ctx.maskSecret, signal)
          : await azureDevOpsIdToken(http, config.azureDevOps, ctx.maskSecret, signal);
    }
    return requestToken(http, url, form, {
      what: `an Entra ID token for app ${clientId} in tenant ${tenant}`,
      fix,
      signal,
      mask: ctx.maskSecret,
    });
  }, http.timing.now);

  // Lets a non-admin service principal be added to the workspace on first use.
  const extra: Record<string, string> = config.azureResourceId
    ? { 'X-Databricks-Azure-Workspace-Resource-Id': config.azureResourceId }
    : {};
  return bearer(kind, cache, `the service principal ${clientId}`, fix, extra);
}
