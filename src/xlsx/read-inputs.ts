import ExcelJS from 'exceljs';
import { plainContent } from './cell-content';
import { excelSerial } from './excel-serial';
import { readVerifiedRecord } from './write-record-sheet';

/** What the user typed into an input cell of the previous check (实际完成值, 全年执行数). */
export interface RecordedInput {
  sheet: string;
  row: number;
  col: number;
  /** The value, or a formula's cached result; dates as Excel serial numbers. */
  value: string | number | null;
  /** Set when the user typed a formula (without the leading `=`). */
  formula?: string;
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  if (cell.type !== ExcelJS.ValueType.Formula) return undefined;
  const f = cell.formula as string | undefined;
  return f ? f : undefined;
}

function valueOf(cell: ExcelJS.Cell, date1904: boolean): string | number | boolean | null {
  const raw = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  const content = plainContent(raw);
  if (content instanceof Date) return excelSerial(content, date1904);
  if (content !== null && typeof content === 'object') return content.error;
  return content;
}

/** What a cell holds as an input entry (a value or a formula), or null when it is empty. */
export function inputEntry(ws: ExcelJS.Worksheet, row: number, col: number, date1904: boolean): RecordedInput | null {
  const cell = ws.findCell(row, col);
  if (!cell || cell.type === ExcelJS.ValueType.Merge) return null;
  const formula = formulaOf(cell);
  const v = valueOf(cell, date1904);
  const value = typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : v === '' ? null : v;
  if (value === null && formula === undefined) return null;
  return { sheet: ws.name, row, col, value, ...(formula !== undefined ? { formula } : {}) };
}

/**
 * The current content of the input cells the previous check recorded, read before it is cleared so
 * the next plan can put them back (and so clear can say what it would remove). Empty cells are left
 * out. Throws like `clearWritePlan` on a bad record.
 */
export function readInputs(wb: ExcelJS.Workbook): RecordedInput[] {
  const record = readVerifiedRecord(wb);
  if (!record) return [];
  const date1904 = wb.properties.date1904 === true;
  const out: RecordedInput[] = [];
  for (const s of record.sheets) {
    const ws = wb.getWorksheet(s.sheet);
    if (!ws) continue;
    for (const { row, col } of s.inputs ?? []) {
      const entry = inputEntry(ws, row, col, date1904);
      if (entry) out.push(entry);
    }
  }
  return out;
}
