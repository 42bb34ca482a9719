import { z } from 'zod';
import { RECORD_SHEET, WriteRecordSchema, type WriteRecord } from '../core/plan/write-plan';
import { ExcelHostError } from './host-error';

/**
 * The hidden record sheet's content, in the form the command line writes (src/xlsx/write-record-sheet):
 * `JSON.stringify(record)` with every character outside printable ASCII as a `\uXXXX` escape, cut
 * into pieces of at most `RECORD_CHUNK` characters in A1, A2, …; reading joins column A down to the
 * first cell that is not a non-empty string. Pieces here never start with a character Excel would
 * take for the start of a formula or a number (the column is also formatted as text).
 */
export const RECORD_CHUNK = 32_000;

/** How the flags' messages were attached; absent in the command line's records, which write notes. */
export const OfficeWriteRecordSchema = WriteRecordSchema.extend({ noteKind: z.enum(['notes', 'comments']).optional() });
export type OfficeWriteRecord = WriteRecord & { noteKind?: 'notes' | 'comments' };

const RISKY_START = /^[=+\-@'\s\d.]/;

function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function encodeRecord(record: OfficeWriteRecord): string[] {
  const json = asciiJson(record);
  const chunks: string[] = [];
  let start = 0;
  while (start < json.length) {
    let end = Math.min(json.length, start + RECORD_CHUNK);
    // Move the cut back until the next piece starts safely (JSON never has a long risky run).
    while (end < json.length && end > start + 1 && RISKY_START.test(json.charAt(end))) end--;
    chunks.push(json.slice(start, end));
    start = end;
  }
  return chunks;
}

export function recordCorruptError(detail: string): ExcelHostError {
  return new ExcelHostError(
    'record-corrupt',
    `检查记录（隐藏工作表「${RECORD_SHEET}」）已损坏，无法清除或更新上次的检查结果；工作簿未作任何改动`,
    `The check record (hidden sheet "${RECORD_SHEET}") is damaged (${detail}), so the previous result cannot be cleared or replaced; the workbook was not changed`,
  );
}

/** Column A of the record sheet, top down, as Office.js `values` give it. */
export function recordChunks(column: unknown[][]): string[] {
  const chunks: string[] = [];
  for (const row of column) {
    const v = row[0];
    if (typeof v !== 'string' || v === '') break;
    chunks.push(v);
  }
  return chunks;
}

export function decodeRecord(chunks: string[]): OfficeWriteRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(chunks.join(''));
  } catch (e) {
    throw recordCorruptError(`bad JSON: ${(e as Error).message}`.slice(0, 120));
  }
  const result = OfficeWriteRecordSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw recordCorruptError(`unexpected content${issue ? ` at ${issue.path.join('.') || 'top'}: ${issue.message}` : ''}`.slice(0, 160));
  }
  return result.data;
}
