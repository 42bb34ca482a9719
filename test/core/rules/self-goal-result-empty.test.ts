import rule from '../../../src/core/rules/self-goal-result-empty';
import { fireSelf } from './run-self-rule';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';

describe('self.goal-result-empty', () => {
  it('fires on an empty 实际完成情况 of the 年度总体目标', () => {
    expect(fireSelf(rule, { goalResult: null })).toEqual([expect.objectContaining({ row: 7, col: 5 })]);
  });

  it('stays quiet when it is written, and on the correct template workbooks', async () => {
    expect(fireSelf(rule)).toEqual([]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });

  it('finds the mistakes planted in the template fixtures', async () => {
    for (const { planted, found } of await plantedAndFound(rule)) expect(found.cells).toEqual(expect.arrayContaining(planted));
  });
});
