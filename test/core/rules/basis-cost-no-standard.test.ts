import rule from '../../../src/core/rules/basis-cost-no-standard';
import type { ProjectSpec } from '../make-project-table';
import { fire } from './run-rule';
import { builtCells, output } from './indicator-rows';
import { onCorrectWorkbooks } from './fixture-defects';

const cost = (value: string, basis: string, level3 = '预算控制数'): ProjectSpec => ({
  budget: '64.39', fiscal: '64.39', indicators: [output('数量指标', '民兵数量', '≥274名'), output('成本指标', level3, value, { basis })],
});

describe('basis.cost-no-standard', () => {
  it('fires at the 依据 of an amount set by a work plan (the seed’s 预算控制数 ≤64.39万元, 部门年初工作目标)', () => {
    const spec = cost('≤64.39万元', '部门年初工作目标');
    const hits = fire(rule, spec);
    expect(hits.map((h) => [h.row, h.col])).toEqual([[builtCells(spec, [1], 'value')[0]?.[0], 6]]);
    expect(hits[0]?.message).toMatch(/^成本指标“预算控制数”≤64.39万元的确定依据“部门年初工作目标”没有说明金额从哪里来；/u);
  });

  it('accepts a spending standard, a calculation, a contract, a numbered document or past costs', () => {
    for (const basis of ['冀组发【2018】14号', '委托管理协议与垃圾承包合同', '按每人每月1000元测算', '县级补助标准', '上年实际支出', '《农村饮水安全保障应急预案》']) {
      expect(fire(rule, cost('≤64.39万元', basis))).toEqual([]);
    }
  });

  it('leaves a basis that names no standard at all to basis.not-a-standard, and a cost that is no amount to cost.not-money', async () => {
    expect(fire(rule, cost('≤64.39万元', '各村已排查上报'))).toEqual([]);
    expect(fire(rule, cost('≤64.39万元', '≤64.39万元'))).toEqual([]);
    expect(fire(rule, cost('≥90%', '部门年初工作目标', '资金使用率'))).toEqual([]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });
});
