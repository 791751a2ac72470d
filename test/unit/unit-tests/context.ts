import * as os from 'os';
import * as path from 'path';
import type { CapabilityContext } from '../../../shared/capability';
import type { CiContext, HostKind } from '../../../shared/host/host';
import { renderInputRefs } from '../../../shared/errors';
import { Inputs } from '../../../shared/inputs';
import {
  azureDevOpsPrReport,
  githubPrReport,
  upsertPrComment,
} from '../../../shared/report/pr-comment';
import type { Logger, SourceLocation } from '../../../shared/logger';
import type { CapabilityManifest } from '../../../shared/manifest';
import type { CheckRunRequest } from '../../../shared/check-run';

export interface LoggedLine {
  level: 'debug' | 'info' | 'warning' | 'error';
  message: string;
  location?: SourceLocation;
}

export interface FakeContext<
  M extends CapabilityManifest = CapabilityManifest,
> extends CapabilityContext<M> {
  lines: LoggedLine[];
  outputValues: Record<string, string | number | boolean | object | undefined>;
  summaryText: () => string;
  published: { files: string[]; title: string }[];
  prReports: { markdown: string; key: string; resolved?: boolean; token?: string }[];
  checkRuns: CheckRunRequest[];
}

/** A CapabilityContext with inputs from a plain map and everything it writes recorded. */
export function fakeContext<M extends CapabilityManifest>(
  manifest: M,
  inputs: Record<string, string>,
  options: {
    env?: Record<string, string | undefined>;
    ci?: Partial<CiContext>;
    hostKind?: HostKind;
    signal?: AbortSignal;
    workspaceDir?: string;
    tempDir?: string;
    /** The host's own CI token (ADO's job token), used whatever the capability gives. */
    ciToken?: string;
  } = {},
): FakeContext<M> {
  const lines: LoggedLine[] = [];
  const outputValues: FakeContext<M>['outputValues'] = {};
  const summary: string[] = [];
  const published: FakeContext<M>['published'] = [];
  const prReports: FakeContext<M>['prReports'] = [];
  const checkRuns: CheckRunRequest[] = [];
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
    workspaceDir: path.resolve(options.workspaceDir ?? process.cwd()),
    tempDir: options.tempDir ?? os.tmpdir(),
    ciToken: (given) => options.ciToken ?? given,
    gitHosting: async () => {
      throw new Error('This fake context has no Git hosting.');
    },
    prReport: {
      // As the hosts do: the real report code, with the backend of the host kind.
      upsert: async (markdown, o) => {
        prReports.push({ markdown, ...o });
        return upsertPrComment({
          markdown,
          ...o,
          token: options.ciToken ?? o.token,
          ci: { provider: hostKind, ...options.ci },
          logger,
          backend:
            hostKind === 'github'
              ? githubPrReport
              : hostKind === 'azure-devops'
                ? azureDevOpsPrReport
                : undefined,
        });
      },
    },
    checkRun: {
      publish: async (request) => {
        checkRuns.push(request);
        return { action: 'skipped', reason: 'fake context' };
      },
    },
    artifacts: {
      upload: async (request) => ({
        action: 'skipped',
        name: request.name,
        reason: 'fake context',
      }),
    },
    ciApprovers: async () => [],
    version: 'test',
    checkRuns,
    lines,
    outputValues,
    summaryText: () => summary.join(''),
    published,
    prReports,
  };
}
