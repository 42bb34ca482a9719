import type { WriteRecord } from '../core/plan/write-plan';
import { decodeRecord } from './write-record-sheet';
import { encodeRecord, RECORD_CHUNK } from '../core/plan/record-codec';
import { InputError } from './input-error';

const record = (sheet: string, cells: number): WriteRecord => ({
  version: 1,
  sheets: [
    {
      sheet,
      owned: Array.from({ length: cells }, (_, i) => ({ row: i + 1, col: 9, ...(i % 7 === 0 ? { original: { font: { name: '宋体', bold: true } } } : {}) })),
      inputs: [{ row: 2, col: 9 }],
      fills: [{ row: 3, col: 2, original: { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.6 } } }, { row: 4, col: 2, original: null }],
      notes: [{ row: 3, col: 2 }],
      widths: [{ col: 9, original: null }, { col: 2, original: 13.5 }],
    },
  ],
  summarySheet: '检查汇总',
});

describe('record encoding', () => {
  it('round-trips through pieces of plain ASCII, however the cuts fall', () => {
    // Astral characters (surrogate pairs) and CJK in a sheet name, long enough for several pieces.
    const r = record('项目𠀀表 \'"\\', 4000);
    const chunks = encodeRecord(r);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(RECORD_CHUNK);
      expect(c).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(decodeRecord(chunks)).toEqual(r);
  });

  it('stores cells as tuples and still reads a version 1 record of objects', () => {
    const r = record('表', 20);
    const json = encodeRecord(r).join('');
    expect(json).toContain('"owned":[[1,9,');
    expect(json).not.toContain('"row"');
    expect(decodeRecord([JSON.stringify(r)])).toEqual(r);
  });

  it('keeps an owned label in its object form', () => {
    const r = record('表', 3);
    const sheet = r.sheets[0] as WriteRecord['sheets'][number];
    sheet.owned[1] = { row: 2, col: 9, text: '实际完成值' };
    expect(decodeRecord(encodeRecord(r))).toEqual(r);
  });

  it('refuses a damaged record with a message in both languages', () => {
    const chunks = encodeRecord(record('表', 10));
    expect(() => decodeRecord(chunks.map((c) => c.slice(0, -3)))).toThrow(InputError);
    expect(() => decodeRecord(['{"version":3}'])).toThrow(/damaged \(unexpected content at version/);
    expect(() => decodeRecord(['{"version":2,"sheets":[{"owned":[[1]],"fills":[],"notes":[]}]}'])).toThrow(/damaged \(unexpected content at sheets\.0\.owned\.0/);
    expect(() => decodeRecord([])).toThrow(/bad JSON/);
  });
});
