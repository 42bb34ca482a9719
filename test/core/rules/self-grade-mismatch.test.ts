import rule from '../../../src/core/rules/self-grade-mismatch';
import { selfTotalRow } from '../make-self-evaluation-table';
import { fireSelf } from './run-self-rule';

describe('self.grade-mismatch', () => {
  it('fires on a printed 自评等级 its own 总分 does not earn, and suggests the right one', () => {
    const spec = { total: { weight: 100, score: 85 }, grade: '优' };
    const hits = fireSelf(rule, spec);
    expect(hits).toEqual([expect.objectContaining({ row: selfTotalRow(spec) + 1, col: 2, suggestion: '良' })]);
    expect(hits[0]?.message).toBe('总分85分对应等级“良”（优≥90、良≥80、中≥60），表中自评等级为“优”');
  });

  it('stays quiet on the right grade, on 90 exactly as 优, and without a printed grade', () => {
    expect(fireSelf(rule, { total: { weight: 100, score: 90 }, grade: '优' })).toEqual([]);
    expect(fireSelf(rule, { total: { weight: 100, score: 85 } })).toEqual([]);
  });
});
