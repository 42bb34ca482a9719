import rule from '../../../src/core/rules/budget-cost-cap';
import { fire } from './run-rule';
import { onCorrectWorkbooks } from './fixture-defects';

const cost = (value: string, level3 = '预算控制数') => ({ level1: '产出指标', level2: '成本指标', level3, value, basis: '依据' });

describe('budget.cost-cap', () => {
  it('fires when the cost cap is above 预算数, reading 万 as 万元 (the seed’s ≤6.45万 against 5.00)', () => {
    const hits = fire(rule, { budget: '5.00', fiscal: '5.00', indicators: [cost('≤6.45万')] });
    expect(hits).toEqual([expect.objectContaining({ row: 10, col: 5 })]);
    expect(hits[0]?.message).toContain('6.45万元');
  });

  it('converts 元 before comparing', () => {
    expect(fire(rule, { budget: '5.00', fiscal: '5.00', indicators: [cost('≤60000元')] })).toHaveLength(1);
    expect(fire(rule, { budget: '5.00', fiscal: '5.00', indicators: [cost('≤50000元')] })).toEqual([]);
  });

  it('accepts a cap equal to the budget, and ignores per-unit standards', () => {
    expect(fire(rule, { budget: '64.39', fiscal: '64.39', indicators: [cost('≤64.39万元')] })).toEqual([]);
    expect(fire(rule, { budget: '5.00', fiscal: '5.00', indicators: [cost('≤8万元', '每户补助标准')] })).toEqual([]);
  });
});

describe('budget.cost-cap over the 分项成本', () => {
  it('fires at the last part when the parts add up to more than 预算数, none above it alone', () => {
    const hits = fire(rule, { budget: '5.00', fiscal: '5.00', indicators: [cost('≤3万元', '设备购置费'), cost('≤2.5万元', '安装调试费')] });
    expect(hits).toEqual([expect.objectContaining({ row: 11, col: 5 })]);
    expect(hits[0]?.message).toBe('分项成本“设备购置费”≤3万元、“安装调试费”≤2.5万元合计5.5万元高于预算数5.00万元，成本控制数不应超过预算数；请核对成本指标的金额或预算数');
  });

  it('does not add a total to its parts, a unit cost to amounts, or a subtotal to what it holds', () => {
    const base = { budget: '5.00', fiscal: '5.00' };
    expect(fire(rule, { ...base, indicators: [cost('≤5万元', '项目总成本'), cost('≤3万元', '设备购置费'), cost('≤2万元', '安装调试费')] })).toEqual([]);
    expect(fire(rule, { ...base, indicators: [cost('≤4.5万元', '预算控制数'), cost('≤3万元', '设备购置费')] })).toEqual([]);
    expect(fire(rule, { ...base, indicators: [cost('≤3万元', '设备购置费'), cost('≤2.5万元', '单台平均价格')] })).toEqual([]);
    expect(fire(rule, { ...base, indicators: [cost('≤4万元', '工程建设费'), cost('≤2.5万元', '材料费'), cost('≤1.5万元', '人工费')] })).toEqual([]);
    expect(fire(rule, { ...base, indicators: [cost('≤3万元', '设备购置费'), cost('≤2万元', '安装调试费')] })).toEqual([]);
  });

  it('reports one cap above the budget once, not again in a sum', () => {
    expect(fire(rule, { budget: '5.00', fiscal: '5.00', indicators: [cost('≤6万元', '设备购置费'), cost('≤2万元', '安装调试费')] })).toHaveLength(1);
  });
});

describe('budget.cost-cap on the template workbooks', () => {
  it('stays quiet on the correct ones', async () => {
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });
});
