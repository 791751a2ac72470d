import type { CapabilityContext } from '../../../shared/capability';
import type { CiContext, HostKind } from '../../../shared/host/host';
import { renderInputRefs } from '../../../shared/errors';
import { Inputs } from '../../../shared/inputs';
import type { Logger, SourceLocation } from '../../../shared/logger';
import type { CapabilityManifest } from '../../../shared/manifest';

export interface LoggedLine {
  level: 'debug' | 'info' | 'warning' | 'error';
  message: string;
  location?: SourceLocation;
}

export interface FakeContext extends CapabilityContext {
  lines: LoggedLine[];
  outputValues: Record<string, string | number | boolean | object | undefined>;
  summaryText: () => string;
  published: { files: string[]; title: string }[];
}

/** A CapabilityContext with inputs from a plain map and everything it writes recorded. */
export function fakeContext(
  manifest: CapabilityManifest,
  inputs: Record<string, string>,
  options: {
    env?: Record<string, string | undefined>;
    ci?: Partial<CiContext>;
    hostKind?: HostKind;
    signal?: AbortSignal;
  } = {},
): FakeContext {
  const lines: LoggedLine[] = [];
  const outputValues: FakeContext['outputValues'] = {};
  const summary: string[] = [];
  const published: FakeContext['published'] = [];
  const logger: Logger = {
    debug: (m) => lines.push({ level: 'debug', message: m }),
    info: (m) => lines.push({ level: 'info', message: m }),
    warning: (m, location) => lines.push({ level: 'warning', message: m, location }),
    error: (m, location) => lines.push({ level: 'error', message: m, location }),
    group: (_n, fn) => fn(),
  };
  const hostKind = options.hostKind ?? 'github';
  return {
    inputs: new Inputs(manifest, (name) => inputs[name]),
    logger,
    outputs: { set: (name, value) => void (outputValues[name] = value) },
    summary: { append: async (md) => void summary.push(md) },
    state: { save: () => undefined, get: () => undefined },
    maskSecret: () => undefined,
    ci: { provider: hostKind, ...options.ci },
    hostKind,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    connectionDefaults: {},
    signal: options.signal ?? new AbortController().signal,
    echoUntrusted: () => undefined,
    publishTestResults: (files, title) => void published.push({ files, title }),
    nameInputs: (text) => renderInputRefs(text, (n) => `'${n}'`),
    version: 'test',
    lines,
    outputValues,
    summaryText: () => summary.join(''),
    published,
  };
}
