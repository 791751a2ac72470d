import nock from 'nock';
import { recordingLogger } from '../../../shared/logger';
import {
  createClient,
  resolveConfig,
  type ClientOptions,
  type ConnectionInputs,
} from '../../../shared/databricks';

export const HOST = 'http://127.0.0.1:8765';

/** A clock that only moves when the code under test sleeps: retries and waits take no real time. */
export function fakeTiming(start = Date.parse('2026-10-01T09:00:00Z'), random = () => 0.5) {
  const sleeps: number[] = [];
  const timing = {
    t: start,
    sleeps,
    now: () => timing.t,
    random,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      timing.t += ms;
      await Promise.resolve();
      if (signal?.aborted) throw signal.reason;
    },
  };
  return timing;
}

export function makeClient(
  inputs: ConnectionInputs = { token: 'dapi-test-token-0001' },
  env: Record<string, string | undefined> = {},
  opts: Partial<ClientOptions> = {},
) {
  const timing = fakeTiming();
  const logger = recordingLogger();
  const masked: string[] = [];
  const config = resolveConfig({ host: HOST, ...inputs }, env);
  const client = createClient(config, {
    logger,
    maskSecret: (v) => masked.push(v),
    userAgent: { version: '1.2.3', host: 'github' },
    timing,
    ...opts,
  });
  return { client, timing, logger, masked, config };
}

export function setupNock(): void {
  beforeAll(() => {
    nock.disableNetConnect();
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(pending).toEqual([]);
  });
  afterAll(() => {
    nock.enableNetConnect();
    nock.restore();
    nock.activate();
  });
}
