import fc from 'fast-check';
import { decodeRecord, encodeRecord } from '../../src/core/plan/record-codec';
import { WriteRecordSchema, type WriteRecord } from '../../src/core/plan/write-plan';

const index = fc.integer({ min: 1, max: 1_048_576 });
const original = fc.oneof(fc.constant(null), fc.string(), fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.string(), fc.integer(), fc.boolean())));
const owned = fc.record(
  { row: index, col: index, original, text: fc.string({ minLength: 1 }) },
  { requiredKeys: ['row', 'col'] },
);
const cell = fc.record({ row: index, col: index });
const sheet = fc.record(
  {
    sheet: fc.string({ minLength: 1, maxLength: 31 }),
    owned: fc.array(owned, { maxLength: 30 }),
    inputs: fc.array(cell, { maxLength: 5 }),
    fills: fc.array(fc.record({ row: index, col: index, original }), { maxLength: 10 }),
    notes: fc.array(cell, { maxLength: 10 }),
    widths: fc.array(fc.record({ col: index, original: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 255, noNaN: true })) }), { maxLength: 3 }),
  },
  { requiredKeys: ['sheet', 'owned', 'fills', 'notes', 'widths'] },
);
const record: fc.Arbitrary<WriteRecord> = fc
  .record({ sheets: fc.array(sheet, { maxLength: 3 }), summarySheet: fc.oneof(fc.constant(null), fc.string({ minLength: 1 })) })
  .map((r) => WriteRecordSchema.parse({ version: 1, ...r }));

describe('record wire form', () => {
  it('gives back every record it stores, each cell with what it held', () => {
    fc.assert(
      fc.property(record, (r) => {
        const decoded = decodeRecord(encodeRecord(r));
        expect(decoded).toEqual({ ok: true, record: r });
      }),
    );
  });

  it('is shorter than the objects it replaces', () => {
    const r = WriteRecordSchema.parse({
      version: 1,
      sheets: [{ sheet: '项目表1', owned: Array.from({ length: 500 }, (_, i) => ({ row: 10 + i, col: 8 })), fills: [], notes: [], widths: [] }],
      summarySheet: null,
    });
    expect(encodeRecord(r).join('').length).toBeLessThan(JSON.stringify(r).length / 2);
  });
});
