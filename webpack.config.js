const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * The syntax the add-in's bundles are written down to: what the browsers Office runs add-ins in
 * parse, WebView2 (Edge's Chromium, Windows) and the Safari WebKit of Mac Excel 2021 or later on
 * macOS 10.15 (Safari 13.1: no class fields, no `??=`), so ES2019 with ES2020's `?.` and `??` lowered too.
 */
const OFFICE_ES = 'es2019';
/** WPS加载项 run in the Chromium WPS embeds, older than Office's: ES2017, with src/wps/es2017-polyfills.ts. */
const WPS_ES = 'es2017';
const DEV_SERVER_PORT = 3000;

/**
 * Three builds from one config, chosen with `--env`:
 * - no flag (`npx webpack`, and test/core/engine-bundle.test.ts): the host-free engine alone as the
 *   UMD library `engine.js`. Building it for `web` with no Node fallbacks is also the proof that
 *   src/core imports no host: a stray `fs` or `exceljs` import fails the build.
 * - `--env addin` (`npm run build`, `npm run dev-server`): the engine plus the add-in Excel loads
 *   into `dist/`: the task pane (also the ribbon's FunctionFile), the notice dialog, icons, manifest.
 *   `--env url=https://服务器/路径/` writes the manifest for the add-in hosted at that address.
 * - `--env wps` (`npm run build:wps`): the WPS加载项 in `dist-wps/jsaddons/`, laid out as the wpsjs
 *   toolkit's offline package is: `publish.xml` naming the add-in, and its folder `<name>_<version>/`
 *   holding index.html (the ribbon's page), ribbon.xml, taskpane.html and their bundles.
 * - `--env harness` (`npm run build:harness`): the pane against a fake Office in `dist-harness/`,
 *   kept out of the add-in build so that what Excel loads contains no fake; and `office-stand-in.js`,
 *   a fake Office.js for loading the add-in build's own taskpane.html in the e2e tests.
 */
module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const target = env.harness ? harnessTarget() : env.wps ? wpsTarget() : env.addin ? addinTarget(env.url) : engineTarget();
  const config = {
    mode,
    target: ['web', target.es],
    entry: target.entry,
    // `self`, not `globalThis`, where the browser predates globalThis (Chromium 71).
    output: { path: path.resolve(__dirname, target.outDir), filename: '[name].js', globalObject: target.es === WPS_ES ? 'self' : 'globalThis', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'], fallback: {} },
    module: {
      rules: [{
        test: /\.tsx?$/,
        loader: 'ts-loader',
        exclude: /node_modules/,
        options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', target: target.es } },
      }, {
        // The libraries ship ES2022 (class static blocks, `??=`): written down too, by the same compiler.
        test: /\.[cm]?js$/,
        include: /node_modules/,
        loader: 'ts-loader',
        options: { transpileOnly: true, compilerOptions: { allowJs: true, module: 'esnext', moduleResolution: 'bundler', target: target.es } },
      }],
    },
    plugins: target.plugins,
    performance: { hints: false },
    devtool: mode === 'development' ? 'source-map' : false,
  };
  // The certificate is only needed, and only installed, when serving; a build stays synchronous.
  return env.WEBPACK_SERVE ? withDevServer(config) : config;
};

const engineEntry = { import: './src/core/index.ts', library: { name: 'JixiaoEngine', type: 'umd' } };

function engineTarget() {
  return { outDir: 'dist', es: OFFICE_ES, entry: { engine: engineEntry }, plugins: [] };
}

/** A TypeScript module of the repository: through tsx from the webpack CLI; jest (the build tests) compiles it itself. */
function requireTypeScript(file) {
  return process.env.JEST_WORKER_ID === undefined ? require('tsx/cjs/api').require(file, __filename) : require(file);
}

/** manifest.xml as is, or moved to the address IT hosts dist/ at (src/manifest/manifest-for-url.ts). */
function manifestFor(url) {
  if (url === undefined) return (content) => content;
  const { manifestForUrl } = requireTypeScript('./src/manifest/manifest-for-url.ts');
  return (content) => Buffer.from(manifestForUrl(content.toString('utf8'), String(url)), 'utf8');
}

function addinTarget(url) {
  const manifest = manifestFor(url);
  return {
    outDir: 'dist',
    es: OFFICE_ES,
    entry: {
      engine: engineEntry,
      taskpane: './src/taskpane/taskpane-entry.tsx',
      notice: './src/commands/notice-page.ts',
    },
    plugins: [
      page('taskpane.html', './src/taskpane/taskpane.html', 'taskpane', true),
      page('notice.html', './src/commands/notice.html', 'notice', true),
      new CopyFilesPlugin([
        ...fs.readdirSync(path.resolve(__dirname, 'assets')).filter((f) => f.endsWith('.png')).map((f) => `assets/${f}`),
        'manifest.xml',
      ], { 'manifest.xml': manifest }),
    ],
  };
}

function harnessTarget() {
  return {
    outDir: 'dist-harness',
    es: OFFICE_ES,
    // The Office.js stand-in has no page: the e2e test serves it in Office.js's place to dist/taskpane.html.
    entry: { harness: './src/harness/harness-entry.tsx', 'office-stand-in': './src/harness/office-stand-in.ts' },
    plugins: [page('harness.html', './src/harness/harness.html', 'harness', false)],
  };
}

/** The add-in's name and version in publish.xml, and its folder's name there, as wpsjs names it. */
function wpsAddin() {
  const { name, version } = require('./package.json');
  return { name, version, folder: `${name}_${version}` };
}

/**
 * publish.xml of the jsaddons folder: WPS loads each `jsplugin` listed there, an offline one from
 * the folder `url` names beside publish.xml. `enable_dev` is what wpsjs writes for a local install
 * (`enable` is for a server's publish page, which the user confirms).
 */
function wpsPublishXml({ name, version, folder }) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<jsplugins>',
    `  <jsplugin name="${name}" type="et" url="${folder}" version="${version}" enable="enable_dev" install="null" customDomain=""/>`,
    '</jsplugins>',
    '',
  ].join('\n');
}

/**
 * The output is the add-in's folder itself, so that its pages load their bundles by bare name
 * wherever the folder is put (jsaddons, or a server for the online route); publish.xml goes beside it.
 */
function wpsTarget() {
  const addin = wpsAddin();
  return {
    outDir: `dist-wps/jsaddons/${addin.folder}`,
    es: WPS_ES,
    entry: { ribbon: './src/wps/wps-ribbon-entry.ts', taskpane: './src/wps/wps-taskpane-entry.tsx' },
    plugins: [
      // Blocking, as wpsjs's pages load it: the callbacks must be on window before WPS reads ribbon.xml's.
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/wps/index.html', chunks: ['ribbon'], scriptLoading: 'blocking' }),
      page('taskpane.html', './src/taskpane/taskpane.html', 'taskpane', false),
      new CopyFilesPlugin([{ from: 'src/wps/ribbon.xml', to: 'ribbon.xml' }, { from: 'assets/icon-32.png', to: 'assets/icon-32.png' }]),
      new EmitTextPlugin('../publish.xml', wpsPublishXml(addin)),
    ],
  };
}

/** One HTML page with its one bundle; `officeJs` puts the Office.js CDN script before the bundle. */
function page(filename, template, chunk, officeJs) {
  return new HtmlWebpackPlugin({
    filename,
    template,
    chunks: [chunk],
    templateParameters: { officeJsTag: officeJs ? `<script src="${OFFICE_JS}"></script>` : '' },
  });
}

/**
 * The localhost certificate office-addin-dev-certs makes and trusts. When trusting it fails (no
 * administrator rights, no sudo) the server still starts with the generated files, and says why
 * Office will refuse the pane until `npx office-addin-dev-certs install` succeeds.
 */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require('office-addin-dev-certs/lib/defaults');
    if (![caCertificatePath, localhostCertificatePath, localhostKeyPath].every((f) => fs.existsSync(f))) throw e;
    const why = (e instanceof Error ? e.message : String(e)).trim();
    console.warn(
      `开发证书未能设为受信任（${why}），仍用它提供服务；请以管理员身份运行 npx office-addin-dev-certs install，否则 Office 不会加载任务窗格。\n` +
        `The development certificate could not be trusted (${why}); serving with it anyway. Run npx office-addin-dev-certs install as an administrator, or Office will not load the pane.`,
    );
    return { ca: fs.readFileSync(caCertificatePath), cert: fs.readFileSync(localhostCertificatePath), key: fs.readFileSync(localhostKeyPath) };
  }
}

async function withDevServer(config) {
  const devServer = {
    port: DEV_SERVER_PORT,
    server: { type: 'https', options: await httpsOptions() },
    // Office loads the pane inside its own frame, from its own origin.
    headers: { 'Access-Control-Allow-Origin': '*' },
    // Everything, icons and manifest included, is a build output served from memory.
    static: false,
  };
  return { ...config, devServer };
}

/**
 * Emits files from the repository as they are (icons, manifest), so that dev-server serves them
 * from memory like the bundles, without a copy plugin dependency. A file is its path, emitted at
 * the same path, or `{ from, to }`.
 */
class CopyFilesPlugin {
  /** `transforms`: for some files (by their `from` path), a function from their content to what is emitted. */
  constructor(files, transforms = {}) {
    this.files = files.map((f) => (typeof f === 'string' ? { from: f, to: f } : f));
    this.transforms = transforms;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CopyFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CopyFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const { from, to } of this.files) {
          const absolute = path.resolve(compiler.context, from);
          compilation.fileDependencies.add(absolute);
          const transform = this.transforms[from] ?? ((content) => content);
          compilation.emitAsset(to, new sources.RawSource(transform(fs.readFileSync(absolute))));
        }
      });
    });
  }
}

/** Emits a file the build writes itself (WPS's publish.xml). */
class EmitTextPlugin {
  constructor(file, text) {
    this.file = file;
    this.text = text;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('EmitTextPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EmitTextPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset(this.file, new sources.RawSource(this.text));
      });
    });
  }
}
