import { WriteRecordSchema, type WriteRecord } from '../../src/core/plan/write-plan';
import { addressLists, parseAreasAddress, rangeAddress } from '../../src/excel/a1';
import { fillToRestore, ownedFormatToRestore, pointsToWidth, recordFill, recordOwnedStyle, widthToPoints } from '../../src/excel/fill-codec';
import { detectNotesMode, supportsFillPatterns } from '../../src/excel/api-support';
import { formulaInput, textInput } from '../../src/addin/cell-input';
import { officeFillOf, splitSheetAddress } from '../../src/excel/office-ops';
import { decodeRecord } from '../../src/excel/record-codec';
import { encodeRecord, RECORD_CHUNK } from '../../src/core/plan/record-codec';
import { cellsToRectangles, splitArea } from '../../src/excel/rectangles';
import { decodeRecord as decodeXlsx } from '../../src/xlsx/write-record-sheet';

const requirements = (max: string) => ({
  isSetSupported: (name: string, version = '1.1') => name === 'ExcelApi' && Number(version.split('.')[1]) <= Number(max.split('.')[1]),
});

describe('notes support', () => {
  it('picks notes from ExcelApi 1.18, else comments (within the manifest’s 1.13), else none', () => {
    expect(detectNotesMode(requirements('1.18'))).toBe('notes');
    expect(detectNotesMode(requirements('1.17'))).toBe('comments');
    expect(detectNotesMode(requirements('1.13'))).toBe('comments');
    expect(detectNotesMode(requirements('1.12'))).toBe('none');
    expect(detectNotesMode(undefined)).toBe('none');
    expect(detectNotesMode({ isSetSupported: () => { throw new Error('no Office'); } })).toBe('none');
    // Fill patterns and tints are ExcelApi 1.9 (the manifest's minimum), not 1.15.
    expect(supportsFillPatterns(requirements('1.13'))).toBe(true);
    expect(supportsFillPatterns(requirements('1.12'))).toBe(false);
  });

  it('reads Office.context.requirements when running in Office', () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { requirements: requirements('1.14') } };
    try {
      expect(detectNotesMode()).toBe('comments');
    } finally {
      delete g.Office;
    }
  });
});

describe('addresses and rectangles', () => {
  it('covers cells exactly with rectangles', () => {
    const cells = [
      ...[3, 4, 5].flatMap((row) => [8, 9, 10].map((col) => ({ row, col }))),
      { row: 7, col: 8 }, { row: 7, col: 10 }, { row: 3, col: 8 },
    ];
    const rects = cellsToRectangles(cells);
    expect(rects).toEqual([
      { top: 3, left: 8, bottom: 5, right: 10 },
      { top: 7, left: 8, bottom: 7, right: 8 },
      { top: 7, left: 10, bottom: 7, right: 10 },
    ]);
  });

  it('splits areas into row blocks, and wide rows into slices', () => {
    expect(splitArea({ top: 1, left: 1, bottom: 10, right: 4 }, 12)).toEqual([
      { top: 1, left: 1, bottom: 3, right: 4 }, { top: 4, left: 1, bottom: 6, right: 4 },
      { top: 7, left: 1, bottom: 9, right: 4 }, { top: 10, left: 1, bottom: 10, right: 4 },
    ]);
    expect(splitArea({ top: 2, left: 1, bottom: 2, right: 5 }, 2)).toHaveLength(3);
  });

  it('parses RangeAreas addresses with quoted sheet names, and keeps address lists short', () => {
    expect(parseAreasAddress("'项目,表''s'!A1:B2, Sheet1!D5,'x'!$C$3:$C$4")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 }, { top: 5, left: 4, bottom: 5, right: 4 }, { top: 3, left: 3, bottom: 4, right: 3 },
    ]);
    expect(splitSheetAddress("'it''s'!C7")).toEqual({ sheet: "it's", area: { top: 7, left: 3, bottom: 7, right: 3 } });
    const areas = Array.from({ length: 500 }, (_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 2 }));
    const lists = addressLists(areas, 100);
    expect(lists.every((l) => l.length <= 100)).toBe(true);
    expect(lists.join(', ')).toBe(areas.map(rangeAddress).join(', '));
  });
});

describe('cell inputs', () => {
  it('keeps text that Excel would read as something else', () => {
    for (const s of ['=SUM(A1)', '+1', '-x', '100', '1,000', '95%', '1e3', 'TRUE', '#N/A', '2024-01-01', '2024年1月', '3月5日', "'quoted", '12:30']) {
      expect(textInput(s)).toBe(`'${s}`);
    }
    for (const s of ['检查结果', '目标值 100 个', 'abc']) expect(textInput(s)).toBe(s);
    expect(formulaInput(null)).toBe('');
    expect(formulaInput(3)).toBe(3);
    expect(formulaInput(87.5, 'ROUND(H5,2)')).toBe('=ROUND(H5,2)');
  });
});

describe('fills and formats in the record', () => {
  it('records no fill as null and a fill in ExcelJS form with the exact Office values', () => {
    expect(recordFill(null)).toBeNull();
    expect(recordFill({ color: '#FFFFFF', pattern: 'None' })).toBeNull();
    expect(recordFill({ color: '#FFFFFF' })).toBeNull();
    const solid = recordFill({ color: '#ffc7ce', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 });
    expect(solid).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' }, officeJs: { color: '#FFC7CE', pattern: 'Solid' } });
    const gray = { color: '#DDEBF7', pattern: 'Gray25', patternColor: '#FF0000', tintAndShade: 0.4 };
    expect(recordFill(gray)).toMatchObject({ pattern: 'lightGray', fgColor: { argb: 'FFFF0000' }, bgColor: { argb: 'FFDDEBF7' } });
    expect(fillToRestore(recordFill(gray))).toEqual(gray);
  });

  it('restores the command line’s ExcelJS fills, theme colours through the default theme', () => {
    expect(fillToRestore(null)).toBeNull();
    expect(fillToRestore({ type: 'pattern', pattern: 'none' })).toBeNull();
    expect(fillToRestore({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } })).toEqual({ color: '#FFEB9C', pattern: 'Solid' });
    expect(fillToRestore({ type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.7999 } })).toEqual({ color: '#4472C4', pattern: 'Solid', tintAndShade: 0.7999 });
    expect(fillToRestore({ type: 'pattern', pattern: 'darkGrid', fgColor: { argb: 'FF000000' }, bgColor: { argb: 'FFFFFFFF' } })).toEqual({
      color: '#FFFFFF', pattern: 'Checker', patternColor: '#000000',
    });
  });

  it('records an owned cell’s format only when it had one', () => {
    const plain = { numberFormat: 'General', bold: false, wrap: false, fill: null };
    expect(recordOwnedStyle(plain)).toBeUndefined();
    expect(ownedFormatToRestore(undefined)).toEqual(plain);
    const styled = { numberFormat: '0.0%', bold: true, wrap: true, fill: { color: '#FFFF00', pattern: 'Solid' } };
    expect(ownedFormatToRestore(recordOwnedStyle(styled))).toEqual(styled);
    expect(ownedFormatToRestore({ numFmt: '@', font: { bold: true, name: '宋体' }, border: {} })).toEqual({ numberFormat: '@', bold: true, wrap: false, fill: null });
  });

  it('treats a non-uniform range as mixed', () => {
    expect(officeFillOf({ color: null }, false)).toBe('mixed');
    expect(officeFillOf({ color: '#FFFFFF', pattern: null }, true)).toBe('mixed');
    expect(officeFillOf({ color: '#FFFFFF', pattern: 'None', tintAndShade: 0, patternTintAndShade: 0 }, true)).toEqual({ color: '#FFFFFF', pattern: 'None', tintAndShade: 0, patternTintAndShade: 0 });
  });

  it('converts column widths between characters and points without drift', () => {
    for (const points of [48, 60, 63.75, 105, 210]) expect(widthToPoints(pointsToWidth(points))).toBe(points);
  });
});

describe('the record sheet is shared with the command line', () => {
  const record: WriteRecord = {
    version: 1,
    sheets: [{
      sheet: '项目绩效目标表', owned: [{ row: 1, col: 8, original: { numFmt: '0%' } }, { row: 2, col: 8 }], inputs: [{ row: 2, col: 8 }],
      fills: [{ row: 3, col: 1, original: null }], notes: [{ row: 3, col: 1 }], widths: [{ col: 8, original: null }],
    }],
    summarySheet: '检查汇总',
  };

  it('reads what the command line writes and the other way round, note kind included', () => {
    expect(decodeRecord(encodeRecord(record))).toEqual(record);
    const withComments: WriteRecord = { ...record, noteKind: 'comments' };
    expect(WriteRecordSchema.parse(decodeXlsx(encodeRecord(withComments)))).toEqual(withComments);
  });

  it('cuts long records where no piece starts like a formula or a number', () => {
    const long: WriteRecord = { ...record, sheets: [{ ...record.sheets[0] as WriteRecord['sheets'][number], owned: Array.from({ length: 20000 }, (_, i) => ({ row: i + 1, col: 8 })) }] };
    const chunks = encodeRecord(long);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(RECORD_CHUNK);
      expect(c).toMatch(/^[^=+\-@'\s\d.]/);
    }
    expect(decodeRecord(chunks)).toEqual(long);
    expect(() => decodeRecord(['{"version":2}'])).toThrow(/检查记录/);
    expect(() => decodeRecord(['not json'])).toThrow(/damaged/);
  });
});
