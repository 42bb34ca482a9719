import rule from '../../../src/core/rules/required-missing-field';
import { fire } from './run-rule';

describe('required.missing-field', () => {
  it('fires at the table’s first cell for each field whose label is missing', () => {
    const hits = fire(rule, { code: null, plan: null, goal: null });
    expect(hits.map((h) => h.params.field)).toEqual(['项目编码', '资金支出计划', '绩效目标']);
    expect(hits.every((h) => h.row === 1 && h.col === 1)).toBe(true);
  });

  it('stays quiet on a complete table, and on fields the Ministry form does not have', () => {
    expect(fire(rule)).toEqual([]);
    expect(fire(rule, { form: 'mof-reference', code: null, plan: null, purpose: null })).toEqual([]);
  });
});
