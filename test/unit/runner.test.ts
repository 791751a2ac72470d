import { PassThrough } from 'stream';
import { CapabilityFailure, InputError, UserError, inputRef } from '../../shared/errors';
import { CliHost } from '../../shared/host/cli';
import { defineManifest } from '../../shared/manifest';
import type { Capability } from '../../shared/capability';
import { runCapability } from '../../shared/runner';

const manifest = defineManifest({
  name: 'demo',
  description: 'demo',
  task: {
    name: 'Demo',
    id: '00000000-0000-0000-0000-000000000001',
    friendlyName: 'Demo',
    category: 'Utility',
    instanceNameFormat: 'Demo',
  },
  inputs: {
    'job-name': { ado: 'jobName', description: 'The job.', type: 'string' },
    secret: { ado: 'secret', description: 'A secret.', type: 'string', secret: true },
  },
  outputs: {
    'run-id': { ado: 'runId', description: 'Run.' },
    'run-url': { ado: 'runUrl', description: 'URL.' },
  },
});

function host(flags: Record<string, string> = {}) {
  const stderr = new PassThrough();
  const stdout = new PassThrough();
  let err = '';
  let out = '';
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  const h = new CliHost({
    flags: new Map(Object.entries(flags)),
    env: {},
    stderr,
    stdout,
    verbose: true,
  });
  return { h, err: () => err, out: () => out };
}

function capability(main: Capability['main']): Capability {
  return { manifest, main };
}

test('every declared output is set, empty when not produced, on a thrown failure', async () => {
  const { h, err } = host();
  const code = await runCapability(
    h,
    capability(async (ctx) => {
      ctx.outputs.set('run-id', 42);
      throw new CapabilityFailure('The run failed: task train ended FAILED.');
    }),
    'main',
  );
  expect(code).toBe(1);
  expect(h.outputs).toEqual({ 'run-id': '42', 'run-url': '' });
  expect(err()).toContain('error: The run failed: task train ended FAILED.');
});

test('a returned failure sets outputs and exits 1', async () => {
  const { h } = host();
  const code = await runCapability(
    h,
    capability(async () => ({ outcome: 'failed', message: 'gate failed' })),
    'main',
  );
  expect(code).toBe(1);
  expect(Object.keys(h.outputs).sort()).toEqual(['run-id', 'run-url']);
});

test('an input error is rendered with the host label and exits 2', async () => {
  const { h, err } = host();
  const code = await runCapability(
    h,
    capability(async () => {
      throw new InputError('job-name', "matches 3 jobs: 'a', 'b', 'c'", 'Use job-id instead.');
    }),
    'main',
  );
  expect(code).toBe(2);
  expect(err().trim().split('\n').pop()).toBe(
    "error: Input --job-name matches 3 jobs: 'a', 'b', 'c'. Use job-id instead.",
  );
});

test('a user error exits 2 with its message only', async () => {
  const { h, err } = host();
  const code = await runCapability(
    h,
    capability(async () => Promise.reject(new UserError('permission denied on job 1'))),
    'main',
  );
  expect(code).toBe(2);
  expect(err()).toContain('error: permission denied on job 1');
});

test('a bug keeps its stack in debug output and says how to report it', async () => {
  const { h, err } = host();
  const code = await runCapability(
    h,
    capability(async () => {
      (undefined as unknown as { x: number }).x = 1;
    }),
    'main',
  );
  expect(code).toBe(1);
  expect(err()).toMatch(/error: Internal error in demo: .*Please report it with the debug log\./);
  expect(err()).toMatch(/debug: TypeError: .*\n\s+at /);
});

test('secret inputs are redacted from everything the CLI prints', async () => {
  const { h, err, out } = host({ secret: 'sekret-value-123' });
  await runCapability(
    h,
    capability(async (ctx) => {
      const s = ctx.inputs.string('secret');
      ctx.logger.info(`using ${s}`);
      ctx.outputs.set('run-url', `https://x/?t=${s}`);
    }),
    'main',
  );
  expect(err()).toContain('using ***');
  expect(err()).not.toContain('sekret-value-123');
  h.finish();
  expect(out()).toContain('run-url=https://x/?t=***');
  expect(out()).not.toContain('sekret-value-123');
});

test('log messages name inputs the way the host does', async () => {
  const { h, err } = host();
  await runCapability(
    h,
    capability(async (ctx) => {
      ctx.logger.warning(`Ignoring ${inputRef('job-name')}: a run spec was given.`);
    }),
    'main',
  );
  expect(err()).toContain('warning: Ignoring --job-name: a run spec was given.');
});
