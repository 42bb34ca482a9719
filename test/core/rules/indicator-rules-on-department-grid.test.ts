/**
 * The indicator rules run on a department table's indicator grid (the Ministry's 部门整体 form, criterion
 * 61) as on a project's, once per cell; the seed's 部门整体 table has no such grid, only 绩效指标 rows
 * graded by 评价标准, and the band rules keep those.
 */
import { checkWorkbook } from '../../../src/core/engine';
import { cellAddress } from '../../../src/core/address';
import type { Finding } from '../../../src/core/finding';
import { mofDepartmentFixture } from '../../fixtures/families/mof-department';
import { edit, plant } from '../../fixtures/families/planting';
import { buildStackedSample, DEPARTMENT_SHEET } from '../../fixtures/sample-layout';
import { snapshotOfGrids, snapshotOfWorkbook } from '../snapshot-of';

const fixture = mofDepartmentFixture();
const sheet = fixture.correct.tables[0]?.sheet ?? '';
const grid = fixture.correct.tables[0]?.grids[0];
/** The cell of one role on the i-th indicator row of the first unit's grid. */
const at = (i: number, role: 'value' | 'level3') => ({ row: grid?.rows[i] ?? 0, col: grid?.columns[role] ?? 0 });
const key = (f: Pick<Finding, 'rule' | 'sheet' | 'row' | 'col'>) => `${f.rule} ${f.sheet}!${cellAddress(f.row, f.col)}`;

describe('indicator rules on department grids', () => {
  it('find mistakes in a 部门整体 grid at their cells, each once', async () => {
    const planted = plant(fixture.correct, [
      edit('indicator.no-number', sheet, at(0, 'value'), '百分比', '数量指标只写了单位'),
      edit('indicator.trivial', sheet, at(1, 'value'), '≥0个', '必然达到的数量'),
      edit('indicator.no-unit', sheet, at(2, 'value'), '≥95', '合格率没有单位'),
      edit('indicator.vague', sheet, at(6, 'value'), '进一步改善水质', '只有笼统说法'),
    ]);
    const { tables, findings } = checkWorkbook(await snapshotOfGrids(planted.workbook.sheets));
    expect(tables.find((t) => t.sheet === sheet)?.kind).toBe('department');
    const found = findings.map(key);
    expect(found).toEqual(expect.arrayContaining(planted.defects.map((d) => key({ ...d, ...d.cell }))));
    expect(new Set(found).size).toBe(found.length);
  });

  it('leave the seed 部门整体 table, which has no indicator grid, to the band rules', async () => {
    const sample = buildStackedSample();
    const { tables, findings } = checkWorkbook(await snapshotOfWorkbook(sample.workbook, 'sample.xlsx'));
    const department = tables.filter((t) => t.sheet === DEPARTMENT_SHEET);
    expect(department.map((t) => [t.kind, t.grids.length])).toEqual([['department', 0]]);
    expect(findings.filter((f) => f.sheet === DEPARTMENT_SHEET && f.rule.startsWith('indicator.'))).toEqual([]);
  });
});
