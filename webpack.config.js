const path = require('path');

/**
 * Bundles the host-free engine for the browser. Building it for `web` with no Node fallbacks is
 * also the proof that src/core imports no host: a stray `fs` or `exceljs` import fails the build.
 */
module.exports = (_env, argv = {}) => ({
  mode: argv.mode || 'production',
  target: 'web',
  entry: { engine: './src/core/index.ts' },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].js',
    library: { name: 'JixiaoEngine', type: 'umd' },
    globalObject: 'globalThis',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'], fallback: {} },
  module: {
    rules: [{ test: /\.ts$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } } }],
  },
  performance: { hints: false },
  devtool: argv.mode === 'development' ? 'source-map' : false,
});
