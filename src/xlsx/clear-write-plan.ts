import ExcelJS from 'exceljs';
import { RECORD_SHEET } from '../core/plan/write-plan';
import { recordedFill, recordedStyle, removeNote, withFill } from './cell-style';
import { readVerifiedRecord } from './write-record-sheet';
import { restorePageSetup } from './page-setup';
import { withoutKeptInputs, type SheetCell } from '../core/plan/kept-inputs';

function removeSheet(wb: ExcelJS.Workbook, name: string): void {
  const ws = wb.getWorksheet(name);
  if (ws) wb.removeWorksheet(ws.id);
}

/**
 * A workbook saved while 检查汇总 was the active sheet names it by position as its active tab; with
 * it gone, that position is past the last sheet, which Excel reports as damaged content. The first
 * visible sheet becomes active instead.
 */
function keepActiveTabInRange(wb: ExcelJS.Workbook): void {
  const sheets = wb.worksheets;
  const firstVisible = Math.max(0, sheets.findIndex((ws) => ws.state === 'visible'));
  // Undefined for a file without <bookViews>, whatever the typings say.
  const bookViews = (wb.views as { activeTab?: number; firstSheet?: number }[] | undefined) ?? [];
  for (const view of bookViews) {
    if (view.firstSheet !== undefined && view.firstSheet >= sheets.length) view.firstSheet = firstVisible;
    if (view.activeTab !== undefined && view.activeTab >= sheets.length) {
      view.activeTab = firstVisible;
      const active = sheets[firstVisible];
      // A sheet read from a file without <sheetViews> has null views, whatever the typings say.
      const views = (active?.views as ExcelJS.WorksheetView[] | null | undefined) ?? [];
      const sheetView = views[0];
      // ExcelJS reads and writes `tabSelected` but does not declare it.
      if (active && sheetView) active.views = [{ ...sheetView, tabSelected: true } as unknown as ExcelJS.WorksheetView, ...views.slice(1)];
    }
  }
}

/**
 * 清除检查结果: undoes exactly what the record lists, in the reverse order of writing (notes and
 * fills first, since a flag may sit on an owned cell, then the owned cells and widths), and removes
 * the summary and record sheets. Returns false when the workbook holds no record. A damaged record
 * (`recordError`), or a sheet whose layout changed since the check (`layoutChangedError`), throws
 * before anything is changed. Sheets the user has since deleted or renamed are skipped. `keep`: input
 * cells the user typed into, left as the user's own cells with the labels naming them (`--keep-actuals`).
 */
export function clearWritePlan(wb: ExcelJS.Workbook, keep: readonly SheetCell[] = []): boolean {
  const verified = readVerifiedRecord(wb);
  if (!verified) return false;
  const record = keep.length > 0 ? withoutKeptInputs(verified, keep) : verified;
  for (const s of record.sheets) {
    const ws = wb.getWorksheet(s.sheet);
    if (!ws || s.sheet === RECORD_SHEET || s.sheet === record.summarySheet) continue;
    for (const { row, col } of s.notes) removeNote(ws.getCell(row, col));
    for (const { row, col, original } of [...s.fills].reverse()) {
      const cell = ws.getCell(row, col);
      cell.style = withFill(cell.style, recordedFill(original));
    }
    for (const { row, col, original } of s.owned) {
      const cell = ws.getCell(row, col);
      // Merged since the check: the value belongs to the area's master, a user's cell.
      if (cell.type !== ExcelJS.ValueType.Merge) cell.value = null;
      cell.style = recordedStyle(original);
    }
    for (const { col, original } of [...s.widths].reverse()) ws.getColumn(col).width = original ?? undefined;
    if (s.pageSetup !== undefined) restorePageSetup(ws, s.pageSetup);
    for (const { row, original } of s.heights ?? []) {
      const r = ws.getRow(row);
      if (original === null) delete (r as { height?: number }).height;
      else r.height = original;
    }
  }
  if (record.summarySheet !== null && record.summarySheet !== RECORD_SHEET) removeSheet(wb, record.summarySheet);
  removeSheet(wb, RECORD_SHEET);
  keepActiveTabInRange(wb);
  return true;
}
