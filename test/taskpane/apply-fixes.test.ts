import type { CellTarget } from '../../src/addin/addin-host';
import { applyFixes, readCheckedTexts } from '../../src/taskpane/apply-fixes';
import { finding } from './report-fixture';

/** Cells as text, keyed `Sheet!row,col`; records every write. */
function fakeSheet(cells: Record<string, string>) {
  const key = (t: CellTarget) => `${t.sheet}!${t.row},${t.col}`;
  const writes: string[] = [];
  return {
    writes,
    cells,
    readText: jest.fn(async (t: CellTarget) => {
      const text = cells[key(t)];
      if (text === undefined) throw new Error(`no cell ${key(t)}`);
      return text;
    }),
    writeText: jest.fn(async (t: CellTarget, text: string) => {
      writes.push(`${key(t)}=${text}`);
      cells[key(t)] = text;
    }),
  };
}

describe('checked texts', () => {
  it('reads only the cells that carry a suggestion, and skips cells that cannot be read', async () => {
    const host = fakeSheet({ 'S!5,3': '≥90', 'S!6,3': '100' });
    const texts = await readCheckedTexts(host, [
      finding({ sheet: 'S', cell: 'C5', suggestion: '≥90%' }),
      finding({ sheet: 'S', cell: 'C6' }),
      finding({ sheet: 'S', cell: 'C7', suggestion: '≥5次' }),
    ]);
    expect([...texts]).toEqual([['S!C5', '≥90']]);
    expect(host.readText).toHaveBeenCalledTimes(2);
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
    expect(host.writes).toEqual([]);
    expect(result).toEqual({ applied: [], changed: [fix], already: [] });
  });

  it('does not write a suggestion the cell already reads', async () => {
    const host = fakeSheet({ 'S!5,3': '≥90%' });
    const result = await applyFixes(host, [fix], new Map([['S!C5', '≥90']]));
    expect(host.writes).toEqual([]);
    expect(result.already).toEqual([fix]);
  });

  it('applies when the checked text is unknown, and passes over findings without a suggestion', async () => {
    const host = fakeSheet({ 'S!5,3': '≥90', 'S!6,3': 'x' });
    const result = await applyFixes(host, [fix, finding({ sheet: 'S', cell: 'C6' })], new Map());
    expect(host.writes).toEqual(['S!5,3=≥90%']);
    expect(result.applied).toHaveLength(1);
  });

  it('stops at a host error', async () => {
    const host = fakeSheet({ 'S!5,3': '≥90' });
    host.writeText.mockRejectedValueOnce(new Error('工作表受保护 / The sheet is protected'));
    await expect(applyFixes(host, [fix], new Map())).rejects.toThrow('protected');
  });
});
