import rule from '../../../src/core/rules/target-indicator-mismatch';
import { cellAddress } from '../../../src/core/address';
import { makeProjectTable, type ProjectSpec } from '../make-project-table';
import { mofPeriodTargetFixture } from '../../fixtures/families/mof-period-target';
import { edit, plant } from '../../fixtures/families/planting';
import { fire } from './run-rule';
import { fireOn } from './run-self-rule';
import { onCorrectWorkbooks, onlyTable } from './fixture-defects';
import { output, satisfaction } from './indicator-rows';

const goalCell = (spec: ProjectSpec) => {
  const cell = makeProjectTable(spec).goals[0]?.cell;
  return cell && [cell.row, cell.col];
};

describe('target.indicator-mismatch', () => {
  it('fires once per target cell, naming each quantity an indicator of the same thing sets otherwise', () => {
    const spec: ProjectSpec = {
      goal: '1.为274名三线民兵按季度发放补贴\n2.新增垃圾转运箱40个，生活垃圾无害化处理率达到95%以上',
      indicators: [
        output('数量指标', '三线民兵数量', '≥270人'),
        output('数量指标', '新增垃圾转运箱', '≥40个'),
        output('质量指标', '生活垃圾无害化处理率', '100%'),
        satisfaction('群众满意度', '≥90%'),
      ],
    };
    const hits = fire(rule, spec);
    expect(hits.map((h) => [h.row, h.col])).toEqual([goalCell(spec)]);
    expect(hits[0]?.message).toBe('绩效目标写“274名”，而指标“三线民兵数量”为“≥270人”；“95%”，而指标“生活垃圾无害化处理率”为“100%”，两处不一致；请核对后统一，目标中的数量应与指标值一致');
  });

  it('stays quiet when the numbers agree, the unit differs, or no indicator measures the same thing', () => {
    const spec: ProjectSpec = {
      goal: '1.按要求对辖区内23个行政村建设完成微型消防站\n2.保障全镇118名干部职工健康权益，2023年12月底前完成，资金20万元\n3.完成宣传6次',
      indicators: [
        output('数量指标', '建设微型消防站数量', '≥23个'),
        output('数量指标', '活动覆盖率', '100%'),
        output('数量指标', '完成巡查次数', '≥12次'),
        output('成本指标', '预算控制数', '≤20万元'),
        satisfaction('群众满意度', '≥90%'),
      ],
    };
    expect(fire(rule, spec)).toEqual([]);
  });

  it('reads each period target against its own grid', async () => {
    const correct = mofPeriodTargetFixture('mid').correct;
    const expected = correct.tables[0];
    const annual = expected?.grids.find((g) => g.period === 'annual');
    const sheet = expected?.sheet ?? '';
    const first = { row: annual?.rows[0] ?? 0, col: annual?.columns.value ?? 0 };
    const { workbook } = plant(correct, [edit(rule.meta.id, sheet, first, '≥25个', '年度数量指标与年度目标的20个不一致')]);
    const table = await onlyTable(workbook);
    const annualGoal = expected?.fields.annualGoal;
    expect(fireOn(rule, table).map((h) => cellAddress(h.row, h.col))).toEqual([annualGoal && cellAddress(annualGoal.row, annualGoal.col)]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });
});
