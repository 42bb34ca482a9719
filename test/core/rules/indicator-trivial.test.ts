import rule from '../../../src/core/rules/indicator-trivial';
import { fire } from './run-rule';
import { effect, fireWithout, output, satisfaction } from './indicator-rows';

describe('indicator.trivial', () => {
  it('fires on ≥0 in any unit, words or symbols', () => {
    const hits = fire(rule, { indicators: [output('数量指标', '登记次数', '≥0次'), output('质量指标', '合格率', '>=0%'), output('数量指标', '人数', '不低于0人')] });
    expect(hits.map((h) => [h.row, h.col])).toEqual([[10, 5], [11, 5], [12, 5]]);
    expect(hits[0]?.message).toBe('指标值“≥0次”只要求不少于0，这个目标怎样都能达到，起不到考核作用；请写出实际要达到的目标，如“≥4次”');
    expect(hits[1]?.params.example).toBe('≥90%');
  });

  it('fires on a percentage capped at 100%, except for growth', () => {
    const hits = fire(rule, { indicators: [effect('社会效益指标', '上访率', '≤100%'), effect('经济效益指标', '收入增长率', '≤100%')] });
    expect(hits.map((h) => h.row)).toEqual([10]);
    expect(hits[0]?.params.why).toBe('只要求不超过100%');
  });

  it('stays quiet on >0 (at least one), =0 and ≤0 (none at all) and real targets', () => {
    expect(
      fire(rule, {
        indicators: [
          output('数量指标', '宣传次数', '>0次'),
          effect('社会效益指标', '安全事故次数', '0次'),
          effect('社会效益指标', '安全事故次数', '≤0次'),
          output('数量指标', '宣传活动', '≥4次'),
          satisfaction('群众满意度', '≥90%'),
          effect('社会效益指标', '上访率', '≤5%'),
        ],
      }),
    ).toEqual([]);
    expect(fireWithout(rule, { indicators: [output('数量指标', '登记次数', '≥0次')] }, ['value'])).toEqual([]);
  });
});
