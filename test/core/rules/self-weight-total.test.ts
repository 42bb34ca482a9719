import rule from '../../../src/core/rules/self-weight-total';
import { SELF_COLS, selfTotalRow } from '../make-self-evaluation-table';
import { fireSelf } from './run-self-rule';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';

const rows = (a: number, b: number, c: number) => [
  { level1: '产出指标', level2: '数量指标', level3: '发放人数', value: '≥274名', actual: '274名', weight: a, score: a },
  { level1: '效益指标', level2: '社会效益指标', level3: '维护社会稳定', value: '维护社会稳定', actual: '达成', weight: b, score: b },
  { level1: '满意度指标', level2: '服务对象满意度指标', level3: '群众满意度', value: '≥90%', actual: '95%', weight: c, score: c },
];

describe('self.weight-total', () => {
  it('fires on the 总分 row’s 分值 when the points add up to more or less than 100', () => {
    const spec = { rows: rows(70, 20, 10) };
    const hits = fireSelf(rule, spec);
    expect(hits).toEqual([expect.objectContaining({ row: selfTotalRow(spec), col: SELF_COLS.weight })]);
    expect(hits[0]?.message).toBe('各项分值合计110分（指标100分，预算执行率10分），应为100分；请调整各指标分值');
  });

  it('counts 预算执行率’s 分值 and stays quiet at 100', () => {
    expect(fireSelf(rule, { rows: rows(50, 30, 10) })).toEqual([]);
    expect(fireSelf(rule, { rows: rows(50, 30, 10), funds: { annual: 10, executed: 10, weight: 20, rate: '100%', score: 20 } })).toHaveLength(1);
  });

  it('says nothing when a row prints no 分值, and nothing on the correct template workbooks', async () => {
    const spec = { rows: rows(50, 30, 10).map((r, i) => (i === 0 ? { ...r, weight: null } : r)) };
    expect(fireSelf(rule, spec)).toEqual([]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });

  it('finds the mistakes planted in the template fixtures', async () => {
    for (const { planted, found } of await plantedAndFound(rule)) expect(found.cells).toEqual(expect.arrayContaining(planted));
  });
});
