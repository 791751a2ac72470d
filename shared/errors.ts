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

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
