import webpack from 'webpack';
import path from 'node:path';
import vm from 'node:vm';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { parsesAs } from '../e2e/bundle-syntax';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (env: Record<string, boolean | string>, argv: { mode: string }) => webpack.Configuration;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../../package.json') as { name: string; version: string };

const ROOT = path.resolve(__dirname, '../..');
const FOLDER = `${pkg.name}_${pkg.version}`;

/** What ES2018 and later added that the bundles call, each deleted from the sandbox the ribbon bundle runs in. */
const POLYFILLED = ['Promise.prototype.finally', 'globalThis', 'WeakRef', 'Object.fromEntries', 'Array.prototype.flat', 'Array.prototype.flatMap', 'Array.prototype.at', 'String.prototype.matchAll', 'String.prototype.trimStart'];

/** Later built-ins es2017-polyfills.ts does not provide: none may appear in a bundle. */
const NOT_POLYFILLED = [/\.replaceAll\(/, /Object\.hasOwn\(/, /Promise\.(allSettled|any)\(/, /structuredClone\(/, /\.(toSorted|toReversed|toSpliced|findLastIndex)\(/, /(Object|Map)\.groupBy\(/, /\.trimEnd\(/];

/** ES2018 regular-expression syntax no polyfill provides, also where a string becomes a RegExp. */
const ES2018_REGEXP = ['(?<=', '(?<!', '\\p{'];

/**
 * zod's `z.emoji()` pattern, a string turned into a RegExp only when an emoji schema is made: src
 * makes none (checked below), so the Chromium WPS embeds never compiles it.
 */
const ZOD_EMOJI = /"[^"]*\\\\p\{Extended_Pictographic\}[^"]*"/g;

function elements(xml: string): Element[] {
  return Array.from(new DOMParser().parseFromString(xml, 'text/xml').getElementsByTagName('*'));
}

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]);
}

function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|([^\s>"]+))/g)].map((m) => m[1] ?? m[2] ?? '');
}

interface Pane {
  url: string;
  Visible: boolean;
}

/**
 * ribbon.js run as WPS runs it, in a page whose window is the global object, with the built-ins
 * of POLYFILLED deleted first; `Application` records the task panes it is asked for.
 */
function runRibbon(source: string, folderUrl: string): { window: Record<string, unknown>; panes: Pane[] } {
  const panes: Pane[] = [];
  const Application = {
    CreateTaskPane(url: string) {
      const pane = { url, Visible: false };
      panes.push(pane);
      return pane;
    },
  };
  const context = vm.createContext({ Application, location: { href: `${folderUrl}index.html` }, URL, alert: () => undefined });
  vm.runInContext(
    // globalThis last: the deletions before it reach the global through it.
    'const g = globalThis; g.window = g; g.self = g;' +
      [...POLYFILLED].reverse().map((name) => (name.includes('.') ? `delete ${name};` : `delete g.${name};`)).join(''),
    context,
  );
  vm.runInContext(source, context);
  return { window: context as Record<string, unknown>, panes };
}

describe('npm run build:wps', () => {
  let jsaddons = '';
  let addin = '';

  beforeAll(async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'wps-build-'));
    const config = makeConfig({ wps: true }, { mode: 'production' });
    addin = path.join(out, 'jsaddons', FOLDER);
    jsaddons = path.dirname(addin);
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack({ ...config, output: { ...config.output, path: addin } }, (err, s) => (err || !s ? reject(err ?? new Error('no stats')) : resolve(s))),
    );
    expect(stats.toJson({ errors: true }).errors).toEqual([]);
  }, 300_000);

  it('writes publish.xml listing the add-in as wpsjs does for an offline install: type et, its folder beside it', () => {
    expect(readdirSync(jsaddons).sort()).toEqual([FOLDER, 'publish.xml']);
    const plugins = elements(readFileSync(path.join(jsaddons, 'publish.xml'), 'utf8'));
    expect(plugins[0]?.tagName).toBe('jsplugins');
    const listed = plugins.filter((e) => e.tagName === 'jsplugin');
    expect(listed.map((e) => [e.getAttribute('name'), e.getAttribute('type'), e.getAttribute('url'), e.getAttribute('version')])).toEqual([
      [pkg.name, 'et', FOLDER, pkg.version],
    ]);
    expect(existsSync(path.join(jsaddons, listed[0]?.getAttribute('url') ?? '', 'ribbon.xml'))).toBe(true);
  });

  it('fills the add-in folder: the ribbon page, ribbon.xml, the task pane page, their bundles and the icon', () => {
    expect(files(addin).filter((f) => !f.endsWith('.LICENSE.txt')).sort()).toEqual(
      ['assets/icon-32.png', 'index.html', 'ribbon.js', 'ribbon.xml', 'taskpane.html', 'taskpane.js'],
    );
    expect(readFileSync(path.join(addin, 'ribbon.xml'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'src/wps/ribbon.xml'), 'utf8'));
    const index = readFileSync(path.join(addin, 'index.html'), 'utf8');
    expect(scripts(index)).toEqual(['ribbon.js']);
    expect(index).not.toMatch(/\b(defer|async)\b/);
    const taskpane = readFileSync(path.join(addin, 'taskpane.html'), 'utf8');
    expect(scripts(taskpane)).toEqual(['taskpane.js']);
    expect(taskpane).toMatch(/<div id="?root"?><\/div>/);
    expect(taskpane).not.toMatch(/https?:\/\//);
  });

  it('puts on window every callback ribbon.xml names, without the built-ins newer than ES2017', () => {
    const xml = readFileSync(path.join(addin, 'ribbon.xml'), 'utf8');
    const callbacks = new Set(elements(xml).flatMap((e) => Array.from(e.attributes)).filter((a) => /^(on|get)[A-Z]/.test(a.name)).map((a) => a.value));
    const { window, panes } = runRibbon(readFileSync(path.join(addin, 'ribbon.js'), 'utf8'), 'file:///jsaddons/x/');
    expect(callbacks.size).toBeGreaterThanOrEqual(3);
    for (const name of callbacks) expect([name, typeof window[name]]).toEqual([name, 'function']);

    const call = (attribute: string, id: string): unknown => {
      const name = elements(xml).find((e) => e.getAttribute(attribute) !== null)?.getAttribute(attribute) ?? '';
      return (window[name] as (control: { Id: string }) => unknown)({ Id: id });
    };
    expect(call('onLoad', '')).toBe(true);
    const paneButton = elements(xml).find((e) => e.getAttribute('label') === '检查面板')?.getAttribute('id') ?? '';
    const image = call('getImage', paneButton);
    expect(existsSync(path.join(addin, String(image)))).toBe(true);
    call('onAction', paneButton);
    expect(panes).toEqual([{ url: 'file:///jsaddons/x/taskpane.html', Visible: true }]);
  });

  it('gives a Chromium without Promise.prototype.finally one that keeps the outcome and runs its callback', async () => {
    const { window } = runRibbon(readFileSync(path.join(addin, 'ribbon.js'), 'utf8'), 'file:///jsaddons/x/');
    const settled = vm.runInContext(
      `const ran = [];
       Promise.all([
         Promise.resolve(1).finally(() => { ran.push('a'); }),
         Promise.reject(2).finally(() => { ran.push('b'); }).catch((e) => ['rejected', e]),
       ]).then((out) => [out, ran])`,
      window as vm.Context,
    ) as Promise<unknown>;
    expect(JSON.parse(JSON.stringify(await settled))).toEqual([[1, ['rejected', 2]], ['a', 'b']]);
  });

  it('emits only ES2017 syntax, regular expressions included, and calls no later built-in it does not polyfill', () => {
    const bundles = files(addin).filter((f) => f.endsWith('.js'));
    expect(bundles.sort()).toEqual(['ribbon.js', 'taskpane.js']);
    for (const bundle of bundles) {
      const source = readFileSync(path.join(addin, bundle), 'utf8');
      expect([bundle, parsesAs(source, 2017)]).toEqual([bundle, { ok: true }]);
      const compiled = source.replace(ZOD_EMOJI, '""');
      expect([bundle, ES2018_REGEXP.filter((s) => compiled.includes(s))]).toEqual([bundle, []]);
      expect([bundle, NOT_POLYFILLED.filter((p) => p.test(source)).map(String)]).toEqual([bundle, []]);
    }
    const src = path.join(ROOT, 'src');
    expect(files(src).filter((f) => /\.tsx?$/.test(f) && readFileSync(path.join(src, f), 'utf8').includes('.emoji('))).toEqual([]);
  });
});
