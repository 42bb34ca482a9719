import rule from '../../../src/core/rules/indicator-garbled';
import { fire } from './run-rule';
import { effect, fireWithout, output } from './indicator-rows';

describe('indicator.garbled', () => {
  it('fires on a value holding more than one number', () => {
    const hits = fire(rule, { indicators: [output('成本指标', '退役军人绩效额', '1000每人每月1000元')] });
    expect(hits).toEqual([expect.objectContaining({ row: 10, col: 5, message: expect.stringContaining('含有多个数值') })]);
    expect(hits[0]?.suggestion).toBeUndefined();
  });

  it('fires on operators that contradict each other', () => {
    const hits = fire(rule, { indicators: [output('质量指标', '合格率', '≥95%以下')] });
    expect(hits[0]?.message).toBe('指标值“≥95%以下”的比较符号前后矛盾（≥与以下），请只写一个比较符号、一个数值和单位，如“≥90%”“≤1000元/人·月”');
  });

  it('fires on a stray piece of 百分比 before a sentence, suggesting the sentence', () => {
    const hits = fire(rule, { indicators: [effect('社会效益指标', '提升防灭火综合能力', '百提升灭火综合能力'), effect('社会效益指标', '保障运行', '%保障活动场所正常运行')] });
    expect(hits.map((h) => [h.row, h.suggestion])).toEqual([[10, '提升灭火综合能力'], [11, '保障活动场所正常运行']]);
    expect(hits[0]?.message).toBe('指标值“百提升灭火综合能力”开头多了“百”，请删去，改为“提升灭火综合能力”');
  });

  it('stays quiet on words that start with 百, numbered lists, ranges and sound values', () => {
    expect(
      fire(rule, {
        indicators: [
          effect('社会效益指标', '服务百姓', '百姓办事更便捷'),
          effect('社会效益指标', '百姓办事便捷', '百姓办事便捷'),
          effect('社会效益指标', '民兵应急拉动', '1、应对突发事件；2、提升国防教育水平'),
          output('数量指标', '培训次数', '3-5次'),
          output('数量指标', '发放人数', '≥274名'),
          output('数量指标', '资金发放率', '百分比'),
        ],
      }),
    ).toEqual([]);
    expect(fireWithout(rule, { indicators: [output('成本指标', '绩效额', '1000每人每月1000元')] }, ['value'])).toEqual([]);
  });
});
