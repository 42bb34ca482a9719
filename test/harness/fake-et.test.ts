/**
 * The ET fake's semantics the WPS host relies on: one workbook state with the Office.js fake,
 * multi-cell reads (rows of values, null for mixed formats), merged areas, sheet visibility numbers,
 * comments, formulas, fills as BGR colours and `XlPattern` numbers, sheets added and deleted as WPS
 * does, and `SheetChange` raised inside the write or after a delay.
 */
import { FakeExcel, seedCell, seedNote } from '../../src/harness/fake-excel';
import { FakeEt } from '../../src/harness/fake-et';
import { commentText, SHEET_HIDDEN, SHEET_VERY_HIDDEN, SHEET_VISIBLE, XL_NONE, type EtRange, type EtWorkbook, type EtWorksheet } from '../../src/wps/et-facade';
import { contextOf } from '../excel/excel-fixtures';

function workbook(options: { eventDelayMs?: number } = {}): { fake: FakeExcel; et: FakeEt; book: EtWorkbook; ws: EtWorksheet } {
  const fake = new FakeExcel();
  fake.addSheet('表1');
  fake.addSheet('表2');
  const et = new FakeEt(fake, options);
  const book = et.application.ActiveWorkbook as EtWorkbook;
  return { fake, et, book, ws: book.Worksheets.Item('表1') };
}

describe('the ET fake', () => {
  it('shares its workbook with the Office.js fake: a write through one is read through the other', async () => {
    const { fake, ws } = workbook();
    ws.Range('B2').Value2 = 42;
    const office = contextOf(fake).workbook.worksheets.getItem('表1').getRange('B2');
    office.load('values');
    await fake.sync();
    expect(office.values).toEqual([[42]]);
    const write = contextOf(fake).workbook.worksheets.getItem('表1').getRange('C2');
    write.values = [['文本']];
    await fake.sync();
    expect(ws.Range('C2').Value2).toBe('文本');
  });

  it('reads one cell as a value and several as rows; a format the cells do not share reads as null', () => {
    const { ws } = workbook();
    ws.Range('A1:B2').Value2 = [[1, '甲'], [null, true]];
    expect(ws.Range('A1').Value2).toBe(1);
    expect(ws.Range('A2').Value2).toBeUndefined();
    expect(ws.Range('A1:B2').Value2).toEqual([[1, '甲'], [undefined, true]]);
    ws.Range('A1').NumberFormat = '0.00%';
    expect(ws.Range('A1').NumberFormat).toBe('0.00%');
    expect(ws.Range('A1:B1').NumberFormat).toBeNull();
    ws.Range('B1').NumberFormat = '0.00%';
    expect(ws.Range('A1:B1').NumberFormat).toBe('0.00%');
    expect(() => {
      ws.Range('A1:B2').Value2 = [[1, 2]];
    }).toThrow(/rows/);
  });

  it('calculates formulas before they are read, and gives a constant back as its text', () => {
    const { ws } = workbook();
    ws.Range('A1:A2').Value2 = [[2], [3]];
    ws.Range('A3').Formula = '=SUM(A1:A2)';
    expect(ws.Range('A3').Value2).toBe(5);
    expect(ws.Range('A1:A3').Formula).toEqual([['2'], ['3'], ['=SUM(A1:A2)']]);
    ws.Range('A1').Value2 = 10;
    expect(ws.Range('A3').Value2).toBe(13);
  });

  it('tells merged areas apart: all merged, none, some; MergeArea is the whole area or the cell', () => {
    const { fake, ws } = workbook();
    fake.sheet('表1').merges.push({ top: 1, left: 1, bottom: 2, right: 3 });
    expect(ws.Range('A1:C2').MergeCells).toBe(true);
    expect(ws.Range('D1:E5').MergeCells).toBe(false);
    expect(ws.Range('A1:D2').MergeCells).toBeNull();
    const area = ws.Range('B2').MergeArea;
    expect([area.Row, area.Column, area.Rows.Count, area.Columns.Count]).toEqual([1, 1, 2, 3]);
    expect(ws.Range('E4').MergeArea.Address(false, false)).toBe('E4');
    expect(ws.Range('A1:C2').Address()).toBe('$A$1:$C$2');
  });

  it('reports visibility as XlSheetVisibility numbers and sets it from them', () => {
    const { fake, ws } = workbook();
    expect(ws.Visible).toBe(SHEET_VISIBLE);
    ws.Visible = SHEET_VERY_HIDDEN;
    expect(fake.sheet('表1').visibility).toBe('VeryHidden');
    ws.Visible = SHEET_HIDDEN;
    expect(fake.sheet('表1').visibility).toBe('Hidden');
  });

  it("keeps comments as the Office fake's notes: one per cell, Text() a method, ClearComments and Clear remove them", () => {
    const { fake, ws } = workbook();
    seedNote(fake, '表1', 2, 2, '用户的批注');
    expect(commentText(ws.Range('B2').Comment as NonNullable<EtRange['Comment']>)).toBe('用户的批注');
    expect(() => ws.Range('B2').AddComment('另一条')).toThrow(/already/);
    expect(ws.Range('C3').Comment).toBeNull();
    ws.Range('C3').AddComment('检查意见');
    expect(fake.sheet('表1').notes.get('3,3')).toBe('检查意见');
    ws.Range('B2:B2').ClearComments();
    expect(fake.sheet('表1').notes.has('2,2')).toBe(false);
    ws.Range('C3').Clear();
    expect(fake.sheet('表1').notes.size).toBe(0);
  });

  it('reads and writes fills as BGR colours and XlPattern numbers; xlPatternNone clears the fill', () => {
    const { fake, ws } = workbook();
    const interior = ws.Range('A1:B1').Interior;
    expect(interior.Pattern).toBe(XL_NONE);
    interior.Color = 0xcec7ff; // #FFC7CE
    expect(fake.cell('表1', 1, 2).fill).toMatchObject({ color: '#FFC7CE', pattern: 'Solid' });
    expect(interior.Pattern).toBe(1);
    seedCell(fake, '表1', 1, 1, { fill: { color: '#00FF00', pattern: 'Gray50', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 } });
    expect(interior.Color).toBeNull();
    expect(ws.Range('A1').Interior.Pattern).toBe(-4125);
    interior.Pattern = XL_NONE;
    expect(fake.cell('表1', 1, 1).fill).toBeNull();
  });

  it('adds a sheet where asked and activates it; deletes only with DisplayAlerts off and not while very hidden', () => {
    const { fake, et, book } = workbook();
    const added = book.Worksheets.Add(undefined, book.Worksheets.Item(2));
    added.Name = '检查汇总';
    expect(fake.sheets.map((s) => s.name)).toEqual(['表1', '表2', '检查汇总']);
    expect(book.ActiveSheet.Name).toBe('检查汇总');
    expect(() => added.Delete()).toThrow(/ask the user/);
    et.application.DisplayAlerts = false;
    added.Visible = SHEET_VERY_HIDDEN;
    expect(() => added.Delete()).toThrow(/very hidden/);
    added.Visible = SHEET_HIDDEN;
    added.Delete();
    expect(fake.sheets.map((s) => s.name)).toEqual(['表1', '表2']);
    expect(() => added.Name).toThrow(/deleted/);
  });

  it('refuses writes into a protected sheet and fails the write it was told to', () => {
    const { fake, ws } = workbook();
    fake.sheet('表1').protected = true;
    expect(() => {
      ws.Range('A1').Value2 = 1;
    }).toThrow(/protected/);
    fake.sheet('表1').protected = false;
    fake.failOnMutation(1);
    expect(() => {
      ws.Range('A1').Value2 = 1;
    }).toThrow(/injected/);
  });

  it('raises SheetChange inside the write, or after the delay asked for, for writes and for a person\'s edits', () => {
    jest.useFakeTimers();
    try {
      const now = workbook();
      const seen: string[] = [];
      now.et.application.ApiEvent.AddApiEventListener('SheetChange', (sheet, target) => void seen.push(`${sheet.Name}!${target.Address(false, false)}`));
      now.ws.Range('A1:B2').Value2 = 1;
      expect(seen).toEqual(['表1!A1:B2']);
      now.fake.userEdit('表2', 3, 3, '95');
      expect(seen).toEqual(['表1!A1:B2', '表2!C3']);

      const later = workbook({ eventDelayMs: 50 });
      const delayed: string[] = [];
      const listener = (sheet: EtWorksheet, target: EtRange) => void delayed.push(`${sheet.Name}!${target.Address(false, false)}`);
      later.et.application.ApiEvent.AddApiEventListener('SheetChange', listener);
      later.ws.Range('D4').Value2 = 'x';
      expect(delayed).toEqual([]);
      jest.advanceTimersByTime(50);
      expect(delayed).toEqual(['表1!D4']);
      later.et.application.ApiEvent.RemoveApiEventListener('SheetChange', listener);
      later.ws.Range('D5').Value2 = 'y';
      jest.advanceTimersByTime(50);
      expect(delayed).toEqual(['表1!D4']);
    } finally {
      jest.useRealTimers();
    }
  });
});
