/**
 * The secrets registered in this process, and their redaction from text we write anywhere.
 *
 * The CI runners mask registered secrets in the log only; values we write to outputs, state,
 * summaries, variables and PR reports are stored as they are. So every adapter registers each
 * secret here too and passes everything it writes through `redact`.
 */

export const REDACTED = '***';

// Shorter values would blank out ordinary words; no real token is this short.
const MIN_LENGTH = 4;

export class SecretSet {
  private readonly values = new Set<string>();
  private ordered: string[] = [];

  add(value: string | undefined): void {
    if (!value || value.length < MIN_LENGTH) return;
    // The forms in which a value reaches our writers: as is, inside JSON (the `tasks` output,
    // --json), and URL-encoded (query strings in error messages).
    const forms = [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)];
    let added = false;
    for (const form of forms) {
      if (form.length >= MIN_LENGTH && !this.values.has(form)) {
        this.values.add(form);
        added = true;
      }
    }
    // Longest first, so a secret that contains another is replaced whole.
    if (added) this.ordered = [...this.values].sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.ordered) if (out.includes(s)) out = out.split(s).join(REDACTED);
    return out;
  }
}

/**
 * Every secret any host registered in this process: for text that leaves through a door that is
 * not the host's own (PR reports posted over HTTP).
 */
export const processSecrets = new SecretSet();

/** Registers `value` with the process-wide set. */
export function registerSecret(value: string | undefined): void {
  processSecrets.add(value);
}

/** Redacts every secret registered in this process. */
export function redactSecrets(text: string): string {
  return processSecrets.redact(text);
}
