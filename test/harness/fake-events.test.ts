import type { Area } from '../../src/core/snapshot';
import { FakeExcel, officeSheetId, type FakeWorksheetChangedEventArgs } from '../../src/harness/fake-excel';

/** Lets the timers Excel's events ride on fire. */
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function twoSheets(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet('项目绩效目标表');
  fake.addSheet('部门整体绩效目标');
  return fake;
}

async function listen(fake: FakeExcel): Promise<FakeWorksheetChangedEventArgs[]> {
  const seen: FakeWorksheetChangedEventArgs[] = [];
  fake.context.workbook.worksheets.onChanged.add((args) => {
    seen.push(args);
  });
  await fake.context.sync();
  return seen;
}

const shape = (a: FakeWorksheetChangedEventArgs) => ({ worksheetId: a.worksheetId, address: a.address, triggerSource: a.triggerSource, changeType: a.changeType, source: a.source, type: a.type });

describe('worksheets.onChanged', () => {
  it('reports the add-in’s writes after the sync, one event per sheet with the bounding range of its changed cells', async () => {
    const fake = twoSheets();
    const seen = await listen(fake);
    const sheets = fake.context.workbook.worksheets;
    sheets.getItem('项目绩效目标表').getRange('B3').values = [['甲']];
    sheets.getItem('项目绩效目标表').getRange('D7:E8').formulas = [['=1', '=2'], ['=3', '=4']];
    sheets.getItem('部门整体绩效目标').getRange('A1').clear('Contents');
    sheets.getItem('部门整体绩效目标').getRange('C1:C9').format.font.bold = true;
    await fake.context.sync();
    expect(seen).toEqual([]);
    await nextTick();
    expect(seen.map(shape)).toEqual([
      { worksheetId: officeSheetId(fake.sheet('项目绩效目标表')), address: 'B3:E8', triggerSource: 'ThisLocalAddin', changeType: 'RangeEdited', source: 'Local', type: 'WorksheetChanged' },
      { worksheetId: officeSheetId(fake.sheet('部门整体绩效目标')), address: 'A1', triggerSource: 'ThisLocalAddin', changeType: 'RangeEdited', source: 'Local', type: 'WorksheetChanged' },
    ]);
  });

  it('raises nothing for formats alone or for reads', async () => {
    const fake = twoSheets();
    const seen = await listen(fake);
    const ws = fake.context.workbook.worksheets.getItem('项目绩效目标表');
    ws.getRange('A1:B2').format.fill.color = '#FFC7CE';
    ws.getRange('A1:B2').numberFormat = [['0%', '0%'], ['0%', '0%']];
    ws.getRange('A1').load('values');
    await fake.context.sync();
    await nextTick();
    expect(seen).toEqual([]);
  });

  it('reports a person’s edit as Unknown, and its args find the sheet and range again', async () => {
    const fake = twoSheets();
    const seen = await listen(fake);
    fake.userEdit('部门整体绩效目标', 4, 10, '95%');
    await nextTick();
    expect(seen.map(shape)).toEqual([expect.objectContaining({ address: 'J4', triggerSource: 'Unknown' })]);
    const [args] = seen;
    if (!args) throw new Error('no event');
    const sheet = fake.context.workbook.worksheets.getItem(args.worksheetId);
    sheet.load('name');
    const range = args.getRange(fake.context);
    range.load('values');
    await fake.context.sync();
    expect(sheet.name).toBe('部门整体绩效目标');
    expect(range.values).toEqual([[0.95]]);

    sheet.delete();
    const gone = args.getRangeOrNullObject(fake.context);
    gone.load('address');
    await fake.context.sync();
    expect(gone.isNullObject).toBe(true);
  });

  it('adds and removes a handler when its batch is synced, not before', async () => {
    const fake = twoSheets();
    const seen: string[] = [];
    const result = fake.context.workbook.worksheets.onChanged.add((a) => {
      seen.push(a.address);
    });
    fake.userEdit('项目绩效目标表', 1, 1, '未注册');
    await fake.context.sync();
    fake.userEdit('项目绩效目标表', 2, 1, '已注册');
    await nextTick();
    expect(seen).toEqual(['A2']);

    result.remove();
    fake.userEdit('项目绩效目标表', 3, 1, '移除前');
    await result.context.sync();
    fake.userEdit('项目绩效目标表', 4, 1, '移除后');
    await nextTick();
    expect(seen).toEqual(['A2', 'A3']);
  });
});

describe('a person’s edit', () => {
  it('is read as Excel reads typed input, into the top-left cell of a merged area', () => {
    const fake = twoSheets();
    const s = '项目绩效目标表';
    fake.sheet(s).merges.push({ top: 5, left: 2, bottom: 6, right: 4 });
    fake.userEdit(s, 1, 1, '=2*3');
    fake.userEdit(s, 2, 1, '12.5');
    fake.userEdit(s, 3, 1, '40%');
    fake.userEdit(s, 4, 1, "'100");
    fake.userEdit(s, 6, 3, '合并');
    expect([1, 2, 3, 4].map((r) => fake.cell(s, r, 1).value)).toEqual([6, 12.5, 0.4, '100']);
    expect(fake.cell(s, 1, 1).formula).toBe('2*3');
    expect(fake.cell(s, 3, 1).numberFormat).toBe('0%');
    expect(fake.displayText(s, 3, 1)).toBe('40%');
    expect(fake.cell(s, 5, 2).value).toBe('合并');
    fake.userEdit(s, 2, 1, '');
    expect(fake.cell(s, 2, 1).value).toBeNull();
  });

  it('takes a number typed into a percent cell as percent, as Excel’s automatic percent entry does', () => {
    const fake = twoSheets();
    const s = '项目绩效目标表';
    fake.sheet(s).cells.set('1,1', { ...fake.cell(s, 1, 1), numberFormat: '0%' });
    fake.sheet(s).cells.set('2,1', { ...fake.cell(s, 2, 1), numberFormat: '0%' });
    fake.userEdit(s, 1, 1, '95');
    fake.userEdit(s, 2, 1, '0.5');
    expect([fake.cell(s, 1, 1).value, fake.cell(s, 2, 1).value]).toEqual([0.95, 0.5]);
  });

  it('is refused on a protected sheet', () => {
    const fake = twoSheets();
    fake.sheet('项目绩效目标表').protected = true;
    expect(() => fake.userEdit('项目绩效目标表', 1, 1, 'x')).toThrow(/AccessDenied/);
    expect(fake.cell('项目绩效目标表', 1, 1).value).toBeNull();
  });
});

describe('active sheet and selection', () => {
  it('starts on the first visible sheet at A1, and follows activate() and select() once synced', async () => {
    const fake = twoSheets();
    fake.sheet('项目绩效目标表').visibility = 'Hidden';
    expect(fake.activeSheet).toBe('部门整体绩效目标');
    expect(fake.selection).toEqual({ sheet: '部门整体绩效目标', area: { top: 1, left: 1, bottom: 1, right: 1 } });
    fake.sheet('项目绩效目标表').visibility = 'Visible';

    const ws = fake.context.workbook.worksheets.getItem('部门整体绩效目标');
    ws.activate();
    ws.getRange('C4:D5').select();
    expect(fake.activeSheet).toBe('项目绩效目标表');
    await fake.context.sync();
    expect(fake.selection).toEqual({ sheet: '部门整体绩效目标', area: { top: 4, left: 3, bottom: 5, right: 4 } });
    expect(fake.mutations).toBe(0);

    const active = fake.context.workbook.worksheets.getActiveWorksheet();
    active.load('name');
    const selected = fake.context.workbook.getSelectedRange();
    selected.load('address');
    await fake.context.sync();
    expect(active.name).toBe('部门整体绩效目标');
    expect(selected.address).toBe("'部门整体绩效目标'!C4:D5");
  });

  it('remembers each sheet’s own selection, as Excel does', () => {
    const fake = twoSheets();
    const area: Area = { top: 2, left: 2, bottom: 3, right: 3 };
    fake.userSelect('项目绩效目标表', area);
    fake.activeSheet = '部门整体绩效目标';
    expect(fake.selection?.area).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    fake.activeSheet = '项目绩效目标表';
    expect(fake.selection).toEqual({ sheet: '项目绩效目标表', area });
    expect(() => {
      fake.activeSheet = '没有这张表';
    }).toThrow();
  });
});

describe('onChange, for a grid to redraw', () => {
  it('fires after a sync that changed something, an edit, and a change of sheet or selection; not after reads; until unsubscribed', async () => {
    const fake = twoSheets();
    let calls = 0;
    const unsubscribe = fake.onChange(() => {
      calls++;
    });
    const ws = fake.context.workbook.worksheets.getItem('项目绩效目标表');
    ws.getRange('A1').load('values');
    await fake.context.sync();
    expect(calls).toBe(0);
    ws.getRange('A1').format.fill.color = '#FFEB9C';
    await fake.context.sync();
    expect(calls).toBe(1);
    fake.userEdit('项目绩效目标表', 1, 1, '1');
    fake.activeSheet = '部门整体绩效目标';
    fake.userSelect('部门整体绩效目标', { top: 2, left: 2, bottom: 2, right: 2 });
    ws.activate();
    await fake.context.sync();
    expect(calls).toBe(5);
    unsubscribe();
    fake.userEdit('项目绩效目标表', 1, 1, '2');
    expect(calls).toBe(5);
  });

  it('fires after a failed batch that changed cells before failing', async () => {
    const fake = twoSheets();
    const values: unknown[] = [];
    fake.onChange(() => values.push(fake.cell('项目绩效目标表', 1, 1).value));
    const ws = fake.context.workbook.worksheets.getItem('项目绩效目标表');
    ws.getRange('A1').values = [['写入']];
    ws.getRange('A2').values = [['shape', 'wrong']];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(values).toEqual(['写入']);
  });
});
