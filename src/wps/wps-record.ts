import { decodeRecord, recordChunks } from '../excel/record-codec';
import { encodeRecord } from '../core/plan/record-codec';
import { RECORD_SHEET, type WriteRecord } from '../core/plan/write-plan';
import { SHEET_VERY_HIDDEN, values2, type EtWorksheet } from './et-facade';

/** Cells of column A read at a time. */
const READ_ROWS = 256;

/** The record in column A of the record sheet; null when it is empty (a re-check emptied it and stopped short). */
export function readRecord(sheet: EtWorksheet): WriteRecord | null {
  const chunks: string[] = [];
  for (let top = 1; ; top += READ_ROWS) {
    const got = recordChunks(values2(sheet.Range(`A${top}:A${top + READ_ROWS - 1}`), READ_ROWS, 1));
    chunks.push(...got);
    if (got.length < READ_ROWS) break;
  }
  return chunks.length === 0 ? null : decodeRecord(chunks);
}

/** A result is in the workbook: the record sheet holds a record (an emptied one counts as none). */
export function hasRecord(sheet: EtWorksheet | null): boolean {
  return sheet !== null && recordChunks(values2(sheet.Range('A1'), 1, 1)).length > 0;
}

/** Writes the record into column A (as text, so no piece is read as a number) of a very hidden sheet. */
export function writeRecord(sheet: EtWorksheet, record: WriteRecord): void {
  const chunks = encodeRecord(record);
  sheet.Visible = SHEET_VERY_HIDDEN;
  const column = sheet.Range(`A1:A${chunks.length}`);
  column.NumberFormat = '@';
  column.Value2 = chunks.map((c) => [c]);
}

export { RECORD_SHEET };
