import { checkWorkbook } from '../../src/core/engine';
import { ReportSchema } from '../../src/core/report';
import type { Table } from '../../src/core/model/table';
import { loadSeed } from '../fixtures/seed';
import { layoutProjectTable } from '../fixtures/layout-project';
import type { Grid } from '../fixtures/grid';
import { snapshotOfGrids } from './snapshot-of';
import { OWNED_HEADER, TOTAL_LABEL } from '../../src/core/vocabulary';

const project = loadSeed().projects[0] as ReturnType<typeof loadSeed>['projects'][number];

/** The add-in's owned headers as a check writes them: 实际完成值 | 得分 | 检查结果. */
const ownedHeaders = (row: number, col: number) => [OWNED_HEADER.actual, OWNED_HEADER.score, OWNED_HEADER.result].map((value, i) => ({ row, col: col + i, value }));

/** The seed's first project with actual values typed into the 实际完成值 column a first check wrote. */
function withActuals(values: (string | number)[]): Grid {
  const { grid, fields } = layoutProjectTable(project);
  const col = fields.area.right + 1;
  const cells: Grid['cells'] = ownedHeaders(fields.indicatorHeaderRow, col);
  fields.indicators.forEach((r, i) => {
    const v = values[i];
    if (v !== undefined) cells.push({ row: r.row, col, value: v as string });
  });
  return { ...grid, cells: [...grid.cells, ...cells], width: col + 2 };
}

describe('scores in the report', () => {
  it('has no score before any actual value is typed', async () => {
    const { report } = checkWorkbook(await snapshotOfGrids([{ name: 'S', grid: layoutProjectTable(project).grid }]));
    expect(report.tables[0]?.score).toBeUndefined();
    expect(report.tables[0]?.grade).toBeUndefined();
  });

  it('reads the 实际完成值 column, keeps it out of the table’s range, and reports score and grade', async () => {
    // Every indicator of the seed's first table met exactly: 274 名, 按季度发放 as 达成, 90%, 64.39 万元, …
    const met = ['274', '达成', '90%', '64.39', '达成', '达成', '达成', '80%', '90%'];
    const { tables, report } = checkWorkbook(await snapshotOfGrids([{ name: 'S', grid: withActuals(met) }]));
    const table = tables[0] as Table;
    expect(table.area.right).toBe(layoutProjectTable(project).fields.area.right);
    expect(table.indicators.filter((r) => r.actual !== null)).toHaveLength(met.length);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    // Without 全年执行数 the 预算执行率 points (10) are missing: 90 of 100 at most.
    expect(report.tables[0]?.score).toBe(90);
    expect(report.tables[0]?.grade).toBe('优');
    expect(report.tables[0]?.actuals).toBeUndefined();
  });

  it('counts the actual values of a partly typed table and gives it no score or grade yet', async () => {
    const rows = layoutProjectTable(project).fields.indicators.length;
    const { report } = checkWorkbook(await snapshotOfGrids([{ name: 'S', grid: withActuals(['274']) }]));
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.tables[0]).toMatchObject({ actuals: { filled: 1, of: rows } });
    expect(report.tables[0]?.score).toBeUndefined();
    expect(report.tables[0]?.grade).toBeUndefined();
  });
});

describe('a previous check’s totals block', () => {
  it('is read for 全年执行数 and kept out of the table’s range', async () => {
    const { grid, fields } = layoutProjectTable(project);
    const col = fields.area.right + 1;
    const top = fields.indicatorHeaderRow - 5;
    const labels = Object.values(TOTAL_LABEL);
    const cells = [
      ...labels.map((value, i) => ({ row: top + i, col, value })),
      { row: top, col: col + 1, value: 32.2 },
      ...ownedHeaders(fields.indicatorHeaderRow, col),
    ];
    const annotated: Grid = { ...grid, cells: [...grid.cells, ...cells], width: col + 2 };
    const { tables, report } = checkWorkbook(await snapshotOfGrids([{ name: 'S', grid: annotated }]));
    const table = tables[0] as Table;
    expect(table.area).toEqual(fields.area);
    expect(table.execution).toMatchObject({ row: top, col: col + 1, value: { wan: 32.2 } });
    // 64.39 万元 budgeted, 32.2 spent, no actual typed yet: counted, not graded (5 分 would read 差).
    expect(report.tables[0]?.actuals).toEqual({ filled: 0, of: fields.indicators.length });
    expect(report.tables[0]?.score).toBeUndefined();
  });
});
