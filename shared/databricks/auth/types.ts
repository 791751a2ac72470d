import type { MaskSecret } from '../../logger';
import type { AuthType, DatabricksConfig } from '../config';
import type { HttpDeps, AuthHeaders } from '../transport';

/** A source of Authorization headers for one workspace. */
export interface CredentialsProvider extends AuthHeaders {
  readonly authType: AuthType;
}

export interface ProviderContext {
  config: DatabricksConfig;
  http: HttpDeps;
  /** Registers a value with the host's masking (and the client's own redaction) before first use. */
  maskSecret: MaskSecret;
}

/** An access token and when it stops working (ms since the epoch); `undefined` never expires. */
export interface ExpiringToken {
  accessToken: string;
  expiresAt?: number;
}
