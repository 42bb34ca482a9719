import rule from '../../../src/core/rules/budget-annual-exceeds-mid';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';

describe('budget.annual-exceeds-mid', () => {
  it('finds every mistake planted in the template fixtures, at its cell', async () => {
    const runs = await plantedAndFound(rule);
    expect(runs.length).toBeGreaterThan(0);
    for (const { planted, found } of runs) {
      expect(found.cells).toEqual(expect.arrayContaining(planted));
      expect(found.messages.every((m) => m.includes('年度资金应包含在'))).toBe(true);
    }
  });

  it('stays quiet on the correct template workbooks', async () => {
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });
});
