// The local workspace under the load of a CI fleet: 200 concurrent clients polling runs/get.
// Baseline: a bare node:http server answering the same JSON body, driven the same way.
import { spawn } from 'child_process';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const POLLS = Number(process.env.BENCH_POLLS ?? 25);

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

export async function benchLocalWorkspace(): Promise<Array<Record<string, string | number>>> {
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

    const bare = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(body);
    });
    await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
    const baseline = await drive(
      `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`,
      headers,
    );
    bare.close();
    const local = await drive(`${ws.host}/api/2.2/jobs/runs/get?run_id=${run_id}`, headers);
    const row = (name: string, l: Load) => ({
      server: name,
      clients: CLIENTS,
      requests: CLIENTS * POLLS,
      'p50 ms': l.p50,
      'p99 ms': l.p99,
      'requests/s': l.rps,
      errors: l.errors,
      'p99 ratio to baseline': l.p99 / baseline.p99,
    });
    return [
      row('baseline: bare node:http, same body', baseline),
      row('local workspace runs/get', local),
    ];
  } finally {
    ws.stop();
  }
}
