import { errorMessage } from '../shared/errors';
import { parseArgs } from 'util';
import { startLocalWorkspace } from './server';
import type { LocalWorkspaceOptions } from './types';

const USAGE = 'databricks-mlops local [--port N] [--data-dir DIR] [--token T] [... see --help]';

interface Flag {
  type: 'string' | 'boolean';
  /** The value's placeholder in the help. */
  arg?: string;
  help: string;
}

/** Every flag `local` accepts: parsed from this table and documented from it, so both agree. */
const FLAGS: Record<string, Flag> = {
  port: { type: 'string', arg: 'N', help: 'Port to listen on; 0 (the default) picks a free one.' },
  bind: { type: 'string', arg: 'ADDR', help: 'Address to bind. Default 127.0.0.1.' },
  'data-dir': {
    type: 'string',
    arg: 'DIR',
    help: 'Keep jobs, runs and files in DIR/state so they survive a restart (scratch space in DIR/scratch). Default: in memory.',
  },
  token: {
    type: 'string',
    arg: 'T',
    help: 'The bearer token clients must send. Default: a random dapi... token, printed at start.',
  },
  'client-id': {
    type: 'string',
    arg: 'ID',
    help: 'OAuth M2M client id accepted by /oidc/v1/token. Default local-sp.',
  },
  'client-secret': {
    type: 'string',
    arg: 'S',
    help: 'Its secret. Default: random per start (--json prints it).',
  },
  'tls-cert': {
    type: 'string',
    arg: 'FILE',
    help: 'Serve HTTPS with this PEM certificate (with --tls-key). With --port 443 the host has no port.',
  },
  'tls-key': { type: 'string', arg: 'FILE', help: 'The PEM private key for --tls-cert.' },
  faults: {
    type: 'string',
    arg: 'SPEC',
    help: "Inject faults: rules 'METHOD PATH ACTION OPTIONS' split by ';', e.g. 'POST /api/*/jobs/runs/submit 429 first=2' (actions 429, 500, 502, 503, 504, reset, drop, delay=MS; options first=N, every=N, prob=P, seed=S, retry-after=S). DATABRICKS_LOCAL_FAULTS works the same way.",
  },
  python: { type: 'string', arg: 'P', help: 'The Python that runs tasks. Default python3.' },
  json: {
    type: 'boolean',
    help: 'Print one JSON line (host, token, client_id, client_secret) instead of DATABRICKS_HOST=/DATABRICKS_TOKEN= lines.',
  },
  help: { type: 'boolean', help: 'Show this help.' },
};

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

export function localHelp(): string {
  const rows = Object.entries(FLAGS).flatMap(([name, f]) => [
    `  --${name}${f.arg ? ` ${f.arg}` : ''}`,
    ...wrap(f.help, 92).map((l) => `      ${l}`),
  ]);
  return [
    'databricks-mlops local: start a local workspace, a Databricks stand-in on this machine (REST API',
    'on loopback, job tasks run as local Python processes). Runs until Ctrl-C (SIGINT) or SIGTERM.',
    '',
    `Usage: ${USAGE}`,
    '',
    'Options:',
    ...rows,
    '',
    'Once it accepts connections it prints DATABRICKS_HOST=... and DATABRICKS_TOKEN=...; set them in',
    'another terminal (or pass --databricks-host/--databricks-token) to run any command against it.',
    'GET /__local/requests on it returns the request log. Any other command also takes',
    '--databricks-host local to start a throw-away local workspace for just that command.',
  ].join('\n');
}

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
      options: Object.fromEntries(
        Object.entries(FLAGS).map(([name, f]) => [
          name,
          name === 'help' ? { type: f.type, short: 'h' } : { type: f.type },
        ]),
      ),
    }));
  } catch (e) {
    io.stderr.write(`error: ${errorMessage(e).split('\n')[0]} (usage: ${USAGE})\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${localHelp()}\n`);
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
    // On stderr: the stdout lines stay `KEY=value` for scripts that source them.
    io.stderr.write(
      `Pages (runs, jobs, models, endpoints), one-time login link: ${ws.loginUrl()}\n`,
    );
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
          io.stderr.write(`error: while stopping: ${errorMessage(e)}\n`);
          resolve(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
