/**
 * A local HTTPS server that stands in for www.icloud.com, www.icloud.com.cn, beta.icloud.com,
 * setup.icloud.com and www.apple.com. Chromium maps those hosts here with --host-resolver-rules,
 * so the manifest's real match patterns and host permissions are what the tests exercise.
 *
 * Requests are answered by a handler registered for (host, path), else by a file under
 * tests/fixtures/<site>/ for the web hosts, else 404. Every request is logged.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import selfsigned from 'selfsigned';

export const FIXTURE_HOSTS = [
  'www.icloud.com',
  'www.icloud.com.cn',
  'beta.icloud.com',
  'setup.icloud.com',
  'p42-setup.icloud.com',
  'p42-ckdatabasews.icloud.com',
  'p42-photosupload.icloud.com',
  'www.apple.com',
] as const;

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Which fixture folder serves a host's static files. */
const STATIC_ROOTS: Record<string, string> = {
  'www.icloud.com': 'icloud/site',
  'www.icloud.com.cn': 'icloud/site',
  'beta.icloud.com': 'icloud/site',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface LoggedRequest {
  method: string;
  host: string;
  path: string;
  headers: IncomingMessage['headers'];
  at: number;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

export interface FixtureServer {
  port: number;
  requests: LoggedRequest[];
  /** Answers (host, path without query) with the handler until replaced or cleared. */
  route(host: string, path: string, handler: Handler): void;
  clearRoutes(): void;
  close(): Promise<void>;
}

async function makeCertificate(): Promise<{ key: string; cert: string }> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'cloud-checkup-fixtures' }], {
    keySize: 2048,
    extensions: [
      { name: 'basicConstraints', cA: false },
      {
        name: 'subjectAltName',
        altNames: FIXTURE_HOSTS.map((value) => ({ type: 2, value })),
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

async function serveStatic(host: string, path: string, res: ServerResponse): Promise<boolean> {
  const root = STATIC_ROOTS[host];
  if (!root) return false;
  const relative = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^(\.\.[/\\])+/, '');
  const file = join(FIXTURES_DIR, root, relative);
  if (!file.startsWith(join(FIXTURES_DIR, root))) return false;
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
    return true;
  } catch {
    return false;
  }
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const { key, cert } = await makeCertificate();
  const routes = new Map<string, Handler>();
  const requests: LoggedRequest[] = [];

  const server: Server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://fixture.invalid').pathname;
    requests.push({ method: req.method ?? 'GET', host, path, headers: req.headers, at: Date.now() });
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const handler = routes.get(`${host}${path}`);
        if (handler) return handler(req, res, Buffer.concat(chunks).toString('utf8'));
        if (req.method === 'GET' && (await serveStatic(host, path, res))) return;
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      })().catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500);
        res.end(String(error));
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    route: (host, path, handler) => routes.set(`${host}${path}`, handler),
    clearRoutes: () => routes.clear(),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
