import type { ExpiringToken } from './types';

/**
 * Keeps one token and fetches a new one before the old one expires, so that a wait of many hours
 * keeps working. Concurrent callers share one refresh.
 */
export class TokenCache {
  private token: ExpiringToken | undefined;
  private obtainedAt = 0;
  private inFlight: Promise<ExpiringToken> | undefined;

  constructor(
    private readonly fetchToken: (signal?: AbortSignal) => Promise<ExpiringToken>,
    private readonly now: () => number,
  ) {}

  async get(signal?: AbortSignal): Promise<string> {
    if (this.token && !this.expiringSoon(this.token)) return this.token.accessToken;
    if (!this.inFlight) {
      this.inFlight = this.fetchToken(signal)
        .then((t) => {
          this.token = t;
          this.obtainedAt = this.now();
          return t;
        })
        .finally(() => {
          this.inFlight = undefined;
        });
    }
    return (await this.inFlight).accessToken;
  }

  invalidate(): void {
    this.token = undefined;
  }

  /**
   * Refresh with five minutes to spare, or half the lifetime for short-lived tokens: Azure
   * Databricks already rejects a token with 30 s left, and a poll may be a minute away.
   */
  private expiringSoon(t: ExpiringToken): boolean {
    if (t.expiresAt === undefined) return false;
    const lifetime = Math.max(0, t.expiresAt - this.obtainedAt);
    const margin = Math.min(5 * 60_000, lifetime / 2);
    return this.now() >= t.expiresAt - margin;
  }
}
