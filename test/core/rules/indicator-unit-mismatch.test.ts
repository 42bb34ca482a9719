import rule from '../../../src/core/rules/indicator-unit-mismatch';
import { fire } from './run-rule';
import { effect, fireWithout, output } from './indicator-rows';
import { UNIT_COL } from '../make-project-table';

describe('indicator.unit-mismatch', () => {
  it('fires on a count word or an indicator name typed as the unit, with the mechanical fix', () => {
    const hits = fire(rule, { indicators: [output('数量指标', '验收抽查次数', '≥12次数'), effect('社会效益指标', '工作完成率', '≥90工作完成率')] });
    expect(hits).toEqual([
      expect.objectContaining({ row: 10, col: 5, suggestion: '≥12次', message: '指标值“≥12次数”的单位“次数”不是计量单位，请改为“≥12次”' }),
      expect.objectContaining({ row: 11, col: 5, suggestion: '≥90%', message: '指标值“≥90工作完成率”的单位“工作完成率”是指标名称，不是计量单位，请改为“≥90%”' }),
    ]);
  });

  it('completes 万 to 万元 for money', () => {
    const hits = fire(rule, { indicators: [output('成本指标', '预算控制数', '≤6.45万'), output('数量指标', '受益人口', '≥1.2万')] });
    expect(hits).toEqual([expect.objectContaining({ row: 10, suggestion: '≤6.45万元', message: expect.stringContaining('“万”不完整') })]);
  });

  it('fires without a suggestion on a rate in a unit other than %', () => {
    const hits = fire(rule, { indicators: [output('质量指标', '验收合格率', '≥12个')] });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.suggestion).toBeUndefined();
    expect(hits[0]?.message).toBe('指标值“≥12个”的单位“个”与比率指标“验收合格率”不符，比率应以%表示，请按%填写目标，或把三级指标改为与单位相符的名称');
  });

  it('fixes the 计量单位 cell when the form has one', () => {
    const hits = fire(rule, { indicators: [output('数量指标', '巡查次数', '≥12', { unit: '次数' })] });
    expect(hits).toEqual([expect.objectContaining({ row: 10, col: UNIT_COL, suggestion: '次', message: expect.stringContaining('请改为“≥12次”') })]);
  });

  it('stays quiet on proper units, rates in %, ‰ or 百分点, and frequencies', () => {
    expect(
      fire(rule, {
        indicators: [
          output('数量指标', '三线民兵数量', '≥274名'),
          output('质量指标', '资金覆盖率', '≥90百分比'),
          effect('社会效益指标', '发病率', '≤3‰'),
          effect('经济效益指标', '收入增长率', '≥2个百分点'),
          output('数量指标', '巡查频率', '≥4次/月'),
          output('成本指标', '人均发放水平', '≥1500元'),
          effect('经济效益指标', '资金使用有效率', '≥90'),
        ],
      }),
    ).toEqual([]);
    expect(fireWithout(rule, { indicators: [output('数量指标', '验收抽查次数', '≥12次数')] }, ['value'])).toEqual([]);
  });
});
