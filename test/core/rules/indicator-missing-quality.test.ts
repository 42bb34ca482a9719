import rule from '../../../src/core/rules/indicator-missing-quality';
import { makeProjectTable, type ProjectSpec } from '../make-project-table';
import { fire } from './run-rule';
import { effect, output, satisfaction } from './indicator-rows';

const none = { level3: '无', value: '无', basis: '无' };

describe('indicator.missing-quality', () => {
  it('points at the 质量 row left 无 (the seed’s 退役军人 table), else at the first 产出 row', () => {
    const withRow: ProjectSpec = { indicators: [output('数量指标', '退役军人数量', '≥7人'), output('质量指标', '无', '无', none), effect('社会效益指标', '促进社会稳定', '有效促进'), satisfaction('退役军人满意度', '≥90%')] };
    const own = makeProjectTable(withRow).indicators[1]?.level3;
    expect(fire(rule, withRow).map((h) => [h.row, h.col])).toEqual([[own?.row, own?.col]]);
    const withoutRow: ProjectSpec = { indicators: [output('数量指标', '退役军人数量', '≥7人'), satisfaction('退役军人满意度', '≥90%')] };
    const first = makeProjectTable(withoutRow).indicators[0]?.level2.cell;
    expect(fire(rule, withoutRow).map((h) => [h.row, h.col])).toEqual([[first?.row, first?.col]]);
  });

  it('stays quiet when a 质量 indicator is set, and when there is no 产出 at all', () => {
    expect(fire(rule, { indicators: [output('数量指标', '退役军人数量', '≥7人'), output('质量指标', '发放准确率', '100%')] })).toEqual([]);
    expect(fire(rule, { indicators: [satisfaction('退役军人满意度', '≥90%')] })).toEqual([]);
  });
});
