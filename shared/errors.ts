/**
 * A mistake the user can fix: bad or missing input, missing permission, a resource that does not
 * exist. Reported as one line without a stack trace. Anything else that is thrown is our bug.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
  /** The message with input references left as `{{input:name}}`, for `render`. */
  readonly template: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(
      renderInputRefs(message, (n) => `'${n}'`),
      options,
    );
    this.template = message;
  }

  /** The message with every input named as the host's users write it. */
  render(label: (input: string) => string): string {
    return renderInputRefs(this.template, label);
  }
}

/**
 * A reference to an input inside an error message. Library code that does not know which host it
 * runs on writes `inputRef('databricks-token')`; the runner renders it as `'databricks-token'`
 * (GitHub), `'databricksToken'` (ADO) or `--databricks-token` (CLI).
 */
export function inputRef(name: string): string {
  return `{{input:${name}}}`;
}

/** Renders every `inputRef` in `message` with `label`. */
export function renderInputRefs(message: string, label: (input: string) => string): string {
  return message.replace(/\{\{input:([a-z0-9-]+)\}\}/g, (_m, name: string) => label(name));
}

/**
 * A problem with one declared input. `input` is the canonical (GitHub kebab-case) name; each host
 * renders it the way its users write it (`job-name`, `jobName`, `--job-name`).
 */
export class InputError extends UserError {
  override readonly name: string = 'InputError';
  constructor(
    readonly input: string,
    /** What is wrong with the value, e.g. "must be a whole number of seconds, got 'ten'". */
    readonly problem: string,
    /** How to fix it, e.g. "Set it to 600 for ten minutes." May be empty. */
    readonly fix = '',
  ) {
    super(formatInputProblem(inputRef(input), problem, fix));
  }
}

function formatInputProblem(label: string, problem: string, fix: string): string {
  const first = `Input ${label} ${problem}`.replace(/\.?$/, '.');
  return fix ? `${first} ${fix}` : first;
}

/**
 * The capability ran and its verdict is "failed" (a run failed, a gate failed). Not a bug and not
 * a user error: outputs are set, the step fails, the CLI exits 1.
 */
export class CapabilityFailure extends Error {
  override readonly name: string = 'CapabilityFailure';
}

/** How much of a value an error message shows: enough to recognise it, never a flood. */
export const SHOWN_VALUE_CHARS = 80;

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A value as error messages show it, the same way everywhere: quoted, control characters written
 * as escapes (so the message stays one line and cannot carry a terminal or workflow command), and
 * cut to SHOWN_VALUE_CHARS with the full length said.
 */
export function quoteValue(value: string, max = SHOWN_VALUE_CHARS): string {
  const length = Array.from(value).length;
  const shown = cutText(value, max);
  return length > max ? `'${shown}' (${length} characters)` : `'${shown}'`;
}

/** Text from elsewhere (a parser's message) inside ours: one line, control characters escaped, cut. */
export function cutText(text: string, max = 2 * SHOWN_VALUE_CHARS): string {
  const chars = Array.from(text.length > 4 * max ? text.slice(0, 4 * max) : text);
  const head = chars.slice(0, max).join('');
  const shown = head.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  return chars.length > max ? `${shown}…` : shown;
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
