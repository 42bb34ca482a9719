const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_SERVER_PORT = 3000;

/**
 * Three builds from one config, chosen with `--env`:
 * - no flag (`npx webpack`, and test/core/engine-bundle.test.ts): the host-free engine alone as the
 *   UMD library `engine.js`. Building it for `web` with no Node fallbacks is also the proof that
 *   src/core imports no host: a stray `fs` or `exceljs` import fails the build.
 * - `--env addin` (`npm run build`, `npm run dev-server`): the engine plus the add-in Excel loads
 *   into `dist/`: the task pane (also the ribbon's FunctionFile), the notice dialog, icons, manifest.
 * - `--env harness` (`npm run build:harness`): the pane against a fake Office in `dist-harness/`,
 *   kept out of the add-in build so that what Excel loads contains no fake.
 */
module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const target = env.harness ? harnessTarget() : env.addin ? addinTarget() : engineTarget();
  const config = {
    mode,
    target: 'web',
    entry: target.entry,
    output: { path: path.resolve(__dirname, target.outDir), filename: '[name].js', globalObject: 'globalThis', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'], fallback: {} },
    module: {
      rules: [{
        test: /\.tsx?$/,
        loader: 'ts-loader',
        exclude: /node_modules/,
        options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } },
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
  return { outDir: 'dist', entry: { engine: engineEntry }, plugins: [] };
}

function addinTarget() {
  return {
    outDir: 'dist',
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
      ]),
    ],
  };
}

function harnessTarget() {
  return {
    outDir: 'dist-harness',
    entry: { harness: './src/harness/harness-entry.tsx' },
    plugins: [page('harness.html', './src/harness/harness.html', 'harness', false)],
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

async function withDevServer(config) {
  const { getHttpsServerOptions } = require('office-addin-dev-certs');
  const devServer = {
    port: DEV_SERVER_PORT,
    server: { type: 'https', options: await getHttpsServerOptions() },
    // Office loads the pane inside its own frame, from its own origin.
    headers: { 'Access-Control-Allow-Origin': '*' },
    // Everything, icons and manifest included, is a build output served from memory.
    static: false,
  };
  return { ...config, devServer };
}

/**
 * Emits files from the repository as they are (icons, manifest), so that dev-server serves them
 * from memory like the bundles, without a copy plugin dependency.
 */
class CopyFilesPlugin {
  constructor(files) {
    this.files = files;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CopyFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CopyFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const file of this.files) {
          const absolute = path.resolve(compiler.context, file);
          compilation.fileDependencies.add(absolute);
          compilation.emitAsset(file, new sources.RawSource(fs.readFileSync(absolute)));
        }
      });
    });
  }
}
