import rule from '../../../src/core/rules/schedule-outside-period';
import type { Table } from '../../../src/core/model/table';
import { DEFAULT_PROFILE } from '../../../src/core/profile/profile-schema';
import { formatMessage } from '../../../src/core/rules/rule';
import { countyTargetFixture } from '../../fixtures/families/county-target';
import { onCorrectWorkbooks } from './fixture-defects';
import { tablesAfter, type Retype } from './edited-fixture';

const county = countyTargetFixture();
const at = (c: { row: number; col: number } | null | undefined) => (c ? { row: c.row, col: c.col } : { row: 0, col: 0 });

async function fireAfter(pick: (t: Table) => Retype[], budgetYear = 2024) {
  const [table] = await tablesAfter(county, pick);
  if (!table) throw new Error('no table');
  return rule.check(table, { profile: DEFAULT_PROFILE, budgetYear }).map((h) => ({ cell: { row: h.row, col: h.col }, message: formatMessage(rule.meta.message, h.params) }));
}

describe('schedule.outside-period', () => {
  it('fires at a stage’s date after the 项目起止时间 (2024年3月—2026年12月), once a stage', async () => {
    let stageEnd = { row: 0, col: 0 };
    const hits = await fireAfter((t) => {
      const last = t.schedule?.rows.at(-1);
      stageEnd = at(last?.end);
      return [{ cell: at(last?.start), value: '2027年1月' }, { cell: stageEnd, value: '2027年6月' }];
    });
    expect(hits.map((h) => h.cell)).toEqual([{ ...stageEnd, col: stageEnd.col - 1 }]);
    expect(hits[0]?.message).toBe('“4.二期管网延伸工程”的开始时间2027年1月不在项目起止时间2024年3月—2026年12月内；进度计划应落在项目实施期限内、项目期应包含预算年度，请核对年份（是否沿用了往年的表）');
  });

  it('fires at a start before the period, and at the 项目起止时间 itself when it leaves out the budget year', async () => {
    const before = await fireAfter((t) => [{ cell: at(t.schedule?.rows[0]?.start), value: '2024年1月' }]);
    expect(before.map((h) => h.message)).toEqual([expect.stringMatching(/^“1.项目前期设计及招标”的开始时间2024年1月不在项目起止时间/u)]);
    let period = { row: 0, col: 0 };
    const stale = await fireAfter((t) => {
      period = at(t.texts.startEnd);
      return [{ cell: period, value: '2021年1月—2023年12月' }];
    });
    expect(stale[0]).toEqual({ cell: period, message: expect.stringMatching(/^预算年度2024年不在项目起止时间2021年1月—2023年12月内/u) });
  });

  it('without a printed period, holds a one-year table to its budget year, and lets a multi-year one run on', async () => {
    const edits = (t: Table): Retype[] => [{ cell: at(t.texts.startEnd), value: '' }];
    // The county form has 长期 grids: with no 起止时间 its stages may run past the year.
    expect(await fireAfter(edits)).toEqual([]);
    const [table] = await tablesAfter(county, edits);
    if (!table) throw new Error('no table');
    const oneYear: Table = { ...table, grids: table.grids.map((g) => ({ ...g, period: null })) };
    const hits = rule.check(oneYear, { profile: DEFAULT_PROFILE, budgetYear: 2024 });
    // Each stage's first date past 2024: 竣工验收 ends in 2025, 二期管网 starts in 2025.
    const after = (c: NonNullable<Table['schedule']>['rows'][number]['start']) => c?.value.status === 'ok' && c.value.year > 2024;
    const first = (table.schedule?.rows ?? []).flatMap((r) => { const c = [r.start, r.end].find(after); return c ? [[c.row, c.col]] : []; });
    expect(first).toHaveLength(2);
    expect(hits.map((h) => [h.row, h.col])).toEqual(first);
    expect(formatMessage(rule.meta.message, hits[0]?.params ?? {})).toMatch(/^“3.竣工验收及移交管护”的完成时间2025年3月不在预算年度2024年内/u);
  });

  it('stays quiet on the correct template workbooks', async () => {
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });
});
