import rule from '../../../src/core/rules/period-annual-exceeds-mid';
import type { IndicatorRow } from '../../../src/core/model/indicator-row';
import type { Table } from '../../../src/core/model/table';
import { DEFAULT_PROFILE } from '../../../src/core/profile/profile-schema';
import { formatMessage } from '../../../src/core/rules/rule';
import { countyTargetFixture } from '../../fixtures/families/county-target';
import { mofPeriodTargetFixture } from '../../fixtures/families/mof-period-target';
import type { FamilyFixture } from '../../fixtures/families/family-fixture';
import { onCorrectWorkbooks } from './fixture-defects';
import { tablesAfter } from './edited-fixture';

/** The annual row named `name`, and the table after typing `value` into its 指标值. */
async function retyped(fixture: FamilyFixture, name: string, value: string) {
  let cell = { row: 0, col: 0 };
  const annualRow = (t: Table): IndicatorRow | undefined => t.indicators.find((r) => r.level3?.value === name && t.grids[r.grid]?.period === 'annual');
  const [table] = await tablesAfter(fixture, (t) => {
    const v = annualRow(t)?.value;
    cell = { row: v?.row ?? 0, col: v?.col ?? 0 };
    return [{ cell, value }];
  });
  if (!table) throw new Error('no table');
  const hits = rule.check(table, { profile: DEFAULT_PROFILE, budgetYear: 2024 });
  return { cell, hits: hits.map((h) => ({ cell: { row: h.row, col: h.col }, message: formatMessage(rule.meta.message, h.params) })) };
}

describe('period.annual-exceeds-mid', () => {
  it('fires at the annual value when it is above the 中期 value of the same indicator', async () => {
    const { cell, hits } = await retyped(mofPeriodTargetFixture('mid'), '完成治理行政村数量', '≥80个');
    expect(hits).toEqual([{ cell, message: '“完成治理行政村数量”的年度指标值“≥80个”高于中期指标值“≥60个”；年度目标是中期目标的一部分，请核对两栏的指标值' }]);
  });

  it('names the 实施期 and the 长期 of the other forms, and reads 公里 and 处 alike', async () => {
    expect((await retyped(mofPeriodTargetFixture('implementation'), '培训技术骨干人次', '≥800人次')).hits.map((h) => h.message)).toEqual([expect.stringContaining('高于实施期指标值“≥600人次”')]);
    expect((await retyped(countyTargetFixture(), '铺设供水管网长度', '≥120公里')).hits.map((h) => h.message)).toEqual([expect.stringContaining('高于长期指标值“≥110公里”')]);
  });

  it('leaves rates, averages and equal values alone, and stays quiet on the correct template workbooks', async () => {
    expect((await retyped(mofPeriodTargetFixture('mid'), '出水水质达标率', '≥98%')).hits).toEqual([]);
    expect((await retyped(mofPeriodTargetFixture('implementation'), '示范区亩均增收', '≥900元')).hits).toEqual([]);
    expect((await retyped(mofPeriodTargetFixture('mid'), '完成治理行政村数量', '≥60个')).hits).toEqual([]);
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });
});
