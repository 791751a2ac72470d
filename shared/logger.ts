/** Where a message points in the user's files, for annotations. */
export interface SourceLocation {
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  title?: string;
}

/**
 * What library code logs through. Never the console or `@actions/core` directly, so that the same
 * code logs correctly on GitHub, on Azure DevOps and in the CLI.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, location?: SourceLocation): void;
  error(message: string, location?: SourceLocation): void;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Registers a value with the host's secret masking so that it never appears in logs. */
export type MaskSecret = (value: string) => void;

/** A logger that drops everything: for tests and for code paths that must stay silent. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_name, fn) => fn(),
};

/** A logger that records every call, for tests. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    group: async (name, fn) => {
      lines.push(`group: ${name}`);
      return fn();
    },
  };
}
