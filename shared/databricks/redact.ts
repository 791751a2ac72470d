import type { Logger, MaskSecret } from '../logger';

/**
 * The client's own list of secrets, on top of the host's masking: every log line and error message
 * the client produces passes through `redact`, so a secret stays hidden even under a host (or a
 * test) whose masking is a no-op.
 */
export class SecretRegistry {
  private readonly secrets = new Set<string>();

  constructor(private readonly hostMask: MaskSecret) {}

  readonly mask: MaskSecret = (value: string) => {
    if (!value || this.secrets.has(value)) return;
    this.hostMask(value);
    // Very short values would blank out ordinary words in every message; the host still masks them.
    if (value.length >= 6) this.secrets.add(value);
  };

  readonly redact = (text: string): string => {
    let out = text;
    for (const s of this.secrets) {
      if (out.includes(s)) out = out.split(s).join('***');
    }
    return out;
  };

  logger(inner: Logger): Logger {
    return {
      debug: (m) => inner.debug(this.redact(m)),
      info: (m) => inner.info(this.redact(m)),
      warning: (m, loc) => inner.warning(this.redact(m), loc),
      error: (m, loc) => inner.error(this.redact(m), loc),
      group: (name, fn) => inner.group(this.redact(name), fn),
    };
  }
}
