/**
 * The one check sequence (read, clear, re-read, check, plan, apply) that the command line, Excel
 * and WPS run, tested once: the order of its steps, and the same plan through the ExcelJS host and
 * the Office.js host over the fake.
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { runCheckSequence, type CheckPrimitives } from '../../src/addin/check-sequence';
import type { CheckProgress } from '../../src/addin/addin-host';
import { DEFAULT_PROFILE } from '../../src/core/profile/profile-schema';
import { plansInputsAt } from '../../src/core/plan/kept-inputs';
import { OWNED_HEADER } from '../../src/core/plan/write-plan';
import { officeCheckPrimitives } from '../../src/excel/office-addin-host';
import { FakeExcel } from '../../src/harness/fake-excel';
import { xlsxCheckPrimitives } from '../../src/xlsx/check-primitives';
import { clearWritePlan } from '../../src/xlsx/clear-write-plan';
import { loadWorkbookFile } from '../../src/xlsx/open-workbook';
import { readWriteRecord } from '../../src/xlsx/write-record-sheet';
import { snapshotWorkbook } from '../../src/xlsx/read-snapshot';
import { contextOf } from '../excel/excel-fixtures';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', '绩效目标表-分表.xlsx');

/** The primitives with every call written down, by name. */
function recording(host: CheckPrimitives, calls: string[]): CheckPrimitives {
  return {
    read: () => (calls.push('read'), host.read()),
    clearPrevious: () => (calls.push('clear'), host.clearPrevious()),
    readKept: (kept) => (calls.push('readKept'), host.readKept?.(kept) ?? Promise.resolve([])),
    emptyKept: (kept) => (calls.push('emptyKept'), host.emptyKept?.(kept) ?? Promise.resolve()),
    apply: (plan) => (calls.push('apply'), host.apply(plan)),
  };
}

function firstInput(wb: ExcelJS.Workbook): { sheet: string; row: number; col: number } {
  const s = readWriteRecord(wb)?.sheets.find((x) => (x.inputs ?? []).length > 0);
  const cell = s?.inputs?.[0];
  if (!s || !cell) throw new Error('the plan has no input cell');
  return { sheet: s.sheet, ...cell };
}

describe('runCheckSequence', () => {
  it('reads, clears, reads again only after clearing something, checks, plans and applies, reporting each stage', async () => {
    const wb = await loadWorkbookFile(SAMPLE);
    const calls: string[] = [];
    const stages: string[] = [];
    const progress = (p: CheckProgress) => void stages.push(`${p.stage}${p.done}/${p.total}`);
    const first = await runCheckSequence(recording(xlsxCheckPrimitives(wb, SAMPLE), calls), DEFAULT_PROFILE, progress);
    expect(calls).toEqual(['read', 'clear', 'apply']);
    calls.length = 0;
    await runCheckSequence(recording(xlsxCheckPrimitives(wb, SAMPLE), calls), DEFAULT_PROFILE);
    expect(calls).toEqual(['read', 'clear', 'read', 'apply']);
    // Sheets read, tables checked; the ExcelJS host writes in one go, so its write reports no cells.
    const sheets = first.checked.sheets.length;
    const tables = first.result.tables.length;
    expect(stages).toEqual(['read0/0', `read${sheets}/${sheets}`, 'check0/0', `check${tables}/${tables}`, 'write0/0']);
  });

  it('plans the same result through the ExcelJS host and the Office.js host, first check and re-check alike', async () => {
    const wb = await loadWorkbookFile(SAMPLE);
    const fake = FakeExcel.fromSnapshot(snapshotWorkbook(wb, path.basename(SAMPLE)));
    const office = officeCheckPrimitives(contextOf(fake), path.basename(SAMPLE));
    const xlsx = xlsxCheckPrimitives(wb, SAMPLE);
    for (let i = 0; i < 2; i++) {
      const byExcelJs = await runCheckSequence(xlsx, DEFAULT_PROFILE);
      const byOffice = await runCheckSequence(office, DEFAULT_PROFILE);
      expect(byOffice.plan).toEqual(byExcelJs.plan);
      expect(byOffice.result.report).toEqual(byExcelJs.result.report);
      expect(byOffice.summarySheet).toBe(byExcelJs.summarySheet);
    }
  });

  it('carries a typed entry over, and takes back a 实际完成值 column an earlier clear kept as the user\'s', async () => {
    const wb = await loadWorkbookFile(SAMPLE);
    const host = xlsxCheckPrimitives(wb, SAMPLE);
    await runCheckSequence(host, DEFAULT_PROFILE);
    const typed = firstInput(wb);
    const cell = () => (wb.getWorksheet(typed.sheet) as ExcelJS.Worksheet).getCell(typed.row, typed.col);
    cell().value = 0.95;
    const carried = await runCheckSequence(host, DEFAULT_PROFILE);
    expect(carried.inputs).toEqual([{ ...typed, value: 0.95 }]);
    expect(cell().value).toBe(0.95);

    expect(clearWritePlan(wb, [typed])).toBe(true);
    const calls: string[] = [];
    const adopted = await runCheckSequence(recording(host, calls), DEFAULT_PROFILE);
    expect(calls).toEqual(['read', 'clear', 'readKept', 'emptyKept', 'apply']);
    expect(plansInputsAt(adopted.plan, [typed])).toBe(true);
    expect(cell().value).toBe(0.95);
    const headerCols = adopted.plan.sheets.find((s) => s.sheet === typed.sheet)?.cells.filter((c) => c.value === OWNED_HEADER.actual && c.row < typed.row).map((c) => c.col);
    expect(headerCols).toContain(typed.col);
    expect(headerCols).not.toContain(typed.col + 1);
  });
});
