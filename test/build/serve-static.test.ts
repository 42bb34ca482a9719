import { request } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveInside, startStaticServer, type StaticServer } from '../../scripts/serve-static';

/** A raw GET, so that the path reaches the server exactly as written (fetch would normalise `..`). */
function get(url: string, rawPath: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${rawPath}`, { path: rawPath }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static server', () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'serve-static-'));
  const root = path.join(parent, 'site');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'harness.html'), '<p>harness</p>');
  writeFileSync(path.join(root, 'index.html'), '<p>index</p>');
  writeFileSync(path.join(root, 'assets', '图标 1.png'), 'png');
  writeFileSync(path.join(parent, 'secret.txt'), 'secret');
  let server: StaticServer;

  beforeAll(async () => {
    server = await startStaticServer(root, 0);
  });
  afterAll(() => server.close());

  it('listens on a free loopback port when given 0', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
  });

  it('serves files with their content type, and index.html for a folder', async () => {
    expect(await get(server.url, '/harness.html')).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: '<p>harness</p>' });
    expect(await get(server.url, '/')).toMatchObject({ status: 200, body: '<p>index</p>' });
    expect(await get(server.url, `/assets/${encodeURIComponent('图标 1.png')}?v=1`)).toEqual({ status: 200, type: 'image/png', body: 'png' });
  });

  it('answers 404 for a missing file or a folder without index.html', async () => {
    expect((await get(server.url, '/missing.js')).status).toBe(404);
    expect((await get(server.url, '/assets')).status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    for (const raw of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const { status, body } = await get(server.url, raw);
      expect([403, 404]).toContain(status);
      expect(body).not.toContain('secret');
    }
    expect(resolveInside(root, '/%2e%2e/secret.txt')).toBeNull();
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
  });

  it('closes, freeing the port', async () => {
    const other = await startStaticServer(root, 0);
    const port = Number(new URL(other.url).port);
    await other.close();
    const again = await startStaticServer(root, port);
    expect(again.url).toBe(other.url);
    await again.close();
  });
});
