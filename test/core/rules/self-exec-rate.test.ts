import rule from '../../../src/core/rules/self-exec-rate';
import { FUNDS_COLS, FUNDS_ROW } from '../make-self-evaluation-table';
import { fireSelf } from './run-self-rule';
import { profileWith } from './run-rule';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';

describe('self.exec-rate', () => {
  it('fires on an 执行率 that is not 全年执行数 / 全年预算数, and on its 得分', () => {
    const hits = fireSelf(rule, { funds: { annual: 100, executed: 90, weight: 10, rate: '95%', score: 10 } });
    expect(hits.map((h) => [h.row, h.col])).toEqual([[FUNDS_ROW, FUNDS_COLS.rate], [FUNDS_ROW, FUNDS_COLS.score]]);
    expect(hits[0]?.message).toBe('执行率：按全年执行数90万元、全年预算数100万元计，执行率应为90%，表中为95%');
    expect(hits[1]?.message).toBe('执行率得分：按全年执行数90万元、全年预算数100万元计，得分应为10×90%=9分，表中为10分');
  });

  it('caps the 得分 at the 分值 when more than the budget was spent', () => {
    expect(fireSelf(rule, { funds: { annual: 100, executed: 110, weight: 10, rate: '110%', score: 10 } })).toEqual([]);
    expect(fireSelf(rule, { funds: { annual: 100, executed: 110, weight: 10, rate: '110%', score: 11 } })).toHaveLength(1);
  });

  it('reports a rate above 100 % only where the profile says the system refuses it', () => {
    const over = { funds: { annual: 100, executed: 110, weight: 10, rate: '110%', score: 10 } };
    const strict = profileWith({ budgetExecution: { scoring: 'linear', steps: [], mayExceed100: false } });
    const hits = fireSelf(rule, over, strict);
    expect(hits.map((h) => [h.row, h.col])).toEqual([[FUNDS_ROW, FUNDS_COLS.rate]]);
    expect(hits[0]?.message).toContain('预算执行率不能超过100%');
    expect(fireSelf(rule, { funds: { annual: 100, executed: 100, weight: 10, rate: '100%', score: 10 } }, strict)).toEqual([]);
  });

  it('scores the rate by the profile’s steps (江西: 80 % earns 70 % of the 分值)', () => {
    const steps = profileWith({
      budgetExecution: { scoring: 'steps', mayExceed100: false, steps: [{ minPercent: 100, sharePercent: 100 }, { minPercent: 80, sharePercent: 70 }, { minPercent: 60, sharePercent: 50 }] },
    });
    const at = (executed: number, score: number) => fireSelf(rule, { funds: { annual: 100, executed, weight: 10, rate: `${executed}%`, score } }, steps);
    expect(at(90, 7)).toEqual([]);
    expect(at(80, 7)).toEqual([]);
    expect(at(79, 5)).toEqual([]);
    expect(at(59, 0)).toEqual([]);
    const linear = at(90, 9);
    expect(linear.map((h) => h.message)).toEqual(['执行率得分：按全年执行数90万元、全年预算数100万元计，得分应为10×70%=7分，表中为9分']);
  });

  it('reads a rate typed as a fraction in a % cell and stays quiet on the correct template workbooks', async () => {
    expect(fireSelf(rule, { funds: { annual: 100, executed: 90, weight: 10, rate: '90.0%', score: 9 } })).toEqual([]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });

  it('finds the mistakes planted in the template fixtures', async () => {
    for (const { planted, found } of await plantedAndFound(rule)) expect(found.cells).toEqual(expect.arrayContaining(planted));
  });
});
