import rule from '../../../src/core/rules/indicator-actual-invalid';
import { fire } from './run-rule';
import { ACTUAL_COL, type IndicatorSpec } from '../make-project-table';

const row = (value: string, actual: IndicatorSpec['actual'], level3 = '发放人数'): IndicatorSpec[] => [
  { level1: '产出指标', level2: '数量指标', level3, value, basis: '年初目标', actual },
];

describe('indicator.actual-invalid', () => {
  it('fires on text against a quantitative target, on the 实际完成值 cell (where its fix goes), with the reason', () => {
    const hits = fire(rule, { indicators: row('≥274名', '基本完成') });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ row: 10, col: ACTUAL_COL });
    expect(hits[0]?.message).toBe('实际完成值无法评分：实际完成值“基本完成”不是数值，指标值为“≥274名”；请填写数值（如“274名”）');
  });

  it('fires on a unit that does not fit', () => {
    expect(fire(rule, { indicators: row('≥95%', '280名', '完成率') })[0]?.message).toContain('不是百分比；请写成百分比（如“95%”）');
    expect(fire(rule, { indicators: row('≥274名', '95%') })[0]?.message).toContain('却是百分比；请按“名”填写');
  });

  it('fires on text the sheet’s 得分 formula cannot read, with the number to write', () => {
    expect(fire(rule, { indicators: row('≥90%', '约95%', '满意度') })[0]?.message).toBe(
      '实际完成值无法评分：实际完成值“约95%”请只写数字加百分号，如“95%”：表中的得分公式只认这种写法（不写约数、比较词、其他单位或全角数字）',
    );
    expect(fire(rule, { indicators: row('≤64.39万元', '643900元', '项目成本') })[0]?.message).toContain('请只写数字（可带单位“万元”），如“64.39万元”');
    expect(fire(rule, { indicators: row('≥90%', '0.95', '满意度') })[0]?.message).toContain('如“95%”');
  });

  it('fires on an unknown level or a bare number for a qualitative target', () => {
    expect(fire(rule, { indicators: row('隐患全部整改到位', '效果良好') })[0]?.message)
      .toBe('实际完成值无法评分：“效果良好”不是评价等级；定性指标请写“达成”“部分达成 70%”或“未达成 30%”（等级后可写得分比例）');
    expect(fire(rule, { indicators: row('隐患全部整改到位', '100%') })[0]?.message).toContain('是数值');
  });

  it('stays quiet on scorable actuals, empty actuals, and rows without a usable target', () => {
    expect(fire(rule, { indicators: row('≥274名', '280名') })).toEqual([]);
    expect(fire(rule, { indicators: row('≥274名', '') })).toEqual([]);
    expect(fire(rule, { indicators: row('隐患全部整改到位', '部分达成 75%') })).toEqual([]);
    expect(fire(rule, { indicators: row('≥XX名', '很多') })).toEqual([]);
    expect(fire(rule, { indicators: row('无', '很多', '无') })).toEqual([]);
  });
});
