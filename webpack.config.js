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
 *   kept out of the add-in build so that what Excel loads contains no fake; and `office-stand-in.js`,
 *   a fake Office.js for loading the add-in build's own taskpane.html in the e2e tests.
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
    // The Office.js stand-in has no page: the e2e test serves it in Office.js's place to dist/taskpane.html.
    entry: { harness: './src/harness/harness-entry.tsx', 'office-stand-in': './src/harness/office-stand-in.ts' },
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
