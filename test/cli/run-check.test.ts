import { mkdtemp, readFile, readdir, rm, writeFile, copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { runCheck, EXIT_BAD_INPUT, EXIT_ERRORS_FOUND, EXIT_OK } from '../../src/cli/run-check';
import { ReportSchema, type Report } from '../../src/core/report';
import { buildStackedSample } from '../fixtures/sample-layout';
import { FOLDED_CELLS } from '../../src/cli/format-summary';

const ROOT = path.join(__dirname, '..', '..');
const STACKED = path.join(ROOT, 'samples', '绩效目标表-汇总.xlsx');
const PER_SHEET = path.join(ROOT, 'samples', '绩效目标表-分表.xlsx');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'run-check-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

async function readReport(file: string): Promise<Report> {
  return ReportSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

describe('npm run check', () => {
  it('prints tables per sheet and findings per table, and writes a schema-valid report', async () => {
    const json = path.join(dir, 'stacked.json');
    const { code, out } = await run(STACKED, '--json', json);
    expect(code).toBe(EXIT_OK);
    const report = await readReport(json);
    expect(report.file).toBe('绩效目标表-汇总.xlsx');
    expect(report.summary.tables).toBe(buildStackedSample().expected.length);
    expect(out[0]).toContain(`找到 ${report.summary.tables} 张绩效目标表`);
    expect(out[0]).toContain(`错误 ${report.summary.errors}`);
    expect(out).toContainEqual(expect.stringContaining('工作表「项目绩效目标表」：39 张表'));
    expect(out).toContainEqual(expect.stringContaining('工作表「部门整体绩效目标」：1 张表'));
    // One line per rule and table: its cells (the first FOLDED_CELLS, then how many in all), its rule.
    const groups = new Map<string, Report['findings']>();
    for (const f of report.findings) groups.set(`${f.table} ${f.rule}`, [...(groups.get(`${f.table} ${f.rule}`) ?? []), f]);
    const findingLines = out.filter((l) => /^ {6}[✗!i] /.test(l));
    expect(findingLines).toHaveLength(groups.size);
    for (const group of groups.values()) {
      const cells = group.map((f) => f.cell);
      const named = cells.slice(0, FOLDED_CELLS).join('、') + (cells.length > FOLDED_CELLS ? ` …（共 ${cells.length} 处）` : '');
      const count = cells.length > 1 ? ` ×${cells.length}` : '';
      expect(findingLines).toContainEqual(expect.stringContaining(`${count} ${named} ${(group[0] as Report['findings'][number]).message} [${group[0]?.rule}]`));
    }
  });

  it('checks several workbooks and folders, one <name>.json each', async () => {
    const folder = path.join(dir, '收到的表格');
    await mkdir(path.join(folder, '乡镇'), { recursive: true });
    await copyFile(PER_SHEET, path.join(folder, '乡镇', 'a.xlsx'));
    await copyFile(STACKED, path.join(folder, 'b.xlsx'));
    await writeFile(path.join(folder, '~$b.xlsx'), 'Excel lock file');
    const reports = path.join(dir, 'reports');
    const { code } = await run(folder, STACKED, '--json', reports);
    expect(code).toBe(EXIT_OK);
    expect((await readdir(reports)).sort()).toEqual(['a.json', 'b.json', '绩效目标表-汇总.json']);
    const a = await readReport(path.join(reports, 'a.json'));
    expect(a.tables.filter((t) => t.kind === 'project')).toHaveLength(39);
  });

  it('exits 1 with --strict when errors are found, 0 without', async () => {
    expect((await run(STACKED, '--strict', '--quiet')).code).toBe(EXIT_ERRORS_FOUND);
    expect((await run(STACKED, '--quiet')).code).toBe(EXIT_OK);
  });

  it('reports zero tables for a workbook that holds none', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('通讯录').addRow(['联系人', '电话', '项目名称']);
    const file = path.join(dir, 'none.xlsx');
    await wb.xlsx.writeFile(file);
    const json = path.join(dir, 'none.json');
    const { code, out } = await run(file, '--json', json);
    expect(code).toBe(EXIT_OK);
    expect((await readReport(json)).summary).toEqual({ tables: 0, errors: 0, warnings: 0, infos: 0 });
    expect(out[0]).toContain('找到 0 张绩效目标表');
  });

  it('gives one line in Chinese and English and exit 2 for unreadable input, and still checks the rest', async () => {
    const bad = path.join(dir, 'notes.xlsx');
    await writeFile(bad, '这不是工作簿');
    const { code, out, err } = await run(bad, STACKED, '--quiet');
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^notes\.xlsx：[^\n]*[\u4e00-\u9fff][^\n]* \/ Cannot read/);
    expect(out.filter((l) => l.includes('找到'))).toHaveLength(1);
  });

  it('exits 2 with the usage on bad arguments', async () => {
    const { code, err } = await run('--no-such-flag', STACKED);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(err.join('\n')).toContain('用法 / Usage');
    expect((await run()).code).toBe(EXIT_BAD_INPUT);
  });
});

describe('the real command, as a clerk runs it', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'src', 'cli', 'check-main.ts'), ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });

  it.each([
    ['an old .xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), /\.xls/],
    ['an empty file', Buffer.alloc(0), /空/],
    ['a corrupt zip', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 7)]), /损坏/],
  ])('%s: exit code 2, one line, no stack trace', async (_label, bytes, reason) => {
    const file = path.join(dir, `bad-${bytes.length}.xlsx`);
    await writeFile(file, bytes);
    const r = cli(file);
    expect(r.status).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run check --profile', () => {
  it('applies a profile from a file and refuses a broken one with exit 2', async () => {
    const quiet = path.join(dir, 'quiet.json');
    await writeFile(quiet, JSON.stringify({ rules: { 'required.template-text': 'off', 'required.empty': 'warning' } }));
    const json = path.join(dir, 'profiled.json');
    expect((await run(STACKED, '--profile', quiet, '--json', json, '--quiet')).code).toBe(EXIT_OK);
    const report = await readReport(json);
    expect(report.findings.some((f) => f.rule === 'required.template-text')).toBe(false);
    expect(report.findings.filter((f) => f.rule === 'required.empty').every((f) => f.severity === 'warning')).toBe(true);

    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{ "rules": { "required.empty": "loud" } }');
    const r = await run(STACKED, '--profile', broken);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err).toEqual([expect.stringMatching(/^检查方案有误 \/ Invalid profile .*rules\.required\.empty/)]);
  });
});
