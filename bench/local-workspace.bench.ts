// The local workspace under the load of a CI fleet: 200 concurrent clients polling runs/get.
// Baseline: a bare node:http server answering the same JSON body, driven the same way.
import { spawn } from 'child_process';
import * as path from 'path';
import { interleaved, ratio, spread, type Row } from './stats';

const ROOT = path.resolve(__dirname, '..');
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const POLLS = Number(process.env.BENCH_POLLS ?? 25);
const REPEATS = Number(process.env.BENCH_LOCAL_REPEATS ?? 3);

/** Reads a body on stdin, then answers every request with it; prints its URL. */
const BARE_SERVER = `
let body = '';
process.stdin.on('data', (d) => (body += d)).on('end', () => {
  const server = require('http').createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port + '/'));
});
`;

interface Load {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

async function drive(url: string, headers: Record<string, string>): Promise<Load> {
  const latencies: number[] = [];
  let errors = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = 0; i < POLLS; i++) {
        const s = performance.now();
        try {
          const res = await fetch(url, { headers });
          await res.text();
          if (!res.ok) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - s);
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: latencies[Math.floor(latencies.length * 0.5)],
    p99: latencies[Math.floor(latencies.length * 0.99)],
    rps: latencies.length / elapsed,
    errors,
  };
}

async function startLocal(): Promise<{ host: string; token: string; stop(): void }> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'dist/cli.js'), 'local', '--port', '0', '--json'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('\n')) resolve(buf.split('\n')[0]);
    });
    child.on('exit', (code) => reject(new Error(`local workspace exited with ${code}`)));
  });
  const { host, token } = JSON.parse(line) as { host: string; token: string };
  return { host, token, stop: () => child.kill('SIGTERM') };
}

export async function benchLocalWorkspace(): Promise<{ rows: Row[]; notes: string[] }> {
  const ws = await startLocal();
  const headers = { authorization: `Bearer ${ws.token}`, 'content-type': 'application/json' };
  try {
    const submit = await fetch(`${ws.host}/api/2.2/jobs/runs/submit`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        run_name: 'bench',
        tasks: [{ task_key: 'wait', condition_task: { op: 'EQUAL_TO', left: '1', right: '1' } }],
      }),
    });
    const { run_id } = (await submit.json()) as { run_id: number };
    const body = await (
      await fetch(`${ws.host}/api/2.2/jobs/runs/get?run_id=${run_id}`, { headers })
    ).text();

    // The baseline server runs in its own process too, so neither shares the clients' event loop.
    const bare = spawn(process.execPath, ['-e', BARE_SERVER], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    bare.stdin.end(body);
    const bareUrl = await new Promise<string>((resolve, reject) => {
      bare.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()));
      bare.on('exit', (code) => reject(new Error(`baseline server exited with ${code}`)));
    });
    const runs = await interleaved(
      REPEATS,
      () => drive(bareUrl, headers),
      () => drive(`${ws.host}/api/2.2/jobs/runs/get?run_id=${run_id}`, headers),
    );
    bare.kill('SIGTERM');
    const row = (name: string, l: Load[]): Row => ({
      server: name,
      clients: CLIENTS,
      'requests per repetition': CLIENTS * POLLS,
      'p50 ms (min / median / max)': spread(
        l.map((x) => x.p50),
        1,
      ),
      'p99 ms (min / median / max)': spread(
        l.map((x) => x.p99),
        1,
      ),
      'requests/s (min / median / max)': spread(l.map((x) => x.rps)),
      'p99 ratio': ratio(
        l.map((x) => x.p99),
        runs.baseline.map((x) => x.p99),
      ),
      'throughput ratio': ratio(
        l.map((x) => x.rps),
        runs.baseline.map((x) => x.rps),
      ),
      errors: l.reduce((sum, x) => sum + x.errors, 0),
    });
    return {
      rows: [
        row('baseline: bare node:http, same body', runs.baseline),
        row('local workspace runs/get', runs.subject),
      ],
      notes: [
        `${REPEATS} repetitions, alternating: ${CLIENTS} clients in this process each poll ${POLLS} times, one request after another. The local workspace runs as \`databricks-mlops local\` (dist/cli.js) in its own process; the baseline is a bare node:http server, also in its own process, answering the same runs/get body.`,
      ],
    };
  } finally {
    ws.stop();
  }
}
