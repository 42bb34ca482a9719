import rule from '../../../src/core/rules/indicator-vague';
import { fire } from './run-rule';
import { effect, fireWithout, output } from './indicator-rows';

describe('indicator.vague', () => {
  it('fires on a value that repeats its 三级 name, spaces and punctuation aside', () => {
    const hits = fire(rule, { indicators: [effect('可持续影响指标', '减少群众上访', '减少群众上访'), effect('社会效益指标', '社会稳定水平。', '社会 稳定水平')] });
    expect(hits.map((h) => [h.row, h.col, h.params.reason])).toEqual([[10, 5, '只是重复了三级指标名称'], [11, 5, '只是重复了三级指标名称']]);
    expect(hits[0]?.message).toBe('指标值“减少群众上访”只是重复了三级指标名称，年底无法据此考核；请写出可衡量的目标，如数值、比率、完成时限，或“全部…”“不发生…”等明确结果');
  });

  it('fires on vague words with no measure, on a question, and on a rate answered with words', () => {
    const hits = fire(rule, {
      indicators: [
        effect('生态效益指标', '生态效益', '进一步改善生态环境'),
        output('质量指标', '设立防汛抗旱指挥部', '是否设立管理组织和专人负责'),
        effect('可持续影响指标', '社会发展保障率', '保障社会发展'),
      ],
    });
    expect(hits.map((h) => h.params.reason)).toEqual([
      '只有“进一步”之类的笼统说法，没有衡量标准',
      '写成了“是否…”的问句，没有写出要达到的结果',
      '没有数值，而三级指标“社会发展保障率”是比率',
    ]);
  });

  it('stays quiet on concrete sentences, numbers, and deadlines that repeat their name', () => {
    expect(
      fire(rule, {
        indicators: [
          output('质量指标', '及时发放补贴资金', '按季度发放'),
          output('质量指标', '隐患整改', '隐患全部整改到位'),
          effect('可持续影响指标', '安全生产', '不发生安全生产事故'),
          output('时效指标', '2023年12月底前完成', '2023年12月底前完成'),
          output('时效指标', '无非法胎儿性别鉴定', '无非法胎儿性别鉴定'),
          effect('社会效益指标', '上访', '上访人数减少10%'),
          effect('社会效益指标', '环境', '营造干净、整洁、卫生、和谐的社区环境'),
          effect('社会效益指标', '居家养老', '提高60岁以上老年人参与人数至200人'),
        ],
      }),
    ).toEqual([]);
  });

  it('leaves cells that indicator.no-number or indicator.garbled report to them', () => {
    expect(
      fire(rule, {
        indicators: [
          output('数量指标', '应急处置次数', '提高处置能力'),
          output('时效指标', '资金发放及时率', '及时发放'),
          effect('社会效益指标', '提升防灭火综合能力', '百提升灭火综合能力'),
          output('数量指标', '资金发放率', '百分比'),
        ],
      }),
    ).toEqual([]);
    expect(fireWithout(rule, { indicators: [effect('可持续影响指标', '减少群众上访', '减少群众上访')] }, ['value'])).toEqual([]);
  });
});
