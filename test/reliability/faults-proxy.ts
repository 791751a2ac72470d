// A loopback proxy in front of a local workspace for the faults the workspace's own injection has
// no rule for: a 200 whose JSON is cut short, and a redirect to another origin.
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface Tamper {
  /** Requests matching method and path get their 2xx body cut in half, `times` times. */
  truncate?: { method: string; path: RegExp; times: number };
  /** Every request is answered with a 307 to the same path on this origin. */
  redirectTo?: string;
}

export interface FaultsProxy {
  host: string;
  tamper: Tamper;
  /** How many answers were cut short so far. */
  truncated: number;
  close(): Promise<void>;
}

export async function startFaultsProxy(upstream: string): Promise<FaultsProxy> {
  const proxy: FaultsProxy = { host: '', tamper: {}, truncated: 0, close: async () => undefined };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = req.url ?? '/';
        const { redirectTo, truncate } = proxy.tamper;
        if (redirectTo) {
          res.writeHead(307, { Location: `${redirectTo}${url}` }).end();
          return;
        }
        const headers: Record<string, string> = {};
        for (const name of ['authorization', 'content-type', 'user-agent', 'accept']) {
          const v = req.headers[name];
          if (typeof v === 'string') headers[name] = v;
        }
        const answer = await fetch(`${upstream}${url}`, {
          method: req.method,
          headers,
          body: chunks.length ? Buffer.concat(chunks) : undefined,
          redirect: 'manual',
        });
        let body = Buffer.from(await answer.arrayBuffer());
        const path = url.split('?')[0];
        if (
          truncate &&
          truncate.times > 0 &&
          answer.status < 300 &&
          req.method === truncate.method &&
          truncate.path.test(path)
        ) {
          truncate.times--;
          proxy.truncated++;
          body = body.subarray(0, Math.floor(body.length / 2));
        }
        res.writeHead(answer.status, {
          'Content-Type': answer.headers.get('content-type') ?? 'application/json',
          'Content-Length': String(body.length),
        });
        res.end(body);
      })().catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
