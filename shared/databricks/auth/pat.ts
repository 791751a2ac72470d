import { inputRef } from '../../errors';
import type { CredentialsProvider, ProviderContext } from './types';

/** A personal access token (or any bearer token given as `token`). Nothing to refresh. */
export function patProvider(ctx: ProviderContext): CredentialsProvider {
  const token = ctx.config.token!;
  ctx.maskSecret(token);
  const source = ctx.config.sources.token ?? `input ${inputRef('databricks-token')}`;
  return {
    authType: 'pat',
    principal: 'the user or service principal that owns the token',
    authHint: `The token from ${source} is invalid, expired or belongs to another workspace: create a new personal access token in ${ctx.config.host} and update the secret.`,
    headers: async () => ({ Authorization: `Bearer ${token}` }),
    invalidate: () => false,
  };
}
