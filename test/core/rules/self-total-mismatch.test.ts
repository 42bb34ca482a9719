import rule from '../../../src/core/rules/self-total-mismatch';
import { SELF_COLS, selfTotalRow } from '../make-self-evaluation-table';
import { fireSelf } from './run-self-rule';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';

describe('self.total-mismatch', () => {
  it('fires on a 总分 that is not the sum of the 得分 and the 执行率 得分, and suggests the sum', () => {
    const spec = { total: { weight: 100, score: 95 } };
    const hits = fireSelf(rule, spec);
    expect(hits).toEqual([expect.objectContaining({ row: selfTotalRow(spec), col: SELF_COLS.score, suggestion: '100' })]);
    expect(hits[0]?.message).toBe('总分写的是95分，而各项得分之和为100分（指标90分，预算执行率10分），请核对');
  });

  it('stays quiet on the right sum, without a 总分, and on the correct template workbooks', async () => {
    expect(fireSelf(rule, { total: { weight: 100, score: 100 } })).toEqual([]);
    expect(fireSelf(rule, { total: null })).toEqual([]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });

  it('finds the mistakes planted in the template fixtures', async () => {
    for (const { planted, found } of await plantedAndFound(rule)) expect(found.cells).toEqual(expect.arrayContaining(planted));
  });
});
