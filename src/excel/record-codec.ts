import { columnPieces } from '../addin/column-pieces';
import { RECORD_SHEET, type WriteRecord } from '../core/plan/write-plan';
import { decodeRecord as decodeRecordChunks } from '../core/plan/record-codec';
import { ExcelHostError } from './host-error';

export function recordCorruptError(detail: string): ExcelHostError {
  return new ExcelHostError(
    'record-corrupt',
    `检查记录（隐藏工作表「${RECORD_SHEET}」）已损坏，无法清除或更新上次的检查结果；工作簿未作任何改动`,
    `The check record (hidden sheet "${RECORD_SHEET}") is damaged (${detail}), so the previous result cannot be cleared or replaced; the workbook was not changed`,
  );
}

/** Column A of the record sheet, top down, as Office.js `values` give it. */
export function recordChunks(column: unknown[][]): string[] {
  return columnPieces(column.map((row) => row[0]));
}

export function decodeRecord(chunks: string[]): WriteRecord {
  const decoded = decodeRecordChunks(chunks);
  if (!decoded.ok) throw recordCorruptError(decoded.detail);
  return decoded.record;
}
