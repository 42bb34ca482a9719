import rule from '../../../src/core/rules/cost-volume-mismatch';
import type { ProjectSpec } from '../make-project-table';
import { fire } from './run-rule';
import { builtCells, output, satisfaction } from './indicator-rows';
import { onCorrectWorkbooks } from './fixture-defects';

const table = (budget: string, ...rows: ReturnType<typeof output>[]): ProjectSpec => ({ budget, fiscal: budget, indicators: [...rows, satisfaction('群众满意度', '≥90%')] });

describe('cost.volume-mismatch', () => {
  it('fires at the unit cost when 每人补助500元 × 200人 is far below a 50万元 budget', () => {
    const spec = table('50.00', output('数量指标', '补助发放人数', '≥200人'), output('成本指标', '每人补助标准', '≤500元'));
    const hits = fire(rule, spec);
    expect(hits.map((h) => [h.row, h.col])).toEqual(builtCells(spec, [1], 'value'));
    expect(hits[0]?.message).toBe('单位成本“≤500元”×数量指标“补助发放人数≥200人”=10万元，不到预算数50.00万元的一半；单位成本、数量和预算应相互匹配，请核对补助标准、数量指标或预算数');
  });

  it('multiplies a monthly standard by 12 and reads 名 as 人: the seed’s 1000元 × 7 × 12 = 8.4万元 matches, 20 people do not', () => {
    for (const [level3, value] of [['岗位补贴', '1000元/人·月'], ['每人每月岗位补贴', '1000元']] as const) {
      expect(fire(rule, table('8.40', output('数量指标', '退役军人人数', '≥7名'), output('成本指标', level3, value)))).toEqual([]);
      const hits = fire(rule, table('8.40', output('数量指标', '退役军人人数', '≥20名'), output('成本指标', level3, value)));
      expect(hits.map((h) => h.message)).toEqual([expect.stringMatching(new RegExp(`^单位成本“${value}”×数量指标“退役军人人数≥20名”×12个月=24万元，超出预算数8.40万元；`, 'u'))]);
    }
  });

  it('pairs a per-unit unit (万元/处) with the count in that unit, and within 5 % above the budget stays quiet', () => {
    expect(fire(rule, table('280', output('数量指标', '新建供水工程', '≥8处'), output('成本指标', '单处平均造价', '≤35万元/处')))).toEqual([]);
    expect(fire(rule, table('280', output('数量指标', '新建供水工程', '≥10处'), output('成本指标', '单处平均造价', '≤35万元/处')))).toHaveLength(1);
  });

  it('among several counts in the unit, takes the one the cost names, and does not call a part of the budget too small', () => {
    const spec = table('1860', output('数量指标', '国家奖学金人数', '≥20人'), output('数量指标', '国家助学金人数', '≥4200人'), output('成本指标', '国家奖学金人均资助标准', '0.8万元'));
    expect(fire(rule, spec)).toEqual([]);
    const over = table('100', output('数量指标', '国家奖学金人数', '≥200人'), output('数量指标', '国家助学金人数', '≥4200人'), output('成本指标', '国家奖学金人均资助标准', '0.8万元'));
    expect(fire(rule, over).map((h) => h.params.count)).toEqual(['国家奖学金人数≥200人']);
  });

  it('stays quiet without a count in the cost’s unit, on a total cost, when other costs share the budget, and on the correct template workbooks', async () => {
    expect(fire(rule, table('50.00', output('数量指标', '补助户数', '≥200户'), output('成本指标', '每人补助标准', '≤500元')))).toEqual([]);
    expect(fire(rule, table('50.00', output('数量指标', '补助发放人数', '≥200人'), output('成本指标', '补助总成本', '≤10万元')))).toEqual([]);
    expect(fire(rule, table('50.00', output('数量指标', '补助发放人数', '≥200人'), output('成本指标', '每人补助标准', '≤500元'), output('成本指标', '设备购置费', '≤40万元')))).toEqual([]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });
});
