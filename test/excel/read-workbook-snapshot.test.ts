import { RECORD_SHEET } from '../../src/core/plan/write-plan';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { PAYLOAD_LIMIT_BYTES, REQUEST_BUDGET_BYTES } from '../../src/excel/limits';
import { readWorkbookSnapshot, toCellText, toCellValue, type ReadStats } from '../../src/excel/read-workbook-snapshot';
import { contextOf, copyName, multipliedSnapshot, stackedFixture } from './excel-fixtures';
import { FakeExcel, seedCell } from '../../src/harness/fake-excel';

async function read(fake: FakeExcel, options: Parameters<typeof readWorkbookSnapshot>[2] = {}): Promise<{ snapshot: WorkbookSnapshot; stats: ReadStats }> {
  const stats: ReadStats = { syncs: 0, blocks: 0, retries: 0 };
  const snapshot = await readWorkbookSnapshot(contextOf(fake), 'stacked.xlsx', { ...options, stats });
  return { snapshot, stats };
}

function expectUnderLimit(fake: FakeExcel): void {
  for (const s of fake.syncLog) {
    expect(s.requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(s.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  }
}

describe('readWorkbookSnapshot through the fake Office.js', () => {
  it('reads the 40-table stacked sample exactly as the ExcelJS path does, in 3 syncs', async () => {
    const { snapshot } = await stackedFixture();
    const fake = FakeExcel.fromSnapshot(snapshot);
    const { snapshot: read1, stats } = await read(fake);
    expect(read1).toEqual(snapshot);
    // Sheet list; used ranges and merged areas of all sheets; all cells (239 KB: one batch).
    expect(fake.syncs).toBe(3);
    expect(stats).toMatchObject({ syncs: 3, retries: 0 });
    expect(fake.mutations).toBe(0);
    expectUnderLimit(fake);
  });

  it('skips the hidden record sheet', async () => {
    const { snapshot } = await stackedFixture();
    const fake = FakeExcel.fromSnapshot(snapshot);
    const record = fake.addSheet(RECORD_SHEET);
    record.visibility = 'VeryHidden';
    seedCell(fake, RECORD_SHEET, 1, 1, { value: '{"version":1}', numberFormat: '@' });
    const { snapshot: got } = await read(fake);
    expect(got.sheets.map((s) => s.name)).toEqual(snapshot.sheets.map((s) => s.name));
  });

  it('takes the same number of syncs for 1 sheet or 50, and splits a 50× workbook (1,950 tables) under 5 MB', async () => {
    const { snapshot } = await stackedFixture();
    const one = FakeExcel.fromSnapshot(multipliedSnapshot(snapshot, 1));
    await read(one);
    const fifty = FakeExcel.fromSnapshot(multipliedSnapshot(snapshot, 50));
    const { snapshot: got, stats } = await read(fifty);

    expect(got.sheets).toHaveLength(50);
    for (let i = 0; i < 50; i++) expect(got.sheets[i]).toEqual({ ...snapshot.sheets[0], name: copyName(i + 1) });
    expect(one.syncs).toBe(3);
    // Two syncs whatever the sheet count, then one per budget's worth of cells (~12 MB of them).
    const cellBytes = fifty.syncLog.slice(2).reduce((n, s) => n + s.responseBytes, 0);
    expect(cellBytes).toBeGreaterThan(2 * PAYLOAD_LIMIT_BYTES);
    expect(fifty.syncs - 2).toBeGreaterThanOrEqual(Math.ceil(cellBytes / PAYLOAD_LIMIT_BYTES));
    expect(fifty.syncs).toBeLessThanOrEqual(2 + Math.ceil((50 * 5558 * 64) / REQUEST_BUDGET_BYTES));
    expect(fifty.syncLog[1]?.actions).toBe(2 * 50);
    expectUnderLimit(fifty);
    console.log(`read: 40-table sample ${one.syncs} syncs; 50× workbook ${fifty.syncs} syncs, ${stats.blocks} blocks, largest response ${Math.max(...fifty.syncLog.map((s) => s.responseBytes))} bytes`);
  });

  it('splits by rows under a small budget and still reads the same snapshot', async () => {
    const { snapshot } = await stackedFixture();
    const fake = FakeExcel.fromSnapshot(snapshot);
    const { snapshot: got, stats } = await read(fake, { budgetBytes: 64 * 1024 });
    expect(got).toEqual(snapshot);
    expect(stats.blocks).toBeGreaterThan(3);
    expect(fake.syncs).toBeGreaterThan(3);
  });

  it('redoes the cell phase in smaller blocks when Excel refuses a batch as too large', async () => {
    const { snapshot } = await stackedFixture();
    const fake = FakeExcel.fromSnapshot(multipliedSnapshot(snapshot, 30));
    const { snapshot: got, stats } = await read(fake, { bytesPerCell: 2 });
    expect(stats.retries).toBeGreaterThan(0);
    expect(fake.syncLog.some((s) => s.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(got.sheets[29]).toEqual({ ...snapshot.sheets[0], name: copyName(30) });
  });

  it('widens the used range to merged areas and reads an empty sheet as empty', async () => {
    const fake = new FakeExcel();
    fake.addSheet('空');
    const s = fake.addSheet('合并');
    s.merges.push({ top: 2, left: 2, bottom: 3, right: 6 });
    seedCell(fake, '合并', 2, 2, { value: '标题', text: '标题' });
    seedCell(fake, '合并', 4, 3, { value: 0.5, text: '####', numberFormat: '0%' });
    seedCell(fake, '合并', 5, 3, { value: '#DIV/0!', text: '#DIV/0!' });
    seedCell(fake, '合并', 5, 4, { value: true, text: 'TRUE' });
    const { snapshot } = await read(fake);
    expect(snapshot.sheets[0]).toEqual({ name: '空', origin: { row: 1, col: 1 }, values: [], text: [], formats: [], merges: [] });
    const merged = snapshot.sheets[1];
    expect(merged?.origin).toEqual({ row: 2, col: 2 });
    expect(merged?.values[0]).toHaveLength(5);
    expect(merged?.values[2]?.[1]).toBe(0.5);
    expect(merged?.text[2]?.[1]).toBe('50%');
    expect(merged?.values[3]?.slice(1, 3)).toEqual(['#DIV/0!', true]);
    expect(merged?.merges).toEqual([{ top: 2, left: 2, bottom: 3, right: 6 }]);
  });

  it('converts Office values and text', () => {
    expect(toCellValue('')).toBeNull();
    expect(toCellValue(0)).toBe(0);
    expect(toCellValue('#N/A')).toBe('#N/A');
    expect(toCellText('###', 1234.5, '#,##0.00')).toBe('1,234.50');
    expect(toCellText('###', 'x', 'General')).toBe('###');
  });
});

describe('the fake enforces Office.js batching', () => {
  it('fails a property read before sync, and a method through a null object', async () => {
    const fake = new FakeExcel();
    fake.addSheet('A');
    const ctx = contextOf(fake);
    const range = ctx.workbook.worksheets.getItem('A').getRange('A1:B2');
    range.load('values');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(range.values).toEqual([['', ''], ['', '']]);
    expect(() => range.text).toThrow(/PropertyNotLoaded/);
    const missing = ctx.workbook.worksheets.getItemOrNullObject('B');
    missing.load('name');
    expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
    missing.getRange('A1').load('values');
    await expect(ctx.sync()).rejects.toThrow(/InvalidObjectPath/);
    missing.load('name');
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
  });
});
