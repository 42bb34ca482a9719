import ExcelJS from 'exceljs';
import { cellAddress } from '../core/address';
import { RECORD_SHEET, type WriteRecord } from '../core/plan/write-plan';
import { decodeRecord as decodeRecordChunks, encodeRecord } from '../core/plan/record-codec';
import { plainContent } from './cell-content';
import { InputError } from './input-error';


/** The record sheet exists but cannot be read: nothing is changed, and the user is told why. */
export function recordError(detail: string, file = ''): InputError {
  return new InputError(
    'corrupt',
    `检查记录（隐藏工作表「${RECORD_SHEET}」）已损坏，无法清除或更新上次的检查结果；工作簿未作任何改动，请改用检查前的原始工作簿`,
    `The check record (hidden sheet "${RECORD_SHEET}") is damaged (${detail}), so the previous result cannot be cleared or replaced; the workbook was not changed. Use the workbook as it was before the check`,
    file,
  );
}

/** A label the add-in wrote is no longer where the record says: the sheet's layout has changed. */
export function layoutChangedError(sheet: string, row: number, col: number, file = ''): InputError {
  const at = `${sheet}!${cellAddress(row, col)}`;
  return new InputError(
    'corrupt',
    `工作表「${sheet}」在检查后插入或删除了行列（或改动了检查写入的标题，如 ${at}），无法安全地清除或更新上次的检查结果；工作簿未作任何改动。请把该标题恢复原样，或改用检查前的原始工作簿`,
    `Sheet "${sheet}" has changed since the check (rows or columns inserted or deleted, or a header the check wrote was edited, e.g. ${at}), so the previous result cannot be cleared or replaced safely; the workbook was not changed. Put the header back, or use the workbook as it was before the check`,
    file,
  );
}

export function decodeRecord(chunks: string[]): WriteRecord {
  const decoded = decodeRecordChunks(chunks);
  if (!decoded.ok) throw recordError(decoded.detail);
  return decoded.record;
}

/** The record of the previous check, or null when the workbook holds none. Throws `recordError`. */
export function readWriteRecord(wb: ExcelJS.Workbook): WriteRecord | null {
  const ws = wb.getWorksheet(RECORD_SHEET);
  if (!ws) return null;
  const chunks: string[] = [];
  for (let r = 1; ; r++) {
    const cell = ws.findRow(r)?.findCell(1);
    const text = cell ? plainContent(cell.value) : null;
    if (typeof text !== 'string' || text === '') break;
    chunks.push(text);
  }
  return decodeRecord(chunks);
}

/**
 * The record, after checking that every label the add-in wrote is still in its cell: inserting or
 * deleting rows or columns moves them, and then the record no longer names the add-in's cells.
 * Sheets that are gone are not checked (clearing skips them). Throws `recordError` or
 * `layoutChangedError`; returns null when the workbook holds no record.
 */
export function readVerifiedRecord(wb: ExcelJS.Workbook): WriteRecord | null {
  const record = readWriteRecord(wb);
  if (!record) return null;
  for (const s of record.sheets) {
    const ws = wb.getWorksheet(s.sheet);
    if (!ws) continue;
    for (const { row, col, text } of s.owned) {
      if (text === undefined) continue;
      const cell = ws.findCell(row, col);
      const current = cell && cell.type !== ExcelJS.ValueType.Merge ? plainContent(cell.value) : null;
      if (current !== text) throw layoutChangedError(s.sheet, row, col);
    }
  }
  return record;
}

/** Adds the record sheet (very hidden: not listed under Unhide, so it is not removed by accident). */
export function writeWriteRecord(wb: ExcelJS.Workbook, record: WriteRecord): void {
  const ws = wb.addWorksheet(RECORD_SHEET, { state: 'veryHidden' });
  encodeRecord(record).forEach((chunk, i) => {
    ws.getCell(i + 1, 1).value = chunk;
  });
}
