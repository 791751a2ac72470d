import * as fs from 'fs';
import * as https from 'https';
import * as net from 'net';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { PassThrough } from 'stream';
import { startLocalWorkspace, localCommand } from '../../../local-workspace';
import { tempDir, waitFor, type Json } from './helpers';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function getJson(url: string, token: string, ca: Buffer): Promise<{ status: number; body: Json }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca, headers: { authorization: `Bearer ${token}` } }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) as Json }));
      })
      .on('error', reject);
  });
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

// global fetch cannot be given a private CA, so the TLS cases use the https module.
const tls = hasOpenssl() ? describe : describe.skip;
tls('TLS (self-signed certificate made with openssl; skipped only when openssl is missing)', () => {
  let cert: string;
  let key: string;
  beforeAll(() => {
    const dir = tempDir('lw-tls-');
    cert = path.join(dir, 'cert.pem');
    key = path.join(dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ],
      { stdio: 'ignore' },
    );
  });

  it('serves https with the given certificate', async () => {
    const ws = await startLocalWorkspace({ tlsCert: cert, tlsKey: key });
    try {
      expect(ws.host).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const r = await getJson(
        `${ws.host}/api/2.0/preview/scim/v2/Me`,
        ws.token,
        fs.readFileSync(cert),
      );
      expect(r.status).toBe(200);
      expect(r.body.userName).toBe('local-user@example.com');
    } finally {
      await ws.close();
    }
  });

  it('serves on port 443 with a host URL without a port, when allowed to bind it', async () => {
    const root = process.getuid?.() === 0;
    if (!root || !(await portFree(443))) {
      // Not root, or 443 is taken on this machine: binding is impossible, nothing to check here.
      return;
    }
    const ws = await startLocalWorkspace({ tlsCert: cert, tlsKey: key, port: 443 });
    try {
      expect(ws.host).toBe('https://127.0.0.1');
      expect(
        (await getJson(`${ws.host}/api/2.0/preview/scim/v2/Me`, ws.token, fs.readFileSync(cert)))
          .status,
      ).toBe(200);
    } finally {
      await ws.close();
    }
  });

  it('refuses a certificate without its key', async () => {
    await expect(startLocalWorkspace({ tlsCert: cert })).rejects.toThrow('both a certificate');
  });
});

describe('local command', () => {
  function io(): {
    stdout: PassThrough;
    stderr: PassThrough;
    out: () => string;
    err: () => string;
  } {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let o = '';
    let e = '';
    stdout.on('data', (c) => (o += c));
    stderr.on('data', (c) => (e += c));
    return { stdout, stderr, out: () => o, err: () => e };
  }

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--port', 'abc'], /--port must be a number/],
    [['--tls-cert', 'x.pem'], /--tls-cert and --tls-key go together/],
    [['--faults', 'GET /x 418'], /--faults: .*unknown action '418'/],
    [['--token', ''], /--token must not be empty/],
  ])('rejects %j with one clear line and exit code 2', async (argv, message) => {
    const s = io();
    expect(await localCommand(argv, s)).toBe(2);
    expect(s.err()).toMatch(message);
    expect(s.err().trim().split('\n')).toHaveLength(1);
  });

  async function runUntilSignal(
    argv: string[],
    signal: NodeJS.Signals,
    check: (out: string) => Promise<void>,
  ): Promise<number> {
    const s = io();
    // Keep the test runner's own signal handlers out of the way while the command's are exercised.
    const saved = process.listeners(signal);
    process.removeAllListeners(signal);
    try {
      const exit = localCommand(argv, s);
      const out = await waitFor(
        () => (s.out().includes('\n') ? s.out() : undefined),
        10000,
        'the command to print its address',
      );
      await check(out);
      process.emit(signal, signal);
      return await exit;
    } finally {
      process.removeAllListeners(signal);
      for (const l of saved) process.on(signal, l as (...a: unknown[]) => void);
    }
  }

  it('prints DATABRICKS_HOST and DATABRICKS_TOKEN once it accepts connections, and stops on SIGINT', async () => {
    const code = await runUntilSignal(
      ['--port', '0', '--token', 'dapi-cli'],
      'SIGINT',
      async (out) => {
        await waitFor(() => (out.split('\n').length >= 3 ? true : undefined));
        const host = /^DATABRICKS_HOST=(http:\/\/127\.0\.0\.1:\d+)$/m.exec(out)![1];
        expect(out).toMatch(/^DATABRICKS_TOKEN=dapi-cli$/m);
        const res = await fetch(`${host}/api/2.0/preview/scim/v2/Me`, {
          headers: { authorization: 'Bearer dapi-cli' },
        });
        expect(res.status).toBe(200);
      },
    );
    expect(code).toBe(0);
  });

  it('prints one JSON object with --json and stops on SIGTERM, saving to --data-dir', async () => {
    const dataDir = tempDir('lw-cli-');
    const code = await runUntilSignal(['--json', '--data-dir', dataDir], 'SIGTERM', async (out) => {
      const info = JSON.parse(out) as Json;
      expect(info).toEqual({
        host: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
        token: expect.any(String),
        client_id: 'local-sp',
        client_secret: expect.any(String),
      });
      const res = await fetch(`${info.host}/api/2.2/jobs/create`, {
        method: 'POST',
        headers: { authorization: `Bearer ${info.token}` },
        body: '{"name":"from-cli"}',
      });
      expect(res.status).toBe(200);
    });
    expect(code).toBe(0);
    expect(fs.readFileSync(path.join(dataDir, 'state', 'jobs.json'), 'utf8')).toContain('from-cli');
  });
});
