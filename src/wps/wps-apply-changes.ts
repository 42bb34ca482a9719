import { summaryInput } from '../addin/cell-input';
import type { PlanChanges } from '../core/plan/plan-changes';
import type { EtWorkbook, EtWorksheet } from './et-facade';
import { writeOwnedContents } from './wps-apply-plan';
import { missingSheetError, rangeAt, sheetNamed } from './wps-cells';

/**
 * A re-check's changes, written where the last result put them, as the Office host writes them:
 * the changed owned cells' formats and contents, and the changed rows of 检查汇总. Styles, flags,
 * notes and the record stay (the changes keep every position). A sheet to write that is gone
 * fails it with `missing-sheet` before anything is written: the caller checks the whole workbook.
 */
export function applyWpsPlanChanges(book: EtWorkbook, changes: PlanChanges, summarySheet: string | null): void {
  const sheet = (name: string): EtWorksheet => {
    const ws = sheetNamed(book, name);
    if (!ws) throw missingSheetError(name);
    return ws;
  };
  const sheets = changes.sheets.map((s) => ({ ws: sheet(s.sheet), cells: s.cells }));
  const rows = changes.summaryRows.filter((r) => r.cells.length > 0);
  const summary = summarySheet === null || rows.length === 0 ? null : sheet(summarySheet);
  for (const { ws, cells } of sheets) writeOwnedContents(ws, cells);
  for (const { row, cells } of summary ? rows : []) {
    rangeAt(summary as EtWorksheet, { top: row, left: 1, bottom: row, right: cells.length }).Formula = [cells.map((c) => summaryInput(c) ?? '')];
  }
}
