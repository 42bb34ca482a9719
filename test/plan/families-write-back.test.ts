/**
 * Write-back for every template family: the owned columns go beside each grid, never over a cell of
 * the form; a self-evaluation gets its live 核算得分 column, a monitoring table its 检查结果 alone;
 * and clearing gives back the workbook exactly.
 */
import type ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/engine';
import { buildWritePlan } from '../../src/core/plan/build-write-plan';
import { OWNED_HEADER } from '../../src/core/vocabulary';
import { applyWritePlan } from '../../src/xlsx/apply-write-plan';
import { clearWritePlan } from '../../src/xlsx/clear-write-plan';
import { loadWorkbookBuffer } from '../../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../../src/xlsx/read-snapshot';
import { assessProject } from '../../src/core/check/assess-project';
import { DEFAULT_PROFILE } from '../../src/core/profile/profile-schema';
import { cellAddress } from '../../src/core/address';
import { gridToWorkbook } from '../fixtures/grid';
import { allFamilyFixtures, fixtureName } from '../fixtures/families/all-family-fixtures';
import { expectSameWorkbook } from '../xlsx/workbook-dump';

async function load(sheets: Parameters<typeof gridToWorkbook>[0]): Promise<ExcelJS.Workbook> {
  return loadWorkbookBuffer(Buffer.from(await gridToWorkbook(sheets).xlsx.writeBuffer()), 'family.xlsx');
}

describe.each(allFamilyFixtures().map((f) => [fixtureName(f), f] as const))('%s', (_name, fixture) => {
  it('writes beside the form, never over it, and clears back to the original', async () => {
    const original = await load(fixture.correct.sheets);
    const wb = await load(fixture.correct.sheets);
    const snapshot = snapshotWorkbook(wb, 'family.xlsx');
    const result = checkWorkbook(snapshot);
    const plan = buildWritePlan(snapshot, result);
    expect(plan.problems).toEqual([]);
    for (const ops of plan.sheets) {
      for (const table of result.tables.filter((t) => t.sheet === ops.sheet)) {
        const inside = ops.cells.filter((c) => c.row >= table.area.top && c.row <= table.area.bottom && c.col >= table.area.left && c.col <= table.area.right);
        expect(inside).toEqual([]);
      }
    }
    applyWritePlan(wb, plan);
    expect(clearWritePlan(wb)).toBe(true);
    expectSameWorkbook(wb, original);
  });

  it('heads each grid with the columns its kind gets', async () => {
    const wb = await load(fixture.correct.sheets);
    const snapshot = snapshotWorkbook(wb, 'family.xlsx');
    const result = checkWorkbook(snapshot);
    const plan = buildWritePlan(snapshot, result);
    for (const table of result.tables) {
      const cells = plan.sheets.find((s) => s.sheet === table.sheet)?.cells ?? [];
      const headers = (row: number) => cells.filter((c) => c.row === row && c.col > table.area.right && c.bold).sort((a, b) => a.col - b.col).map((c) => c.value);
      const year = table.grids.find((g) => g.period === null || g.period === 'annual') ?? table.grids[0];
      const headerRow = year?.headerRow ?? table.departmentHeaderRow ?? table.area.top;
      const expected = {
        project: [OWNED_HEADER.actual, OWNED_HEADER.score, OWNED_HEADER.result],
        'self-evaluation': [OWNED_HEADER.checkedScore, OWNED_HEADER.result],
        monitoring: [OWNED_HEADER.result],
        department: table.entries.length > 0 ? [OWNED_HEADER.actual, OWNED_HEADER.grade, OWNED_HEADER.result] : [OWNED_HEADER.result],
      }[table.kind];
      expect(headers(headerRow).slice(0, expected.length)).toEqual(expected);
    }
  });
});

describe('a self-evaluation’s 核算得分', () => {
  const fixture = allFamilyFixtures().find((f) => f.family === 'mof-self-evaluation');
  if (!fixture) throw new Error('no self-evaluation fixture');

  it('is a formula over each scored row’s own 实际完成值 and 分值 cells, with the engine’s score as its value', async () => {
    const wb = await load(fixture.correct.sheets);
    const snapshot = snapshotWorkbook(wb, 'family.xlsx');
    const result = checkWorkbook(snapshot);
    const table = result.tables[0];
    if (!table) throw new Error('no table');
    const plan = buildWritePlan(snapshot, result);
    const cells = plan.sheets.find((s) => s.sheet === table.sheet)?.cells ?? [];
    const header = table.grids[0]?.headerRow ?? 0;
    const col = cells.find((c) => c.row === header && c.value === OWNED_HEADER.checkedScore)?.col ?? 0;
    const assessments = assessProject(table, DEFAULT_PROFILE).assessments.filter((a) => a.item.score !== null);
    expect(assessments.length).toBeGreaterThan(3);
    for (const a of assessments) {
      const cell = cells.find((c) => c.row === a.indicator.row && c.col === col);
      expect(cell?.value).toBe(a.item.score);
      expect(cell?.formula).toContain(cellAddress(a.indicator.actual?.row ?? 0, a.indicator.actual?.col ?? 0));
      expect(cell?.formula).toContain(cellAddress(a.indicator.weight?.row ?? 0, a.indicator.weight?.col ?? 0));
    }
    const total = cells.find((c) => c.row === table.totalRow?.row && c.col === col);
    expect(total?.value).toBe(result.scores.get(table.id)?.score);
    expect(result.report.tables[0]?.printedScore).toBe(table.totalRow?.score?.value);
  });
});
