import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A static file server on node:http for the browser harness (`npm run harness`) and the e2e tests.
 * Loopback only, and no caching, so a rebuilt harness shows on the next reload.
 */
const HOST = '127.0.0.1';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** The file a URL path names inside `root`, or null when it would leave `root`. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

async function respond(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed');
  const file = resolveInside(root, new URL(req.url ?? '/', 'http://localhost').pathname);
  if (file === null) return send(403, 'Forbidden');
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return send(404, 'Not Found');
  send(200, await readFile(file), CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
}

/** Serves `root` on `port` (0: any free port) until `close()`. */
export function startStaticServer(root: string, port: number): Promise<StaticServer> {
  const absolute = path.resolve(root);
  const server = createServer((req, res) => {
    respond(absolute, req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(e instanceof Error ? e.message : String(e));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://${HOST}:${bound}`,
        close: () => new Promise<void>((done, fail) => {
          server.closeAllConnections();
          server.close((e) => (e ? fail(e) : done()));
        }),
      });
    });
  });
}

/** `tsx scripts/serve-static.ts <folder> <port>` */
async function main(): Promise<void> {
  const [root, port = '0'] = process.argv.slice(2);
  if (!root) {
    console.error('usage: tsx scripts/serve-static.ts <folder> [port]');
    process.exitCode = 2;
    return;
  }
  const { url } = await startStaticServer(root, Number(port));
  console.log(`Serving ${root} at ${url}/ (Ctrl+C to stop)`);
  for (const page of (await readdir(root)).filter((f) => f.endsWith('.html'))) console.log(`  ${url}/${page}`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
