import { randomBytes, timingSafeEqual } from 'crypto';
import type { LocalResponse, LocalWorkspaceOptions } from './types';
import type { Identity } from './identity';
import { parseJson } from './json';

/**
 * `/oidc/v1/token`: the OAuth M2M client-credentials grant and the RFC 8693 token exchange that
 * GitHub / Azure DevOps OIDC federation uses. Exchanged JWTs are checked for shape and expiry only:
 * there is no federation policy to check them against.
 */

const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function oauthError(status: number, error: string, description: string): LocalResponse {
  return {
    status,
    body: { error, error_description: description },
    headers: { 'cache-control': 'no-store' },
  };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Decodes a JWT's payload without verifying it; `undefined` when the text is not JWT-shaped. */
export function decodeJwt(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (
    parts.length !== 3 ||
    parts.some((s) => !/^[A-Za-z0-9_-]*$/.test(s)) ||
    !parts[0] ||
    !parts[1]
  )
    return undefined;
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as unknown;
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as unknown;
    if (!header || typeof header !== 'object' || !payload || typeof payload !== 'object')
      return undefined;
    return payload as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export class OAuthService {
  readonly clientId: string;
  readonly clientSecret: string;
  private readonly ttl: number;
  private readonly issued = new Map<string, { identity: Identity; expiresAt: number }>();

  constructor(options: LocalWorkspaceOptions) {
    this.clientId = options.clientId ?? 'local-sp';
    this.clientSecret = options.clientSecret ?? `dose${randomBytes(16).toString('hex')}`;
    this.ttl = options.oauthTokenTtlSeconds ?? 3600;
  }

  discovery(host: string): unknown {
    return {
      issuer: `${host}/oidc`,
      authorization_endpoint: `${host}/oidc/v1/authorize`,
      token_endpoint: `${host}/oidc/v1/token`,
      jwks_uri: `${host}/oidc/jwks.json`,
      grant_types_supported: ['client_credentials', TOKEN_EXCHANGE],
      scopes_supported: ['all-apis', 'offline_access'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    };
  }

  lookup(token: string): Identity | 'expired' | undefined {
    const t = this.issued.get(token);
    if (!t) return undefined;
    if (Date.now() >= t.expiresAt) return 'expired';
    return t.identity;
  }

  token(
    text: string,
    contentType: string,
    authorization: string | undefined,
    host: string,
  ): LocalResponse {
    let params: URLSearchParams;
    if (contentType.includes('json')) {
      try {
        const obj = parseJson(text) as Record<string, unknown>;
        params = new URLSearchParams(
          Object.entries(obj ?? {}).map(([k, v]): [string, string] => [k, String(v)]),
        );
      } catch {
        return oauthError(400, 'invalid_request', 'The request body is not valid JSON.');
      }
    } else params = new URLSearchParams(text);

    const grant = params.get('grant_type');
    const scope = params.get('scope') ?? 'all-apis';
    let identity: Identity;
    if (grant === 'client_credentials') {
      let id = params.get('client_id') ?? undefined;
      let secret = params.get('client_secret') ?? undefined;
      const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
      if (basic) {
        const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
        const i = decoded.indexOf(':');
        id = decodeURIComponent(decoded.slice(0, i < 0 ? undefined : i));
        secret = i < 0 ? '' : decodeURIComponent(decoded.slice(i + 1));
      }
      if (!id || secret === undefined)
        return oauthError(
          401,
          'invalid_client',
          'Client authentication failed: send client_id and client_secret.',
        );
      if (!same(id, this.clientId) || !same(secret, this.clientSecret)) {
        return oauthError(401, 'invalid_client', 'Client authentication failed');
      }
      identity = { userName: id, servicePrincipal: true };
    } else if (grant === TOKEN_EXCHANGE) {
      const subject = params.get('subject_token');
      if (!subject) return oauthError(400, 'invalid_request', 'Missing subject_token.');
      const type = params.get('subject_token_type');
      if (type && !/^urn:ietf:params:oauth:token-type:(jwt|id_token)$/.test(type)) {
        return oauthError(400, 'invalid_request', `Unsupported subject_token_type '${type}'.`);
      }
      const claims = decodeJwt(subject);
      if (!claims) return oauthError(400, 'invalid_request', 'subject_token is not a JWT.');
      if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) {
        return oauthError(400, 'invalid_grant', 'subject_token is expired.');
      }
      const clientId = params.get('client_id');
      identity = clientId
        ? { userName: clientId, servicePrincipal: true }
        : {
            userName: typeof claims.sub === 'string' ? claims.sub : 'federated-identity',
            servicePrincipal: true,
          };
    } else {
      return oauthError(400, 'unsupported_grant_type', `Unsupported grant_type '${grant ?? ''}'.`);
    }

    const now = Math.floor(Date.now() / 1000);
    const accessToken = [
      b64url({ alg: 'RS256', typ: 'JWT', kid: 'local' }),
      b64url({
        iss: `${host}/oidc`,
        aud: host,
        sub: identity.userName,
        client_id: identity.userName,
        scope,
        iat: now,
        exp: now + this.ttl,
      }),
      randomBytes(32).toString('base64url'),
    ].join('.');
    this.issued.set(accessToken, { identity, expiresAt: Date.now() + this.ttl * 1000 });
    return {
      status: 200,
      headers: { 'cache-control': 'no-store' },
      body: { access_token: accessToken, token_type: 'Bearer', expires_in: this.ttl, scope },
    };
  }
}
