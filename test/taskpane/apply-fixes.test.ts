import type { CellTarget, CellText } from '../../src/addin/addin-host';
import { applyFixes, readCheckedTexts } from '../../src/taskpane/apply-fixes';
import { finding } from './report-fixture';

/** Cells as text, keyed `Sheet!row,col`; records every write and every batch of writes. */
function fakeSheet(cells: Record<string, string>) {
  const key = (t: CellTarget) => `${t.sheet}!${t.row},${t.col}`;
  const writes: string[] = [];
  return {
    writes,
    cells,
    readCells: jest.fn(async (targets: readonly CellTarget[]) =>
      targets.map((t) => {
        const text = cells[key(t)];
        if (text === undefined) throw new Error(`no cell ${key(t)}`);
        return { text, value: text === '' ? null : text };
      }),
    ),
    writeTexts: jest.fn(async (entries: readonly CellText[]) => {
      for (const { target, text } of entries) {
        writes.push(`${key(target)}=${text}`);
        cells[key(target)] = text;
      }
    }),
  };
}

describe('checked texts', () => {
  it('reads only the cells that carry a suggestion, each once, in one read', async () => {
    const host = fakeSheet({ 'S!5,3': '≥90', 'S!6,3': '100', 'S!7,3': '3次' });
    const texts = await readCheckedTexts(host, [
      finding({ sheet: 'S', cell: 'C5', suggestion: '≥90%' }),
      finding({ sheet: 'S', cell: 'C6' }),
      finding({ sheet: 'S', cell: 'C7', suggestion: '≥5次' }),
      finding({ sheet: 'S', cell: 'C5', rule: 'plan.unit', suggestion: '≥90%' }),
    ]);
    expect([...texts]).toEqual([['S!C5', '≥90'], ['S!C7', '3次']]);
    expect(host.readCells).toHaveBeenCalledTimes(1);
    expect(host.readCells).toHaveBeenCalledWith([{ sheet: 'S', row: 5, col: 3 }, { sheet: 'S', row: 7, col: 3 }]);
  });

  it('knows no text when the cells cannot be read', async () => {
    const host = fakeSheet({ 'S!5,3': '≥90' });
    const texts = await readCheckedTexts(host, [
      finding({ sheet: 'S', cell: 'C5', suggestion: '≥90%' }),
      finding({ sheet: 'Gone', cell: 'C7', suggestion: '≥5次' }),
    ]);
    expect(texts.size).toBe(0);
  });
});

describe('applying fixes', () => {
  const fix = finding({ sheet: 'S', cell: 'C5', suggestion: '≥90%' });

  it('writes the suggestion into a cell that still reads as checked', async () => {
    const host = fakeSheet({ 'S!5,3': '≥90' });
    const result = await applyFixes(host, [fix], new Map([['S!C5', '≥90']]));
    expect(host.writes).toEqual(['S!5,3=≥90%']);
    expect(result.applied).toEqual([fix]);
  });

  it('leaves alone a cell the user changed since the check', async () => {
    const host = fakeSheet({ 'S!5,3': '≥95' });
    const result = await applyFixes(host, [fix], new Map([['S!C5', '≥90']]));
    expect(host.writeTexts).not.toHaveBeenCalled();
    expect(result).toEqual({ applied: [], changed: [fix], already: [], fixed: [] });
  });

  it('does not write a suggestion the cell already reads', async () => {
    const host = fakeSheet({ 'S!5,3': '≥90%' });
    const result = await applyFixes(host, [fix], new Map([['S!C5', '≥90']]));
    expect(host.writeTexts).not.toHaveBeenCalled();
    expect(result.already).toEqual([fix]);
  });

  it('applies when the checked text is unknown, and passes over findings without a suggestion', async () => {
    const host = fakeSheet({ 'S!5,3': '≥90', 'S!6,3': 'x' });
    const result = await applyFixes(host, [fix, finding({ sheet: 'S', cell: 'C6' })], new Map());
    expect(host.writes).toEqual(['S!5,3=≥90%']);
    expect(result.applied).toHaveLength(1);
  });

  it('reads all the cells at once and writes all the applied ones at once', async () => {
    const host = fakeSheet({ 'S!5,3': '≥90', 'S!6,3': '≥95', 'S!7,3': '≥5次', 'T!2,2': '30' });
    const changed = finding({ sheet: 'S', cell: 'C6', suggestion: '≥95%' });
    const already = finding({ sheet: 'S', cell: 'C7', suggestion: '≥5次' });
    const other = finding({ sheet: 'T', cell: 'B2', suggestion: '30%' });
    const checked = new Map([['S!C5', '≥90'], ['S!C6', '≥90'], ['S!C7', '3次'], ['T!B2', '30']]);
    const result = await applyFixes(host, [fix, changed, already, other], checked);
    expect(result).toMatchObject({ applied: [fix, other], changed: [changed], already: [already] });
    // Once before the write, once after it for 撤销.
    expect(host.readCells).toHaveBeenCalledTimes(2);
    expect(host.writeTexts).toHaveBeenCalledTimes(1);
    expect(host.writes).toEqual(['S!5,3=≥90%', 'T!2,2=30%']);
  });

  it('writes a cell two findings suggest for once, with the first suggestion', async () => {
    const host = fakeSheet({ 'S!5,3': '≥90' });
    const same = finding({ sheet: 'S', cell: 'C5', rule: 'plan.unit', suggestion: ' ≥90% ' });
    const different = finding({ sheet: 'S', cell: 'C5', rule: 'plan.other', suggestion: '≥95%' });
    const result = await applyFixes(host, [fix, same, different], new Map([['S!C5', '≥90']]));
    expect(host.writes).toEqual(['S!5,3=≥90%']);
    expect(result).toMatchObject({ applied: [fix], changed: [different], already: [same] });
  });

  it('keeps each written cell’s text before and after, as the cell reads once written', async () => {
    const host = fakeSheet({ 'S!5,3': '≥90', 'T!2,2': '30' });
    const other = finding({ sheet: 'T', cell: 'B2', suggestion: '30%' });
    // The sheet shows the written percentage in its own format.
    host.writeTexts.mockImplementationOnce(async (entries: readonly CellText[]) => {
      for (const { target } of entries) host.cells[`${target.sheet}!${target.row},${target.col}`] = target.sheet === 'T' ? '30.0%' : '≥90%';
    });
    const result = await applyFixes(host, [fix, other], new Map());
    expect(result.fixed).toEqual([
      { target: { sheet: 'S', row: 5, col: 3 }, cell: 'S!C5', before: { text: '≥90', value: '≥90' }, after: '≥90%' },
      { target: { sheet: 'T', row: 2, col: 2 }, cell: 'T!B2', before: { text: '30', value: '30' }, after: '30.0%' },
    ]);
  });

  it('stops at a host error', async () => {
    const host = fakeSheet({ 'S!5,3': '≥90' });
    host.writeTexts.mockRejectedValueOnce(new Error('工作表受保护 / The sheet is protected'));
    await expect(applyFixes(host, [fix], new Map())).rejects.toThrow('protected');
  });
});
