import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { RECORD_SHEET, SUMMARY_SHEET } from '../../src/core/plan/write-plan';
import { runCheck, EXIT_BAD_INPUT, EXIT_OK } from '../../src/cli/run-check';
import { runClear } from '../../src/cli/run-clear';
import { loadWorkbookFile } from '../../src/xlsx/open-workbook';
import { readWriteRecord } from '../../src/xlsx/write-record-sheet';
import { expectSameWorkbook } from '../xlsx/workbook-dump';
import { ReportSchema, type Report } from '../../src/core/report';
import { DEPARTMENT_SHEET } from '../fixtures/sample-layout';

const ROOT = path.join(__dirname, '..', '..');
const STACKED = path.join(ROOT, 'samples', '绩效目标表-汇总.xlsx');
const PER_SHEET = path.join(ROOT, 'samples', '绩效目标表-分表.xlsx');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'annotate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Runner = typeof runCheck;
async function run(runner: Runner, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runner(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
const check = (...argv: string[]) => run(runCheck, ...argv);
const clear = (...argv: string[]) => run(runClear, ...argv);

describe.each([
  ['stacked', STACKED],
  ['per-sheet', PER_SHEET],
])('npm run check --out, then npm run clear (%s sample)', (label, sample) => {
  const file = (name: string) => path.join(dir, `${label}-${name}`);

  it('writes an annotated copy, leaves the input alone, and clearing gives the original back', async () => {
    const before = await readFile(sample);
    const annotated = file('annotated.xlsx');
    const r = await check(sample, '--out', annotated, '--quiet');
    expect(r.err).toEqual([]);
    expect(r.code).toBe(EXIT_OK);
    expect((await readFile(sample)).equals(before)).toBe(true);

    const wb = await loadWorkbookFile(annotated);
    expect(wb.getWorksheet(SUMMARY_SHEET)).toBeDefined();
    expect(wb.getWorksheet(RECORD_SHEET)?.state).toBe('veryHidden');
    expect(readWriteRecord(wb)?.sheets.some((s) => s.owned.length > 0 && s.fills.length > 0)).toBe(true);

    const restored = file('restored.xlsx');
    const c = await clear(annotated, '--out', restored);
    expect(c.code).toBe(EXIT_OK);
    expect(c.out).toEqual([expect.stringContaining('已清除检查结果 / check result cleared')]);
    expectSameWorkbook(await loadWorkbookFile(restored), await loadWorkbookFile(sample));
  });

  it('checking the annotated copy again gives the same annotated copy', async () => {
    const again = file('annotated-again.xlsx');
    expect((await check(file('annotated.xlsx'), '--out', again, '--quiet')).code).toBe(EXIT_OK);
    expectSameWorkbook(await loadWorkbookFile(again), await loadWorkbookFile(file('annotated.xlsx')));
  });

  it("keeps what the user typed into 实际完成值 through a re-check, and the report counts it (已填 1/n)", async () => {
    const wb = await loadWorkbookFile(file('annotated.xlsx'));
    const record = readWriteRecord(wb);
    const withInputs = (record?.sheets ?? []).find((s) => (s.inputs ?? []).length > 0 && s.sheet !== DEPARTMENT_SHEET);
    const cell = withInputs?.inputs?.[0];
    if (!withInputs || !cell) throw new Error('the plan has no input cells');
    (wb.getWorksheet(withInputs.sheet) as ExcelJS.Worksheet).getCell(cell.row, cell.col).value = 0.95;
    const typed = file('typed.xlsx');
    await wb.xlsx.writeFile(typed);

    const rechecked = file('rechecked.xlsx');
    const json = file('rechecked.json');
    expect((await check(typed, '--out', rechecked, '--json', json, '--quiet')).code).toBe(EXIT_OK);
    const out = await loadWorkbookFile(rechecked);
    expect(out.getWorksheet(withInputs.sheet)?.getCell(cell.row, cell.col).value).toBe(0.95);

    const original = file('original.json');
    await check(sample, '--json', original, '--quiet');
    const report = ReportSchema.parse(JSON.parse(await readFile(json, 'utf8')));
    const before = ReportSchema.parse(JSON.parse(await readFile(original, 'utf8')));
    // Same tables, same ranges: the add-in's columns stay out of them.
    const plain = (t: Report['tables'][number]) => ({ id: t.id, sheet: t.sheet, range: t.range, kind: t.kind, name: t.name });
    expect(report.tables.map(plain)).toEqual(before.tables.map(plain));
    const rowsOf = (range: string) => range.split(':').map((a) => Number(a.replace(/[A-Z]+/, '')));
    const typedTable = report.tables.find((t) => {
      const [top, bottom] = rowsOf(t.range) as [number, number];
      return t.sheet === withInputs.sheet && t.kind === 'project' && cell.row >= top && cell.row <= bottom;
    });
    // The record's first input is the table's 全年执行数: typed, the table counts its 实际完成值 cells
    // (the record's other inputs in its rows), none typed yet, and grades nothing until all are.
    const [top, bottom] = rowsOf(typedTable?.range ?? '') as [number, number];
    const actualCells = (withInputs.inputs ?? []).filter((c) => c !== cell && c.row >= top && c.row <= bottom);
    expect(typedTable?.actuals).toEqual({ filled: 0, of: actualCells.length });
    expect(typedTable?.score).toBeUndefined();
    expect(report.tables.filter((t) => t.actuals !== undefined)).toEqual([typedTable]);
    expect(before.tables.some((t) => t.score !== undefined)).toBe(false);
  });
});

describe('where the annotated and restored workbooks go', () => {
  it('never over the input unless --in-place', async () => {
    const copy = path.join(dir, 'mine.xlsx');
    await copyFile(PER_SHEET, copy);
    const before = await readFile(copy);
    const r = await check(copy, '--out', path.join(dir, '.', 'mine.xlsx'));
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err.join('\n')).toMatch(/不会覆盖原工作簿.*--in-place/);
    expect((await readFile(copy)).equals(before)).toBe(true);

    expect((await check(copy, '--in-place', '--quiet')).code).toBe(EXIT_OK);
    expect((await loadWorkbookFile(copy)).getWorksheet(RECORD_SHEET)).toBeDefined();
    expect((await clear(copy, '--out', copy)).code).toBe(EXIT_BAD_INPUT);
    expect((await clear(copy, '--in-place')).code).toBe(EXIT_OK);
    expectSameWorkbook(await loadWorkbookFile(copy), await loadWorkbookFile(PER_SHEET));
  });

  it('a folder of workbooks goes into a folder, one <name>.xlsx each', async () => {
    const out = path.join(dir, 'annotated');
    const r = await check(STACKED, PER_SHEET, '--out', out, '--quiet');
    expect(r.code).toBe(EXIT_OK);
    for (const name of ['绩效目标表-汇总.xlsx', '绩效目标表-分表.xlsx']) expect((await stat(path.join(out, name))).isFile()).toBe(true);
  });

  it('clearing a workbook without a check result copies it unchanged', async () => {
    const target = path.join(dir, 'untouched.xlsx');
    const r = await clear(STACKED, '--out', target);
    expect(r.code).toBe(EXIT_OK);
    expect(r.out[0]).toContain('没有检查结果');
    expect((await readFile(target)).equals(await readFile(STACKED))).toBe(true);
  });

  it('clear needs --out or --in-place', async () => {
    const r = await clear(STACKED);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err.join('\n')).toContain('--in-place');
  });
});

describe('a damaged record', () => {
  it('stops check and clear with one clear line, and nothing is written', async () => {
    const annotated = path.join(dir, 'damaged.xlsx');
    expect((await check(PER_SHEET, '--out', annotated, '--quiet')).code).toBe(EXIT_OK);
    const wb = await loadWorkbookFile(annotated);
    (wb.getWorksheet(RECORD_SHEET) as ExcelJS.Worksheet).getCell('A1').value = '{"version":1,"sheets":[';
    await wb.xlsx.writeFile(annotated);

    for (const [runner, args] of [[clear, ['--out']], [check, ['--out']]] as const) {
      const target = path.join(dir, `damaged-out-${args.length}-${runner === clear ? 'clear' : 'check'}.xlsx`);
      const r = await runner(annotated, ...args, target);
      expect(r.code).toBe(EXIT_BAD_INPUT);
      expect(r.err).toEqual([expect.stringMatching(/^damaged\.xlsx：检查记录.*已损坏.* \/ The check record .* is damaged/)]);
      await expect(stat(target)).rejects.toThrow();
    }
  });

  it('the real `npm run clear` prints one line and no stack trace', async () => {
    const target = path.join(dir, 'never.xlsx');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'src', 'cli', 'clear-main.ts'), path.join(dir, 'damaged.xlsx'), '--out', target], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(EXIT_BAD_INPUT);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

it('an unreadable file is reported by clear like by check', async () => {
  const bad = path.join(dir, 'bad.xlsx');
  await writeFile(bad, '不是工作簿');
  const r = await clear(bad, '--out', path.join(dir, 'bad-out.xlsx'));
  expect(r.code).toBe(EXIT_BAD_INPUT);
  expect(r.err).toEqual([expect.stringMatching(/^bad\.xlsx：.* \/ Cannot read/)]);
});
