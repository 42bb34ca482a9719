import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What office-addin-dev-certs does on this call: hand out trusted options, or fail to trust. */
const devCerts = { getHttpsServerOptions: jest.fn<Promise<unknown>, []>() };
const certFiles = { caCertificatePath: '', localhostCertificatePath: '', localhostKeyPath: '' };
jest.mock('office-addin-dev-certs', () => devCerts);
jest.mock('office-addin-dev-certs/lib/defaults', () => certFiles);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (env: Record<string, boolean>, argv: { mode: string }) => unknown;

interface ServedConfig {
  devServer: { port: number; server: { type: string; options: Record<string, unknown> }; headers: Record<string, string> };
}

const serve = () => makeConfig({ addin: true, WEBPACK_SERVE: true }, { mode: 'development' }) as Promise<ServedConfig>;

describe('npm run dev-server', () => {
  beforeEach(() => {
    devCerts.getHttpsServerOptions.mockReset();
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('serves https on port 3000, the origin manifest.xml names, with the trusted localhost certificate', async () => {
    devCerts.getHttpsServerOptions.mockResolvedValue({ cert: 'trusted', key: 'k' });
    const { devServer } = await serve();
    expect(devServer.port).toBe(3000);
    expect(devServer.server).toEqual({ type: 'https', options: { cert: 'trusted', key: 'k' } });
    expect(devServer.headers['Access-Control-Allow-Origin']).toBe('*');
    // npm start sideloads through office-addin-debugging, which must wait for this server.
    const { scripts } = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toBe(`office-addin-debugging start manifest.xml desktop --app excel --dev-server-port ${devServer.port}`);
    expect(scripts.stop).toBe('office-addin-debugging stop manifest.xml');
  });

  it('still serves with the generated certificate when trusting it fails, and says how to trust it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dev-certs-'));
    for (const [key, file] of [['caCertificatePath', 'ca.crt'], ['localhostCertificatePath', 'localhost.crt'], ['localhostKeyPath', 'localhost.key']] as const) {
      certFiles[key] = path.join(dir, file);
      writeFileSync(certFiles[key], `${file} content`);
    }
    devCerts.getHttpsServerOptions.mockRejectedValue(new Error('Unable to install the CA certificate. sudo: not found\n'));
    const { devServer } = await serve();
    expect(devServer.server.options).toEqual({ ca: Buffer.from('ca.crt content'), cert: Buffer.from('localhost.crt content'), key: Buffer.from('localhost.key content') });
    const warning = String(jest.mocked(console.warn).mock.calls[0]?.[0]);
    expect(warning).toContain('npx office-addin-dev-certs install');
    expect(warning).toContain('（Unable to install the CA certificate. sudo: not found）');
  });

  it('fails as office-addin-dev-certs did when there is no certificate to fall back on', async () => {
    certFiles.localhostKeyPath = path.join(tmpdir(), 'no-such-dir', 'localhost.key');
    devCerts.getHttpsServerOptions.mockRejectedValue(new Error('cannot generate'));
    await expect(serve()).rejects.toThrow('cannot generate');
  });
});
