import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SheetSnapshotSchema, WorkbookSnapshotSchema, type SheetSnapshot } from '../core/snapshot';
import { loadWorkbookBuffer } from './open-workbook';
import { snapshotWorkbook, snapshotWorksheet } from './read-snapshot';

async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return loadWorkbookBuffer(buf, 'test.xlsx');
}

async function sheetOf(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<SheetSnapshot> {
  const wb = await roundTrip((w) => build(w.addWorksheet('表1'), w));
  const sheet = snapshotWorkbook(wb, 'test.xlsx').sheets[0];
  if (!sheet) throw new Error('no sheet');
  return SheetSnapshotSchema.parse(sheet);
}

/** The snapshot's entry for a sheet address, in 1-based sheet coordinates. */
function at(s: SheetSnapshot, row: number, col: number): { value: unknown; text: unknown; format: unknown } {
  const r = row - s.origin.row;
  const c = col - s.origin.col;
  return { value: s.values[r]?.[c], text: s.text[r]?.[c], format: s.formats[r]?.[c] };
}

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe('snapshotWorksheet', () => {
  test('plain values, number formats and the displayed text', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = '指标';
      ws.getCell('B1').value = 0.25;
      ws.getCell('B1').numFmt = '0%';
      ws.getCell('C1').value = 64.39;
      ws.getCell('C1').numFmt = '0.00';
      ws.getCell('D1').value = 1234.5;
      ws.getCell('D1').numFmt = '#,##0.00';
      ws.getCell('A2').value = 3;
      ws.getCell('B2').value = 0.1 + 0.2;
      ws.getCell('C2').value = true;
    });
    expect(s.origin).toEqual({ row: 1, col: 1 });
    expect(s.values).toEqual([
      ['指标', 0.25, 64.39, 1234.5],
      [3, 0.1 + 0.2, true, null],
    ]);
    expect(s.text).toEqual([
      ['指标', '25%', '64.39', '1,234.50'],
      ['3', '0.3', 'TRUE', ''],
    ]);
    expect(s.formats).toEqual([
      ['General', '0%', '0.00', '#,##0.00'],
      ['General', 'General', 'General', 'General'],
    ]);
    expect(s.merges).toEqual([]);
  });

  test('formulas give their cached result, including 0, FALSE and the empty string', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = 2;
      ws.getCell('B1').value = { formula: 'A1*2', result: 4 };
      ws.getCell('C1').value = { formula: 'A1-A1', result: 0 };
      ws.getCell('D1').value = { formula: 'A1>5', result: false };
      ws.getCell('E1').value = { formula: 'A1/4', result: 0.5 };
      ws.getCell('E1').numFmt = '0%';
      ws.getCell('F1').value = { formula: 'A1&"个"', result: '2个' };
      ws.getCell('G1').value = { formula: 'A1&""', result: '' };
    });
    expect(s.values[0]).toEqual([2, 4, 0, false, 0.5, '2个', null]);
    expect(s.text[0]).toEqual(['2', '4', '0', 'FALSE', '50%', '2个', '']);
  });

  test('a formula never calculated has no value but still occupies its cell', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('C2').value = { formula: 'A1*2' };
    });
    expect(s.values).toEqual([
      [1, null, null],
      [null, null, null],
    ]);
  });

  test('shared formulas give each cell its own cached result', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      ws.getCell('A3').value = 3;
      ws.getCell('B1').value = { formula: 'A1*10', result: 10, shareType: 'shared', ref: 'B1:B3' } as ExcelJS.CellValue;
      ws.getCell('B2').value = { sharedFormula: 'B1', result: 20 };
      ws.getCell('B3').value = { sharedFormula: 'B1', result: 0 };
    });
    expect(s.values.map((row) => row[1])).toEqual([10, 20, 0]);
    expect(s.text.map((row) => row[1])).toEqual(['10', '20', '0']);
  });

  test('errors, plain or as a formula result, keep their code and ignore the format', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = { error: '#N/A' };
      ws.getCell('B1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('B1').numFmt = '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ';
    });
    expect(s.values[0]).toEqual(['#N/A', '#DIV/0!']);
    expect(s.text[0]).toEqual(['#N/A', '#DIV/0!']);
  });

  test('rich text and hyperlinks become their text', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = { richText: [{ text: '项目', font: { bold: true } }, { text: '名称' }] };
      ws.getCell('B1').value = { text: '财政部', hyperlink: 'https://www.mof.gov.cn/' };
      ws.getCell('C1').value = { text: '#检查汇总!A1', hyperlink: '#检查汇总!A1' };
    });
    expect(s.values[0]).toEqual(['项目名称', '财政部', '#检查汇总!A1']);
    expect(s.text[0]).toEqual(['项目名称', '财政部', '#检查汇总!A1']);
  });

  test('dates become Excel serials and show in the cell format', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = utc(2023, 3, 15);
      ws.getCell('A1').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('B1').value = utc(2024, 12, 31);
      ws.getCell('B1').numFmt = 'yyyy-mm-dd';
      ws.getCell('C1').value = { formula: 'A1+1', result: utc(2023, 3, 16) };
      ws.getCell('C1').numFmt = 'yyyy/m/d';
    });
    expect(s.values[0]).toEqual([45000, 45657, 45001]);
    expect(s.text[0]).toEqual(['2023年3月15日', '2024-12-31', '2023/3/16']);
  });

  test('the built-in system date format shows as Chinese Excel shows it', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = utc(2023, 3, 15);
    });
    expect(s.formats[0]).toEqual(['yyyy/m/d']);
    expect(s.text[0]).toEqual(['2023/3/15']);
  });

  test('dates in a 1904 workbook keep the serial Excel stores', async () => {
    const s = await sheetOf((ws, wb) => {
      wb.properties.date1904 = true;
      ws.getCell('A1').value = utc(2023, 3, 15);
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    expect(s.values[0]).toEqual([45000 - 1462]);
    expect(s.text[0]).toEqual(['2023-03-15']);
  });

  test('merged cells hold the value on the top-left cell only and are listed', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = '项目支出绩效目标申报表';
      ws.mergeCells('A1:D1');
      ws.getCell('A2').value = '项目名称';
      ws.getCell('B2').value = '“三线”铁路建设民兵补贴资金';
      ws.mergeCells('B2:D3');
      ws.getCell('A3').value = 0.4;
      ws.getCell('A3').numFmt = '0%';
    });
    expect(s.origin).toEqual({ row: 1, col: 1 });
    expect(s.values).toEqual([
      ['项目支出绩效目标申报表', null, null, null],
      ['项目名称', '“三线”铁路建设民兵补贴资金', null, null],
      [0.4, null, null, null],
    ]);
    expect(s.text[1]).toEqual(['项目名称', '“三线”铁路建设民兵补贴资金', '', '']);
    expect(s.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 2, left: 2, bottom: 3, right: 4 },
    ]);
  });

  test('the used range starts at the first value and ignores formatting-only cells', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('C3').value = '年度总体目标';
      ws.getCell('E4').value = 1;
      ws.getCell('Z100').numFmt = '0.00';
      ws.getCell('Z100').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
      ws.getCell('A1').value = '';
      ws.getCell('F6').border = { top: { style: 'thin' } };
    });
    expect(s.origin).toEqual({ row: 3, col: 3 });
    expect(s.values).toEqual([
      ['年度总体目标', null, null],
      [null, null, 1],
    ]);
    expect(at(s, 4, 5)).toEqual({ value: 1, text: '1', format: 'General' });
  });

  test('formats of empty cells inside the used range are kept', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('A1').value = '实际完成值';
      ws.getCell('A2').numFmt = '0%';
      ws.getCell('B3').value = 1;
    });
    expect(at(s, 2, 1)).toEqual({ value: null, text: '', format: '0%' });
  });

  test('a merged area counts as used even when empty', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('B2').value = 'x';
      ws.mergeCells('D4:E6');
    });
    expect(s.origin).toEqual({ row: 2, col: 2 });
    expect(s.values.length).toBe(5);
    expect(s.values[0]?.length).toBe(4);
    expect(s.merges).toEqual([{ top: 4, left: 4, bottom: 6, right: 5 }]);
  });

  test('an empty sheet has no cells and origin A1', async () => {
    const s = await sheetOf((ws) => {
      ws.getCell('C5').numFmt = '0.00';
    });
    expect(s).toEqual({ name: '表1', origin: { row: 1, col: 1 }, values: [], text: [], formats: [], merges: [] });
  });

  test('works on a workbook built in memory, without a round trip', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('内存');
    ws.getCell('B2').value = { formula: 'A1', result: 0 };
    ws.getCell('B3').value = utc(2023, 3, 15);
    ws.getCell('B3').numFmt = 'yyyy-mm-dd';
    ws.mergeCells('C2:C3');
    const s = snapshotWorksheet(ws);
    expect(s.origin).toEqual({ row: 2, col: 2 });
    expect(s.values).toEqual([
      [0, null],
      [45000, null],
    ]);
    expect(s.text).toEqual([
      ['0', ''],
      ['2023-03-15', ''],
    ]);
    expect(s.merges).toEqual([{ top: 2, left: 3, bottom: 3, right: 3 }]);
  });
});

describe('snapshotWorkbook', () => {
  test('lists sheets in tab order with the file name', async () => {
    const wb = await roundTrip((w) => {
      w.addWorksheet('项目绩效目标表').getCell('A1').value = '项目名称';
      w.addWorksheet('部门整体').getCell('B2').value = '部门名称';
      w.addWorksheet('空表');
    });
    const snap = WorkbookSnapshotSchema.parse(snapshotWorkbook(wb, '绩效目标表.xlsx'));
    expect(snap.file).toBe('绩效目标表.xlsx');
    expect(snap.sheets.map((s) => s.name)).toEqual(['项目绩效目标表', '部门整体', '空表']);
    expect(snap.sheets[1]?.origin).toEqual({ row: 2, col: 2 });
  });

  test('an unstyled empty <c/> element is blank', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'a';
    ws.getCell('C1').value = 'c';
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    if (!xml) throw new Error('no sheet xml');
    zip.file('xl/worksheets/sheet1.xml', xml.replace(/(<c r="A1"[^>]*>.*?<\/c>)/, '$1<c r="B1"/>'));
    const loaded = await loadWorkbookBuffer(await zip.generateAsync({ type: 'nodebuffer' }), 'orphan.xlsx');
    const s = snapshotWorkbook(loaded, 'orphan.xlsx').sheets[0];
    expect(s?.values).toEqual([['a', null, 'c']]);
    expect(s?.merges).toEqual([]);
  });

  test('a used range beyond the cell limit is refused with a reason, not a crash', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('大表');
    ws.getCell('A1').value = 1;
    ws.getCell('XFD1048576').value = 2;
    expect(() => snapshotWorkbook(wb, 'big.xlsx')).toThrow(expect.objectContaining({ code: 'too-large', file: 'big.xlsx' }));
  });
});
