/**
 * Nothing typed is lost: clear stops when 实际完成值 / 全年执行数 hold the user's entries, keeps them
 * with --keep-actuals (a later check adopts them again) or removes them with --drop-actuals.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { runCheck, EXIT_BAD_INPUT, EXIT_OK } from '../../src/cli/run-check';
import { runClear, typedEntriesLine } from '../../src/cli/run-clear';
import { OWNED_HEADER, RECORD_SHEET, SUMMARY_SHEET, TOTAL_LABEL } from '../../src/core/plan/write-plan';
import { loadWorkbookFile } from '../../src/xlsx/open-workbook';
import { readWriteRecord } from '../../src/xlsx/write-record-sheet';
import { readInputs } from '../../src/xlsx/read-inputs';
import { expectSameWorkbook } from '../xlsx/workbook-dump';

const ROOT = path.join(__dirname, '..', '..');
const PER_SHEET = path.join(ROOT, 'samples', '绩效目标表-分表.xlsx');

let dir: string;
let typed: string;
/** The input cells typed into, with what was typed. */
let entries: { sheet: string; row: number; col: number; value: number }[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'clear-actuals-'));
  const annotated = path.join(dir, 'annotated.xlsx');
  expect((await run(runCheck, PER_SHEET, '--out', annotated, '--quiet')).code).toBe(EXIT_OK);
  const wb = await loadWorkbookFile(annotated);
  const record = readWriteRecord(wb);
  // On the first sheet with inputs, a 全年执行数 entry (its label left of it); on the next, a 实际完成值 one.
  const sheets = (record?.sheets ?? []).filter((s) => (s.inputs ?? []).length > 0);
  const isExecution = (s: (typeof sheets)[number], c: { row: number; col: number }) =>
    s.owned.some((o) => o.row === c.row && o.col === c.col - 1 && o.text === TOTAL_LABEL.execution);
  const pick = (exec: boolean, not?: string) => {
    const s = sheets.find((x) => x.sheet !== not && (x.inputs ?? []).some((c) => isExecution(x, c) === exec));
    const cell = (s?.inputs ?? []).find((c) => s !== undefined && isExecution(s, c) === exec);
    if (!s || !cell) throw new Error('the plan has no such input cell');
    return { sheet: s.sheet, row: cell.row, col: cell.col };
  };
  const execution = pick(true);
  entries = [{ ...execution, value: 1234.5 }, { ...pick(false, execution.sheet), value: 0.95 }];
  for (const e of entries) (wb.getWorksheet(e.sheet) as ExcelJS.Worksheet).getCell(e.row, e.col).value = e.value;
  typed = path.join(dir, 'typed.xlsx');
  await wb.xlsx.writeFile(typed);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(runner: typeof runCheck, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runner(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

it('stops before changing anything and says how many entries it would remove', async () => {
  expect(entries).toHaveLength(2);
  const before = await readFile(typed);
  const target = path.join(dir, 'never.xlsx');
  for (const argv of [['--out', target], ['--in-place']]) {
    const r = await run(runClear, typed, ...argv);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err).toEqual([typedEntriesLine('typed.xlsx', entries.length)]);
    expect(r.err[0]).toMatch(/2 项您填写的内容.*--keep-actuals.*--drop-actuals/);
  }
  expect((await readFile(typed)).equals(before)).toBe(true);
  await expect(stat(target)).rejects.toThrow();
});

it('--drop-actuals removes them with everything else: the original workbook again', async () => {
  const restored = path.join(dir, 'dropped.xlsx');
  const r = await run(runClear, typed, '--out', restored, '--drop-actuals');
  expect(r.code).toBe(EXIT_OK);
  expectSameWorkbook(await loadWorkbookFile(restored), await loadWorkbookFile(PER_SHEET));
});

describe('--keep-actuals', () => {
  const kept = () => path.join(dir, 'kept.xlsx');

  it('removes everything else and leaves the entries, under their header, as the user\'s own cells', async () => {
    const r = await run(runClear, typed, '--out', kept(), '--keep-actuals');
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toEqual([expect.stringContaining(`保留了您填写的 ${entries.length} 项`)]);
    const wb = await loadWorkbookFile(kept());
    expect(wb.getWorksheet(RECORD_SHEET)).toBeUndefined();
    expect(wb.getWorksheet(SUMMARY_SHEET)).toBeUndefined();
    const original = await loadWorkbookFile(PER_SHEET);
    for (const e of entries) {
      const ws = wb.getWorksheet(e.sheet) as ExcelJS.Worksheet;
      expect(ws.getCell(e.row, e.col).value).toBe(e.value);
      if (e === entries[0]) {
        expect(ws.getCell(e.row, e.col - 1).value).toBe(TOTAL_LABEL.execution);
      } else {
        const above: unknown[] = [];
        for (let row = 1; row < e.row; row++) above.push(ws.getCell(row, e.col).value);
        expect(above.filter((v) => v === OWNED_HEADER.actual)).toHaveLength(1);
      }
      // Nothing else of the check is left in that column or the two beside it.
      const orig = original.getWorksheet(e.sheet) as ExcelJS.Worksheet;
      for (let row = 1; row <= ws.rowCount; row++) {
        for (const col of [e.col + 1, e.col + 2]) expect(ws.getCell(row, col).value).toEqual(orig.getCell(row, col).value);
      }
    }
  });

  it('a later check adopts the kept column: the entries become its input cells again, no second column', async () => {
    const rechecked = path.join(dir, 'rechecked.xlsx');
    expect((await run(runCheck, kept(), '--out', rechecked, '--quiet')).code).toBe(EXIT_OK);
    const wb = await loadWorkbookFile(rechecked);
    const inputs = readInputs(wb);
    const bySheet = (a: { sheet: string }, b: { sheet: string }) => a.sheet.localeCompare(b.sheet);
    expect(inputs.map(({ sheet, row, col, value }) => ({ sheet, row, col, value })).sort(bySheet)).toEqual([...entries].sort(bySheet));
    const first = await loadWorkbookFile(path.join(dir, 'annotated.xlsx'));
    for (const e of entries) {
      const count = (w: ExcelJS.Workbook) => {
        let n = 0;
        (w.getWorksheet(e.sheet) as ExcelJS.Worksheet).eachRow((row) => row.eachCell((c) => {
          if (c.value === OWNED_HEADER.actual) n++;
        }));
        return n;
      };
      expect(count(wb)).toBe(count(first));
    }
    // And clearing that (dropping the entries) gives the sheets' contents back.
    const restored = path.join(dir, 'restored-again.xlsx');
    expect((await run(runClear, rechecked, '--out', restored, '--drop-actuals')).code).toBe(EXIT_OK);
    const values = (w: ExcelJS.Workbook) => w.worksheets.map((ws) => {
      const cells: unknown[] = [];
      ws.eachRow((row) => row.eachCell((c) => cells.push([c.address, c.value])));
      return [ws.name, cells];
    });
    expect(values(await loadWorkbookFile(restored))).toEqual(values(await loadWorkbookFile(PER_SHEET)));
  });
});
