import rule from '../../../src/core/rules/self-score-mismatch';
import { SELF_COLS, SELF_HEADER_ROW } from '../make-self-evaluation-table';
import { fireSelf } from './run-self-rule';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';

const rows = (actual: string, score: number, value = '≥274名') => [
  { level1: '产出指标', level2: '数量指标', level3: '发放人数', value, actual, weight: 50, score },
  { level1: '效益指标', level2: '社会效益指标', level3: '维护社会稳定', value: '维护社会稳定', actual: '达成', weight: 30, score: 30 },
  { level1: '满意度指标', level2: '服务对象满意度指标', level3: '群众满意度', value: '≥90%', actual: '95%', weight: 10, score: 10 },
];

describe('self.score-mismatch', () => {
  it('fires on a positive 得分 the scoring rules do not give, says what it should be, and suggests it', () => {
    const hits = fireSelf(rule, { rows: rows('137名', 50) });
    expect(hits).toEqual([expect.objectContaining({ row: SELF_HEADER_ROW + 1, col: SELF_COLS.score, suggestion: '25' })]);
    expect(hits[0]?.message).toBe('按评分规则应得25分（正向指标：实际137名低于目标274名，按实际/目标计），表中为50分，请核对');
  });

  it('scores reverse targets by 1 − (actual − target) / target', () => {
    const hits = fireSelf(rule, { rows: rows('15次', 50, '≤10次') });
    expect(hits.map((h) => h.suggestion)).toEqual(['25']);
  });

  it('accepts a score rounded to one decimal, a qualitative score and the correct template workbooks', async () => {
    expect(fireSelf(rule, { rows: rows('270名', 49.3) })).toEqual([]);
    expect(fireSelf(rule, { rows: rows('274名', 50).map((r, i) => (i === 1 ? { ...r, score: 25 } : r)) })).toEqual([]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });

  it('finds the mistakes planted in the template fixtures', async () => {
    for (const { planted, found } of await plantedAndFound(rule)) expect(found.cells).toEqual(expect.arrayContaining(planted));
  });
});
