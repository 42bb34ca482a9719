import webpack from 'webpack';
import path from 'node:path';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { manifestForUrl } from '../../src/manifest/manifest-for-url';
import { validateManifest } from '../../src/manifest/validate-manifest';
import { validateApiSets } from '../../src/manifest/api-sets';
import { officeSources } from '../../scripts/validate-manifest';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (env: Record<string, boolean | string>, argv: { mode: string }) => webpack.Configuration & { devServer?: unknown };

const ROOT = path.resolve(__dirname, '../..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * Builds a target of webpack.config.js into a temporary folder, with the React entries swapped for
 * a one-line stub: what is under test is the pages, their scripts and the copied files, not the UI.
 */
async function build(env: Record<string, boolean | string>, mode: string, stubbed: string): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'webpack-build-'));
  const stub = path.join(out, 'stub-entry.js');
  writeFileSync(stub, 'globalThis.stubRan = true;\n');
  const config = makeConfig(env, { mode });
  const entry = { ...(config.entry as Record<string, unknown>), [stubbed]: stub };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack({ ...config, entry, output: { ...config.output, path: path.join(out, 'dist') }, devtool: false } as webpack.Configuration,
      (err, s) => (err || !s ? reject(err ?? new Error('no stats')) : resolve(s))),
  );
  expect(stats.toJson({ errors: true }).errors).toEqual([]);
  return path.join(out, 'dist');
}

/** The `src` of every script tag, in document order; production minifies away the quotes. */
function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|([^\s>"]+))/g)].map((m) => m[1] ?? m[2] ?? '');
}

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]);
}

describe('webpack builds', () => {
  it('builds the add-in: pages loading Office.js before their own bundle, icons, manifest and the engine', async () => {
    const dist = await build({ addin: true }, 'production', 'taskpane');
    const icons = readdirSync(path.join(ROOT, 'assets')).filter((f) => f.endsWith('.png')).map((f) => `assets/${f}`);
    expect(files(dist).sort()).toEqual(['engine.js', 'manifest.xml', 'notice.html', 'notice.js', 'taskpane.html', 'taskpane.js', ...icons].sort());
    const taskpane = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    expect(scripts(taskpane)).toEqual([OFFICE_JS, 'taskpane.js']);
    expect(taskpane).toMatch(/<div id="?root"?><\/div>/);
    expect(scripts(readFileSync(path.join(dist, 'notice.html'), 'utf8'))).toEqual([OFFICE_JS, 'notice.js']);
    expect(readFileSync(path.join(dist, 'manifest.xml'))).toEqual(readFileSync(path.join(ROOT, 'manifest.xml')));
    expect(readFileSync(path.join(dist, 'assets/icon-32.png'))).toEqual(readFileSync(path.join(ROOT, 'assets/icon-32.png')));
  });

  it('writes the manifest for the address IT hosts dist/ at (--env url=...), which passes the validator', async () => {
    const dist = await build({ addin: true, url: 'https://服务器/路径/' }, 'production', 'taskpane');
    const manifest = readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
    const original = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    expect(manifest).toBe(manifestForUrl(original, 'https://服务器/路径/'));
    const base = new URL('https://服务器/路径/');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`<SourceLocation DefaultValue="${base.href}taskpane.html"/>`);
    expect(manifest).toContain(`<AppDomain>${base.origin}</AppDomain>`);
    expect(validateManifest(manifest, new Set(readdirSync(path.join(ROOT, 'assets'))))).toEqual([]);
    expect(validateApiSets(manifest, officeSources())).toEqual([]);
  });

  it('serves every page and icon the manifest loads the add-in from', async () => {
    const dist = await build({ addin: true }, 'development', 'taskpane');
    const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    const urls = [...manifest.matchAll(/<(?:IconUrl|HighResolutionIconUrl|SourceLocation|bt:Image|bt:Url id="Taskpane\.Url")[^>]*?(?:DefaultValue|Value)="https:\/\/localhost:3000\/([^"]+)"/g)]
      .map((m) => m[1] ?? '');
    expect(urls).toEqual(expect.arrayContaining(['taskpane.html', 'assets/icon-16.png', 'assets/icon-80.png']));
    for (const url of urls) expect(files(dist)).toContain(url);
  });

  it('builds the harness with no external script and nothing of the add-in, and the Office.js stand-in with no page', async () => {
    const dist = await build({ harness: true }, 'development', 'harness');
    const harness = readFileSync(path.join(dist, 'harness.html'), 'utf8');
    expect(scripts(harness)).toEqual(['harness.js']);
    expect(harness).not.toMatch(/https?:\/\//);
    expect(harness).not.toContain('<%');
    expect(files(dist).sort()).toEqual(['harness.html', 'harness.js', 'office-stand-in.js']);
  });

  it('builds only the engine library by default, and asks for no certificate unless serving', () => {
    const config = makeConfig({}, { mode: 'production' });
    expect(Object.keys(config.entry as object)).toEqual(['engine']);
    expect(config.devServer).toBeUndefined();
    expect(makeConfig({ addin: true, WEBPACK_BUNDLE: true }, { mode: 'production' }).devServer).toBeUndefined();
  });
});
