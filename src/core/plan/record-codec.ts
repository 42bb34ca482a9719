import type { z } from 'zod';
import { packRecord, unpackRecord } from './record-wire';
import { WriteRecordSchema, type WriteRecord } from './write-plan';

/**
 * The hidden record sheet's column A, shared by both hosts so that a workbook annotated by the
 * command line can be cleared in Excel and the other way round: `JSON.stringify` of the record's
 * wire form (record-wire.ts) with every character outside printable ASCII as a `\uXXXX` escape (no
 * cut falls inside a surrogate pair), cut into pieces of at most RECORD_CHUNK characters (a cell
 * holds 32,767) in A1, A2, …; reading joins column A down to the first cell that is not a non-empty
 * string.
 */
export const RECORD_CHUNK = 32_000;

/** A piece must not start like a formula or a number, or Excel would convert it on entry. */
const RISKY_START = /^[=+\-@'\s\d.]/;

function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Any JSON value in column A pieces, as the record is (the hidden profile sheet uses it too). */
export function encodeJsonChunks(value: unknown): string[] {
  const json = asciiJson(value);
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

/** The JSON value the pieces join to, or what is wrong with it in a few English words. */
export function parseJsonChunks(chunks: string[]): { ok: true; value: unknown } | { ok: false; detail: string } {
  try {
    return { ok: true, value: JSON.parse(chunks.join('')) };
  } catch (e) {
    return { ok: false, detail: `bad JSON: ${(e as Error).message}`.slice(0, 120) };
  }
}

/** The record's pieces, in its wire form (record-wire.ts). */
export function encodeRecord(record: WriteRecord): string[] {
  return encodeJsonChunks(packRecord(record));
}

/** Where a record departs from its schema, in a few English words. */
function issueDetail(error: z.ZodError): string {
  const issue = error.issues[0];
  return `unexpected content${issue ? ` at ${issue.path.join('.') || 'top'}: ${issue.message}` : ''}`.slice(0, 160);
}

/** The record, or what is wrong with it in a few English words for the host's error message. */
export function decodeRecord(chunks: string[]): { ok: true; record: WriteRecord } | { ok: false; detail: string } {
  const parsed = parseJsonChunks(chunks);
  if (!parsed.ok) return parsed;
  const unpacked = unpackRecord(parsed.value);
  if (!unpacked.ok) return { ok: false, detail: issueDetail(unpacked.error) };
  const result = WriteRecordSchema.safeParse(unpacked.value);
  if (!result.success) return { ok: false, detail: issueDetail(result.error) };
  return { ok: true, record: result.data };
}
