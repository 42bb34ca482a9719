import rule from '../../../src/core/rules/indicator-no-number';
import { fire } from './run-rule';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';
import { builtCells, fireWithout, output, row } from './indicator-rows';

describe('indicator.no-number', () => {
  it('fires on a value that is only a unit, with or without an operator, in any category', () => {
    const hits = fire(rule, {
      indicators: [output('数量指标', '资金发放率', '百分比'), output('成本指标', '资金发放及时率', '≥百分比'), row('效益指标', '社会效益指标', '覆盖面', '％'), output('数量指标', '培训次数', '次')],
    });
    expect(hits.map((h) => [h.row, h.col])).toEqual([[10, 5], [11, 5], [12, 5], [13, 5]]);
    expect(hits[0]?.message).toBe('指标值“百分比”没有数值（只写了单位“百分比”），请写成比较符号、数值和单位，如“≥95%”');
    expect(hits[3]?.params.example).toBe('≥10次');
  });

  it('fires on a 数量指标 written as words, and on a rate or count under 质量/时效 or 满意度', () => {
    const hits = fire(rule, {
      indicators: [
        output('数量指标', '应急处置次数', '全部按时处置完成'),
        output('质量指标', '验收合格率', '全部合格'),
        output('时效指标', '资金发放及时率', '及时发放'),
        row('满意度指标', '服务对象满意度指标', '群众满意度', '群众满意'),
      ],
    });
    expect(hits.map((h) => h.row)).toEqual([10, 11, 12, 13]);
    expect(hits[0]?.message).toContain('数量指标必须写明数量');
    expect(hits[0]?.params.example).toBe('≥10次');
    expect(hits[1]?.params.reason).toBe('三级指标“验收合格率”是比率，应写明数值');
    expect(hits[3]?.params.example).toBe('≥90%');
  });

  it('stays quiet on sentences where the template expects them, and on numbers in words or digits', () => {
    expect(
      fire(rule, {
        indicators: [
          output('质量指标', '及时发放补贴资金', '按季度发放'),
          output('时效指标', '按时限要求完成隐患整改', '按时限要求完成'),
          output('时效指标', '项目采购及时率', '2023年6月底前完成采购'),
          output('数量指标', '防洪水平', '能够抵挡住5年一遇的洪水'),
          output('数量指标', '巡查次数', '每季度一次'),
          // A rate under 效益 or 成本 answered with words is indicator.vague's warning, not an error.
          row('效益指标', '可持续影响指标', '社会发展保障率', '保障社会发展'),
          output('成本指标', '定期进行设备维修养护率', '定期进行设备维修养护'),
          row('效益指标', '社会效益指标', '维护社会稳定', '维护社会稳定'),
          output('数量指标', '发放人数', '≥274名'),
        ],
      }),
    ).toEqual([]);
  });

  it('skips rows marked 无, blank rows, empty values and template text', () => {
    expect(
      fire(rule, { indicators: [output('数量指标', '无', '无'), output('', '', ''), output('数量指标', '人数', ''), output('数量指标', '人数', 'XX')] }),
    ).toEqual([]);
  });

  it('does nothing on a form without a 指标值 column', () => {
    const spec = { indicators: [output('数量指标', '资金发放率', '百分比')] };
    expect(fire(rule, spec)).toHaveLength(1);
    expect(fireWithout(rule, spec, ['value'])).toEqual([]);
  });
});

describe('indicator.no-number on split 计算符号 / 指标性质 cells', () => {
  it('fires where the 计算符号 sets a comparison or the 指标性质 says 定量 but the value is words, whatever the category', () => {
    const spec = {
      indicators: [
        output('质量指标', '工程质量', '按规范施工', { operator: '≥' }),
        row('效益指标', '社会效益指标', '群众出行条件', '明显改善', { operator: '', nature: '定量' }),
        output('数量指标', '维修校舍面积', '1200', { operator: '≥', unit: '平方米', nature: '定量' }),
      ],
    };
    const hits = fire(rule, spec);
    expect(hits.map((h) => [h.row, h.col])).toEqual(builtCells(spec, [0, 1], 'value'));
    expect(hits.map((h) => h.params.reason)).toEqual(['计算符号为“≥”，应填写数值', '指标性质为“定量”，应填写数值']);
  });

  it('asks no number of a row declared 定性, not even of a 数量指标, but still of a bare unit', () => {
    const spec = {
      indicators: [
        output('数量指标', '培训覆盖村', '覆盖全镇各村', { operator: '定性' }),
        row('满意度指标', '服务对象满意度指标', '群众满意度', '群众基本满意', { nature: '定性' }),
        output('质量指标', '验收合格率', '百分比', { operator: '定性' }),
      ],
    };
    expect(fire(rule, spec).map((h) => [h.row, h.col])).toEqual(builtCells(spec, [2], 'value'));
  });
});

describe('indicator.no-number on the template fixtures', () => {
  it('finds every value planted without a number, the split exports included, and nothing on the correct workbooks', async () => {
    const runs = await plantedAndFound(rule);
    expect(runs.map((r) => r.name)).toEqual(expect.arrayContaining(['system-target (split)', 'mof-department']));
    for (const { planted, found } of runs) expect(found.cells).toEqual(expect.arrayContaining(planted));
    expect(runs.flatMap((r) => r.found.messages)).toContain('指标值“明显延长”没有数值（计算符号为“≥”，应填写数值），请写成比较符号、数值和单位，如“≥10年”');
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });
});
