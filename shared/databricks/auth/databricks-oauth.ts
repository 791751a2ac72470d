import { defaultOidcAudience } from '../../connection-settings';
import { describeSetting } from '../config';
import { gitHubIdToken, azureDevOpsIdToken } from './id-tokens';
import { TokenCache } from './token-cache';
import { requestToken } from './token-endpoint';
import type { CredentialsProvider, ProviderContext } from './types';

function tokenEndpoint(host: string): string {
  return `${host}/oidc/v1/token`;
}

/** OAuth M2M: a Databricks service principal's client id and secret, client-credentials grant. */
export function oauthM2MProvider(ctx: ProviderContext): CredentialsProvider {
  const { config, http } = ctx;
  const clientId = config.clientId!;
  const secret = config.clientSecret!;
  ctx.maskSecret(secret);
  const basic = Buffer.from(`${clientId}:${secret}`).toString('base64');
  ctx.maskSecret(basic);
  const fix = `Check ${describeSetting('clientId')} (the service principal's application id) and ${describeSetting('clientSecret')} (an OAuth secret of that service principal), and that the service principal is added to this workspace.`;
  const cache = new TokenCache(
    (signal) =>
      requestToken(
        http,
        tokenEndpoint(config.host),
        { grant_type: 'client_credentials', scope: 'all-apis' },
        {
          headers: { Authorization: `Basic ${basic}` },
          what: `an OAuth token for service principal ${clientId}`,
          fix,
          signal,
          mask: ctx.maskSecret,
        },
      ),
    http.timing.now,
  );
  return bearer('oauth-m2m', cache, `the service principal ${clientId}`, `${fix}`);
}

/**
 * Databricks workload identity federation (RFC 8693 token exchange at `/oidc/v1/token`) with the
 * CI system's OIDC token; needs a federation policy on the service principal.
 */
export function federatedProvider(
  ctx: ProviderContext,
  source: 'github' | 'azure-devops',
): CredentialsProvider {
  const { config, http } = ctx;
  if (config.github.requestToken) ctx.maskSecret(config.github.requestToken);
  if (config.azureDevOps.accessToken) ctx.maskSecret(config.azureDevOps.accessToken);
  // The federation policy must list the same value; the default is documented from the same function.
  const audience = config.oidcAudience ?? defaultOidcAudience('databricks', config.host);
  const clientId = config.clientId;
  const issuer =
    source === 'github'
      ? 'https://token.actions.githubusercontent.com'
      : 'https://vstoken.dev.azure.com/<organization id>';
  const fix = `Check that ${clientId ? `service principal ${clientId}` : 'the account'} has a federation policy for issuer ${issuer} whose audiences include '${audience}' (set ${describeSetting('oidcAudience')} to match the policy) and whose subject matches this ${source === 'github' ? 'repository and environment' : 'pipeline'}.`;
  const cache = new TokenCache(async (signal) => {
    const idToken =
      source === 'github'
        ? await gitHubIdToken(http, config.github, audience, ctx.maskSecret, signal)
        : await azureDevOpsIdToken(http, config.azureDevOps, ctx.maskSecret, signal);
    const form: Record<string, string> = {
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: idToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      scope: 'all-apis',
    };
    // Omitted for account-wide federation, where the token's subject names the principal.
    if (clientId) form.client_id = clientId;
    return requestToken(http, tokenEndpoint(config.host), form, {
      what: `a Databricks token for the ${source === 'github' ? 'GitHub' : 'Azure DevOps'} OIDC token`,
      fix,
      signal,
      mask: ctx.maskSecret,
    });
  }, http.timing.now);
  return bearer(
    source === 'github' ? 'github-oidc' : 'azure-devops-oidc',
    cache,
    clientId ? `the service principal ${clientId}` : 'the federated identity',
    fix,
  );
}

export function bearer(
  authType: CredentialsProvider['authType'],
  cache: TokenCache,
  principal: string,
  authHint: string,
  extraHeaders: Record<string, string> = {},
): CredentialsProvider {
  return {
    authType,
    principal,
    authHint,
    headers: async (signal) => ({
      ...extraHeaders,
      Authorization: `Bearer ${await cache.get(signal)}`,
    }),
    invalidate: () => {
      cache.invalidate();
      return true;
    },
  };
}
