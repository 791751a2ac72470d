import { InputError, UserError } from './errors';
import type { CapabilityContext } from './capability';

/**
 * Minimal Databricks connection for the skeleton: PAT only. Replaced by the client in
 * shared/databricks (issue 3).
 */
export interface MinimalClient {
  currentUser(): Promise<{ userName: string; id: string }>;
}

export async function connect(
  ctx: CapabilityContext,
): Promise<{ client: MinimalClient; host: string }> {
  const hostInput = ctx.inputs.string('databricks-host') ?? ctx.connectionDefaults.host;
  const token = ctx.inputs.string('databricks-token') ?? ctx.connectionDefaults.token;
  if (!hostInput) {
    throw new InputError(
      'databricks-host',
      'is not set',
      'Set it to the workspace URL, or set DATABRICKS_HOST.',
    );
  }
  if (!token)
    throw new InputError(
      'databricks-token',
      'is not set',
      'Set it to a personal access token, or set DATABRICKS_TOKEN.',
    );
  ctx.maskSecret(token);
  const host = (/^https?:\/\//.test(hostInput) ? hostInput : `https://${hostInput}`).replace(
    /\/+$/,
    '',
  );
  const client: MinimalClient = {
    async currentUser() {
      const res = await fetch(`${host}/api/2.0/preview/scim/v2/Me`, {
        headers: { authorization: `Bearer ${token}` },
        signal: ctx.signal,
      });
      if (!res.ok)
        throw new UserError(
          `Databricks answered HTTP ${res.status} to GET /api/2.0/preview/scim/v2/Me`,
        );
      const body = (await res.json()) as { userName: string; id: string };
      return { userName: body.userName, id: body.id };
    },
  };
  return { client, host };
}
