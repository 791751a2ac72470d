import { UserError } from '../../errors';
import { DatabricksError } from '../errors';
import { parseJson } from '../ids';
import { sendWithRetries, type HttpDeps } from '../transport';
import type { ExpiringToken } from './types';

/**
 * POSTs a form to an OAuth token endpoint (Databricks `/oidc/v1/token` or Entra ID) and reads the
 * token. Safe to repeat: each call only mints a token. Errors name the endpoint and the fix; the
 * request body (which holds secrets) is never logged.
 */
export async function requestToken(
  http: HttpDeps,
  url: string,
  form: Record<string, string>,
  opts: {
    headers?: Record<string, string>;
    what: string;
    fix: string;
    signal?: AbortSignal;
    mask: (v: string) => void;
  },
): Promise<ExpiringToken> {
  const body = new URLSearchParams(form).toString();
  let text: string;
  try {
    const res = await sendWithRetries(http, {
      method: 'POST',
      url,
      headers: async () => ({
        'Content-Type': 'application/x-www-form-urlencoded',
        ...(opts.headers ?? {}),
      }),
      body,
      safeToRepeat: true,
      signal: opts.signal,
    });
    text = res.text;
  } catch (err) {
    if (err instanceof DatabricksError) {
      throw new UserError(http.redact(`Could not get ${opts.what}: ${err.message}. ${opts.fix}`), {
        cause: err,
      });
    }
    throw err;
  }
  return readTokenResponse(http, text, url, opts);
}

export function readTokenResponse(
  http: HttpDeps,
  text: string,
  url: string,
  opts: { what: string; fix: string; mask: (v: string) => void },
): ExpiringToken {
  let body: Record<string, unknown>;
  try {
    body = parseJson(text) as Record<string, unknown>;
  } catch {
    throw new UserError(
      `Could not get ${opts.what}: ${new URL(url).pathname} did not answer with JSON. ${opts.fix}`,
    );
  }
  const token = body.access_token;
  if (typeof token !== 'string' || token === '') {
    throw new UserError(
      `Could not get ${opts.what}: the answer from ${new URL(url).pathname} has no access_token. ${opts.fix}`,
    );
  }
  opts.mask(token);
  return { accessToken: token, expiresAt: expiry(body, http.timing.now()) };
}

/** `expires_in` (seconds from now, Databricks and Entra v2) or `expires_on` (epoch seconds, Entra v1). */
function expiry(body: Record<string, unknown>, now: number): number | undefined {
  const expiresIn = Number(body.expires_in);
  if (Number.isFinite(expiresIn) && expiresIn > 0) return now + expiresIn * 1000;
  const expiresOn = Number(body.expires_on);
  if (Number.isFinite(expiresOn) && expiresOn > 0) return expiresOn * 1000;
  // No lifetime given: assume the common hour rather than trusting it forever.
  return now + 3600_000;
}
