import type { CellTarget, CellText } from '../../src/addin/addin-host';
import { planUndo, undoFixes, type FixedCell } from '../../src/taskpane/fix-undo';

/** A fixed cell that held the text `before` (or the number, when given). */
function fixedCell(sheet: string, row: number, col: number, before: string, after: string, value?: number): FixedCell {
  return { target: { sheet, row, col }, cell: `${sheet}!R${row}C${col}`, before: { text: before, value: value ?? (before === '' ? null : before) }, after };
}

/** Cells as text keyed `Sheet!row,col`; records each batch of writes. */
function fakeSheet(cells: Record<string, string>) {
  const key = (t: CellTarget) => `${t.sheet}!${t.row},${t.col}`;
  const batches: string[][] = [];
  const order: string[] = [];
  return {
    cells,
    batches,
    order,
    readCells: jest.fn(async (targets: readonly CellTarget[]) => {
      order.push('read');
      return targets.map((t) => ({ text: cells[key(t)] ?? '', value: cells[key(t)] ?? null }));
    }),
    writeTexts: jest.fn(async (entries: readonly CellText[]) => {
      order.push('write');
      batches.push(entries.map((e) => `${key(e.target)}=${e.text}`));
      for (const e of entries) cells[key(e.target)] = e.text;
    }),
  };
}

describe('planning an undo', () => {
  const a = fixedCell('S', 5, 3, '≥90', '≥90%');
  const b = fixedCell('S', 6, 3, '3次', '≥3次');
  const c = fixedCell('T', 2, 2, '30', '30.0%');

  it('restores every cell that still reads what the fix wrote', () => {
    expect(planUndo([a, b, c], ['≥90%', '≥3次', '30.0%'])).toEqual({
      restore: [
        { target: a.target, text: '≥90', value: '≥90' },
        { target: b.target, text: '3次', value: '3次' },
        { target: c.target, text: '30', value: '30' },
      ],
      kept: [],
    });
  });

  it('keeps a cell the user changed since the fix, emptied or typed back to its old text included', () => {
    const plan = planUndo([a, b, c], ['≥95%', '≥3次', '30']);
    expect(plan.restore).toEqual([{ target: b.target, text: '3次', value: '3次' }]);
    expect(plan.kept).toEqual([a, c]);
    expect(planUndo([a], ['']).kept).toEqual([a]);
  });

  it('gives a number cell back its number, not the rounded text it showed, and an empty cell back empty', () => {
    const budget = fixedCell('S', 9, 3, '64.39', '64.40', 64.3912);
    const empty = fixedCell('S', 10, 3, '', '≥1次');
    expect(planUndo([budget, empty], ['64.40', '≥1次']).restore).toEqual([
      { target: budget.target, text: '64.39', value: 64.3912 },
      { target: empty.target, text: '', value: '' },
    ]);
  });
});

describe('undoing fixes', () => {
  it('reads the cells first, then writes back the previous texts in one batch, skipping the changed one', async () => {
    const host = fakeSheet({ 'S!5,3': '≥90%', 'S!6,3': '自己写的', 'T!2,2': '30.0%' });
    const fixed = [fixedCell('S', 5, 3, '≥90', '≥90%'), fixedCell('S', 6, 3, '3次', '≥3次'), fixedCell('T', 2, 2, '30', '30.0%')];
    const result = await undoFixes(host, fixed);
    expect(host.order).toEqual(['read', 'write']);
    expect(host.batches).toEqual([['S!5,3=≥90', 'T!2,2=30']]);
    expect(host.cells['S!6,3']).toBe('自己写的');
    expect(result).toEqual({ restored: [fixed[0], fixed[2]], kept: [fixed[1]] });
  });

  it('writes nothing when the user changed every cell', async () => {
    const host = fakeSheet({ 'S!5,3': '改过了' });
    const fixed = [fixedCell('S', 5, 3, '≥90', '≥90%')];
    await expect(undoFixes(host, fixed)).resolves.toEqual({ restored: [], kept: fixed });
    expect(host.writeTexts).not.toHaveBeenCalled();
  });
});
