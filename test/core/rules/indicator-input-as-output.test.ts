import rule from '../../../src/core/rules/indicator-input-as-output';
import type { ProjectSpec } from '../make-project-table';
import { fire } from './run-rule';
import { builtCells, effect, output, row } from './indicator-rows';

describe('indicator.input-as-output', () => {
  it('fires on funds paid out or executed used as an output or an effect', () => {
    const spec: ProjectSpec = {
      indicators: [
        output('数量指标', '资金拨付率', '100%'),
        output('时效指标', '资金支付及时率', '≥95%'),
        output('质量指标', '资金到位率', '100%'),
        effect('经济效益指标', '预算执行率', '≥90%'),
        output('数量指标', '维修校舍面积', '≥1200平方米'),
      ],
    };
    const hits = fire(rule, spec);
    expect(hits.map((h) => [h.row, h.col])).toEqual(builtCells(spec, [0, 1, 2, 3], 'level3'));
    expect(hits[0]?.message).toBe('“资金拨付率”反映的是资金投入或执行，不是产出或效益；预算执行率在自评中单独计分，请改为反映提供的产品和服务的指标，如“完成维修校舍面积 ≥1200平方米”');
  });

  it('stays quiet on what the money buys, on cost indicators and on satisfaction', () => {
    const spec: ProjectSpec = {
      indicators: [
        output('数量指标', '补贴发放人数', '≥274人'),
        output('成本指标', '资金使用', '≤64.39万元'),
        row('成本指标', '经济成本指标', '预算执行率', '≤100%'),
        output('质量指标', '资金使用合规性', '合规'),
        row('满意度指标', '服务对象满意度指标', '资金拨付对象满意度', '≥90%'),
      ],
    };
    expect(fire(rule, spec)).toEqual([]);
  });
});
