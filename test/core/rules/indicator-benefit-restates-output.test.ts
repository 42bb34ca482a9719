import rule from '../../../src/core/rules/indicator-benefit-restates-output';
import duplicate from '../../../src/core/rules/indicator-duplicate';
import type { ProjectSpec } from '../make-project-table';
import { fire } from './run-rule';
import { onCorrectWorkbooks } from './fixture-defects';
import { builtCells, effect, output, satisfaction } from './indicator-rows';

describe('indicator.benefit-restates-output', () => {
  it('fires on an 效益 row naming the same thing as an 产出 row, or repeating its sentence, at the 效益 三级', () => {
    const spec: ProjectSpec = {
      indicators: [
        output('数量指标', '隐患整改完成率', '100%'),
        output('质量指标', '隐患排查', '隐患全部整改到位'),
        effect('社会效益指标', '隐患整改率', '100%'),
        effect('社会效益指标', '安全生产形势', '隐患全部整改到位。'),
        effect('社会效益指标', '安全生产事故起数', '≤2起'),
        satisfaction('企业满意度', '≥90%'),
      ],
    };
    const hits = fire(rule, spec);
    const [firstOutput, secondOutput] = builtCells(spec, [0, 1], 'level3');
    expect(hits.map((h) => [h.row, h.col])).toEqual(builtCells(spec, [2, 3], 'level3'));
    expect(hits.map((h) => h.params.otherRow)).toEqual([firstOutput?.[0], secondOutput?.[0]]);
    expect(hits[0]?.message).toBe(`效益指标“隐患整改率”与第${firstOutput?.[0]}行的产出指标“隐患整改完成率”重复（名称只差“完成”“数量”“率”等字），复核时只计其一；效益指标应写产出带来的效果，如“群众越级上访次数同比下降 ≥10%”“林木受灾率 ≤2%”`);
    expect(hits[1]?.params.how).toBe('指标值同为“隐患全部整改到位。”');
  });

  it('stays quiet on the correct template workbooks', async () => {
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });

  it('leaves the very same name to indicator.duplicate, and stays quiet on effects of the same subject', () => {
    const spec: ProjectSpec = {
      indicators: [
        output('数量指标', '退役军人数量', '≥7个'),
        output('质量指标', '工作完成率', '≥90%'),
        effect('社会效益指标', '工作完成率', '≥90%'),
        effect('可持续影响指标', '保障退役军人就业', '保障退役军人就业'),
        effect('社会效益指标', '完成率', '100%'),
        satisfaction('群众满意度', '≥90%'),
      ],
    };
    expect(fire(rule, spec)).toEqual([]);
    expect(fire(duplicate, spec).map((h) => [h.row, h.col])).toEqual(builtCells(spec, [2], 'level3'));
  });
});
