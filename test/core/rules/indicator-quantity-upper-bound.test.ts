import rule from '../../../src/core/rules/indicator-quantity-upper-bound';
import { fire } from './run-rule';
import { fireWithout, output } from './indicator-rows';

describe('indicator.quantity-upper-bound', () => {
  it('fires on a 数量指标 capped from above', () => {
    const hits = fire(rule, { indicators: [output('数量指标', '建设微型消防站数量', '≤23个'), output('数量指标', '清理秸秆亩数', '不超过5000亩'), output('数量指标', '培训人数', '<50人')] });
    expect(hits.map((h) => [h.row, h.col])).toEqual([[10, 5], [11, 5], [12, 5]]);
    expect(hits[0]?.message).toBe('数量指标“建设微型消防站数量”的指标值“≤23个”用了“≤”，只规定了最多做多少；请写成“≥23个”或“23个”（事故、投诉等越少越好的指标可保留）');
    expect(hits[1]?.params.operator).toBe('不超过');
  });

  it('stays quiet on things of which fewer is better, named in 三级 or 描述', () => {
    expect(
      fire(rule, {
        indicators: [
          output('数量指标', '山火发生次数', '<10次'),
          output('数量指标', '安全事故', '≤1起'),
          output('数量指标', '群众投诉', '≤5件'),
          output('数量指标', '上访人数', '≤3人'),
          output('数量指标', '刑事案件', '≤2起'),
          output('数量指标', '处置', '≤2起', { description: '违法建设数量' }),
        ],
      }),
    ).toEqual([]);
  });

  it('only looks at 数量指标 with ≤ or <', () => {
    expect(fire(rule, { indicators: [output('质量指标', '重大森林火灾次数', '<3次'), output('成本指标', '预算控制数', '≤64.39万元'), output('数量指标', '人数', '≥274名'), output('数量指标', '人数', '274名')] })).toEqual([]);
    expect(fireWithout(rule, { indicators: [output('数量指标', '建设数量', '≤23个')] }, ['level2'])).toEqual([]);
  });
});
