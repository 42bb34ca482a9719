import rule from '../../../src/core/rules/cost-total-only';
import { makeProjectTable, type ProjectSpec } from '../make-project-table';
import { fire } from './run-rule';
import { output, satisfaction } from './indicator-rows';

describe('cost.total-only', () => {
  it('fires when the only cost indicator is the budget itself, in any money unit, at its value', () => {
    for (const value of ['≤20万元', '≤200000元']) {
      const spec: ProjectSpec = { budget: '20.00', fiscal: '20.00', indicators: [output('数量指标', '维修处数', '≥5处'), output('成本指标', '预算控制数', value), satisfaction('群众满意度', '≥90%')] };
      const cell = makeProjectTable(spec).indicators[1]?.value;
      const hits = fire(rule, spec);
      expect(hits.map((h) => [h.row, h.col])).toEqual([[cell?.row, cell?.col]]);
      expect(hits[0]?.message).toMatch(new RegExp(`^唯一的成本指标“预算控制数”${value}就是预算数20万元`));
    }
  });

  it('stays quiet on a cost below the budget, a unit cost, or a second cost indicator', () => {
    const base = { budget: '20.00', fiscal: '20.00' };
    expect(fire(rule, { ...base, indicators: [output('成本指标', '维修成本', '≤18万元')] })).toEqual([]);
    expect(fire(rule, { ...base, indicators: [output('成本指标', '单位维修成本', '≤20万元/处')] })).toEqual([]);
    expect(fire(rule, { ...base, indicators: [output('成本指标', '预算控制数', '≤20万元'), output('成本指标', '单位维修成本', '≤4万元/处')] })).toEqual([]);
  });
});
