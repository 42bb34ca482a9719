import { z } from 'zod';
import type { WriteRecord } from './write-plan';

/**
 * The record as it is stored (wire version 2): the record with each cell entry as a tuple,
 * `[row, col]` or `[row, col, original]`, instead of an object; an owned label (`text`) keeps the
 * object form. A large workbook's record holds some 100,000 cells, and `{"row":12,"col":8}` spends
 * more on its keys than on the cell: the tuples make the record sheet under half as long, and the
 * Office.js request that writes it as much smaller. Version 1 records (objects) still decode.
 */
export const WIRE_VERSION = 2;

const Index = z.number().int().min(1);
const CellTuple = z.tuple([Index, Index]);
const CellWithOriginal = z.tuple([Index, Index, z.unknown()]);

const WireSheetSchema = z
  .object({
    owned: z.array(z.union([CellTuple, CellWithOriginal, z.object({ row: Index, col: Index }).passthrough()])),
    inputs: z.array(CellTuple).optional(),
    fills: z.array(CellWithOriginal),
    notes: z.array(CellTuple),
  })
  .passthrough();

const WireRecordSchema = z.object({ version: z.literal(WIRE_VERSION), sheets: z.array(WireSheetSchema) }).passthrough();

type Cell = { row: number; col: number };
type Owned = WriteRecord['sheets'][number]['owned'][number];

const tuple = (c: Cell): [number, number] => [c.row, c.col];
const cell = ([row, col]: readonly [number, number, ...unknown[]]): Cell => ({ row, col });

function packOwned(c: Owned): unknown {
  if (c.text !== undefined) return c;
  return 'original' in c && c.original !== undefined ? [c.row, c.col, c.original] : tuple(c);
}

/** The wire form of a record (what `JSON.stringify` goes into the record sheet). */
export function packRecord(record: WriteRecord): unknown {
  return {
    ...record,
    version: WIRE_VERSION,
    sheets: record.sheets.map((s) => ({
      ...s,
      owned: s.owned.map(packOwned),
      ...(s.inputs ? { inputs: s.inputs.map(tuple) } : {}),
      fills: s.fills.map((f) => [f.row, f.col, f.original]),
      notes: s.notes.map(tuple),
    })),
  };
}

/**
 * A parsed record sheet in the shape `WriteRecordSchema` reads: a wire-version-2 record unpacked,
 * anything else as it is (a version 1 record, or damage for the schema to name). A version 2 record
 * whose cells are not tuples is refused here with its schema error, for the caller to name.
 */
export function unpackRecord(value: unknown): { ok: true; value: unknown } | { ok: false; error: z.ZodError } {
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== WIRE_VERSION) return { ok: true, value };
  const parsed = WireRecordSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: parsed.error };
  return {
    ok: true,
    value: {
      ...parsed.data,
      version: 1,
      sheets: parsed.data.sheets.map((s) => ({
        ...s,
        owned: s.owned.map((o) => (Array.isArray(o) ? { ...cell(o), ...(o.length === 3 ? { original: o[2] } : {}) } : o)),
        ...(s.inputs ? { inputs: s.inputs.map(cell) } : {}),
        fills: s.fills.map((f) => ({ ...cell(f), original: f[2] })),
        notes: s.notes.map(cell),
      })),
    },
  };
}
