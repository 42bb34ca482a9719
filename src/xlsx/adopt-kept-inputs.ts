import type ExcelJS from 'exceljs';
import type { KeptInputs } from '../core/plan/kept-inputs';
import { inputEntry, type RecordedInput } from './read-inputs';

/** The entries of what `clear --keep-actuals` left beside the tables (see `keptInputCells`), as typed. */
export function readKeptEntries(wb: ExcelJS.Workbook, kept: KeptInputs): RecordedInput[] {
  const date1904 = wb.properties.date1904 === true;
  return kept.entries.flatMap((c) => {
    const ws = wb.getWorksheet(c.sheet);
    const entry = ws ? inputEntry(ws, c.row, c.col, date1904) : null;
    return entry ? [entry] : [];
  });
}

/**
 * Empties the kept cells so a new result can be written in their place; only once the plan is known
 * to carry every entry over (`plansInputsAt`).
 */
export function emptyKeptCells(wb: ExcelJS.Workbook, kept: KeptInputs): void {
  for (const c of kept.cells) {
    const ws = wb.getWorksheet(c.sheet);
    if (ws) ws.getCell(c.row, c.col).value = null;
  }
}
