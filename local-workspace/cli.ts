import { parseArgs } from 'util';
import { startLocalWorkspace } from './server';
import type { LocalWorkspaceOptions } from './types';

const USAGE =
  'usage: databricks-mlops local [--port 0] [--bind 127.0.0.1] [--data-dir DIR] [--token T] [--tls-cert F --tls-key F] [--faults SPEC] [--python P] [--json]';

/**
 * `databricks-mlops local`: starts the local workspace, prints where it listens once it accepts
 * connections, and runs until SIGINT or SIGTERM. Returns the exit code.
 */
export async function localCommand(
  argv: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        bind: { type: 'string' },
        'data-dir': { type: 'string' },
        token: { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        faults: { type: 'string' },
        python: { type: 'string' },
        'client-id': { type: 'string' },
        'client-secret': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    io.stderr.write(
      `error: ${(e as Error).message.split('\n')[0]} (${USAGE.replace('usage: ', '')})\n`,
    );
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const fail = (message: string): number => {
    io.stderr.write(`error: ${message}\n`);
    return 2;
  };
  const options: LocalWorkspaceOptions = {};
  if (values.port !== undefined) {
    const port = String(values.port);
    if (!/^\d+$/.test(port) || Number(port) > 65535)
      return fail(`--port must be a number from 0 to 65535, got '${port}'.`);
    options.port = Number(port);
  }
  if (values.bind !== undefined) options.bind = String(values.bind);
  if (values['data-dir'] !== undefined) options.dataDir = String(values['data-dir']);
  if (values.token !== undefined) {
    if (String(values.token).trim() === '') return fail('--token must not be empty.');
    options.token = String(values.token);
  }
  if ((values['tls-cert'] === undefined) !== (values['tls-key'] === undefined))
    return fail('--tls-cert and --tls-key go together: give both.');
  if (values['tls-cert'] !== undefined) {
    options.tlsCert = String(values['tls-cert']);
    options.tlsKey = String(values['tls-key']);
  }
  if (values.faults !== undefined) {
    const { parseFaultSpec, FaultSpecError } = await import('./faults');
    try {
      parseFaultSpec(String(values.faults));
    } catch (e) {
      if (e instanceof FaultSpecError) return fail(`--faults: ${e.message}`);
      throw e;
    }
    options.faults = String(values.faults);
  }
  if (values.python !== undefined) options.python = String(values.python);
  if (values['client-id'] !== undefined) options.clientId = String(values['client-id']);
  if (values['client-secret'] !== undefined) options.clientSecret = String(values['client-secret']);

  let ws;
  try {
    ws = await startLocalWorkspace(options);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE')
      return fail(
        `port ${options.port} is already in use; pick another with --port (0 picks a free one).`,
      );
    if (err.code === 'EACCES')
      return fail(`not allowed to listen on port ${options.port} (ports below 1024 need root).`);
    if (err.code === 'ENOENT')
      return fail(`cannot read ${err.path ?? 'a file'}: it does not exist.`);
    return fail(err.message);
  }
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ host: ws.host, token: ws.token, client_id: ws.clientId, client_secret: ws.clientSecret })}\n`,
    );
  } else {
    io.stdout.write(`DATABRICKS_HOST=${ws.host}\nDATABRICKS_TOKEN=${ws.token}\n`);
  }

  const workspace = ws;
  return new Promise<number>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (!values.json) io.stderr.write(`local workspace: ${signal}, stopping\n`);
      void workspace.close().then(
        () => resolve(0),
        (e: unknown) => {
          io.stderr.write(`error: while stopping: ${(e as Error).message}\n`);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
