// A tiny loopback HTTP server for tests that only need a few canned endpoints.
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type Route = (
  req: RecordedRequest,
) => { status: number; body?: unknown; headers?: Record<string, string> } | undefined;

export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeServer(route: Route): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      requests.push(recorded);
      const answer = route(recorded) ?? {
        status: 404,
        body: { error_code: 'ENDPOINT_NOT_FOUND', message: 'No route' },
      };
      const text =
        typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {});
      res.writeHead(answer.status, {
        'content-type': 'application/json',
        ...(answer.headers ?? {}),
      });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fake workspace that knows one user, for whoami-style tests. */
export function scimRoute(token: string, userName: string): Route {
  return (req) => {
    if (req.url.startsWith('/api/2.0/preview/scim/v2/Me')) {
      if (req.headers.authorization !== `Bearer ${token}`) {
        return {
          status: 401,
          body: { error_code: 'UNAUTHENTICATED', message: 'Invalid access token.' },
        };
      }
      return { status: 200, body: { id: '4242', userName, displayName: 'CI bot' } };
    }
    return undefined;
  };
}
