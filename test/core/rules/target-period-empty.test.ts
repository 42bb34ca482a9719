import rule from '../../../src/core/rules/target-period-empty';
import requiredEmpty from '../../../src/core/rules/required-empty';
import { cellAddress } from '../../../src/core/address';
import { mofPeriodTargetFixture } from '../../fixtures/families/mof-period-target';
import { edit, plant } from '../../fixtures/families/planting';
import type { FamilyWorkbook } from '../../fixtures/families/family-fixture';
import { fireOn } from './run-self-rule';
import { onCorrectWorkbooks, onlyTable, plantedAndFound } from './fixture-defects';

/** The 中期 form with the given target cells emptied, read into its one table. */
async function midFormWithout(fields: ('midGoal' | 'annualGoal')[]) {
  const correct: FamilyWorkbook = mofPeriodTargetFixture('mid').correct;
  const expected = correct.tables[0];
  const sheet = expected?.sheet ?? '';
  const cells = fields.map((f) => {
    const cell = expected?.fields[f];
    if (!cell) throw new Error(`the form prints no ${f}`);
    return cell;
  });
  const { workbook } = plant(correct, cells.map((cell) => edit(rule.meta.id, sheet, cell, null, 'emptied')));
  return { table: await onlyTable(workbook), cells: cells.map((c) => cellAddress(c.row, c.col)) };
}

const at = (hits: { row: number; col: number }[]) => hits.map((h) => cellAddress(h.row, h.col));

describe('target.period-empty', () => {
  it('finds every period target the fixtures leave empty beside a written one (中期, 长期, 本年度), at its cell', async () => {
    const runs = await plantedAndFound(rule);
    for (const { planted, found } of runs) expect(found.cells).toEqual(planted);
    const empty = runs.flatMap((r) => r.found.messages).map((m) => /，“(.+?)”未填写/u.exec(m)?.[1]);
    expect(empty.sort()).toEqual(['中期目标', '年度目标', '长期目标'].sort());
  });

  it('names the empty column and the written one, and leaves the cell to itself rather than to required.empty', async () => {
    const { table, cells } = await midFormWithout(['midGoal']);
    const hits = fireOn(rule, table);
    expect(at(hits)).toEqual(cells);
    expect(hits[0]?.message).toBe('表中设有“中期目标”和“年度目标”两栏，“中期目标”未填写；请写明中期内要达到的产出和效果（数量、质量、时限），两栏目标都要填写');
    expect(at(fireOn(requiredEmpty, table))).not.toContain(cells[0]);
  });

  it('leaves two empty targets to required.empty, which names each', async () => {
    const { table, cells } = await midFormWithout(['midGoal', 'annualGoal']);
    expect(fireOn(rule, table)).toEqual([]);
    expect(at(fireOn(requiredEmpty, table))).toEqual(expect.arrayContaining(cells));
  });

  it('stays quiet on the correct template workbooks and on one-period tables', async () => {
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });
});
