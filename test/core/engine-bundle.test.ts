import webpack from 'webpack';
import path from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import vm from 'node:vm';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (env: unknown, argv: { mode: string }) => webpack.Configuration;

describe('browser bundle of src/core', () => {
  it('builds for the web with no Node fallbacks, and the bundle checks a snapshot in a bare VM', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'engine-bundle-'));
    const config = { ...makeConfig({}, { mode: 'development' }), output: { ...makeConfig({}, { mode: 'development' }).output, path: out }, devtool: false as const };
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config, (err, s) => (err || !s ? reject(err ?? new Error('no stats')) : resolve(s))),
    );
    expect(stats.toJson({ errors: true }).errors).toEqual([]);
    const context: Record<string, unknown> = {};
    context.globalThis = context;
    vm.runInNewContext(readFileSync(path.join(out, 'engine.js'), 'utf8'), context);
    const engine = context.JixiaoEngine as typeof import('../../src/core/index');
    const result = engine.checkWorkbook({ file: 'x.xlsx', sheets: [{ name: 'S', origin: { row: 1, col: 1 }, values: [['项目名称']], text: [['项目名称']], formats: [['General']], merges: [] }] });
    expect(result.report.schemaVersion).toBe(1);
    expect(result.report.tables).toEqual([]);
  });
});
