import { checkWorkbook } from '../../src/core/engine';
import { buildWritePlan } from '../../src/core/plan/build-write-plan';
import { WritePlanSchema, OWNED_HEADER, SUMMARY_SHEET, type WritePlan } from '../../src/core/plan/write-plan';
import { SheetGrid } from '../../src/core/recognize/sheet-grid';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import type { Table } from '../../src/core/model/table';
import { buildStackedSample } from '../fixtures/sample-layout';
import { loadSeed } from '../fixtures/seed';
import { layoutProjectTable } from '../fixtures/layout-project';
import type { Grid } from '../fixtures/grid';
import { snapshotOfGrids, snapshotOfWorkbook } from '../core/snapshot-of';

const owned = (plan: WritePlan, sheet: string) => plan.sheets.find((s) => s.sheet === sheet)?.cells ?? [];

describe('buildWritePlan on the stacked sample', () => {
  let snapshot: WorkbookSnapshot;
  let plan: WritePlan;
  let result: ReturnType<typeof checkWorkbook>;
  beforeAll(async () => {
    snapshot = await snapshotOfWorkbook(buildStackedSample().workbook);
    result = checkWorkbook(snapshot);
    plan = buildWritePlan(snapshot, result);
  });

  it('is a valid plan that never writes on a cell the user filled or merged', () => {
    expect(WritePlanSchema.safeParse(plan).success).toBe(true);
    for (const ops of plan.sheets) {
      const grid = new SheetGrid(snapshot.sheets.find((s) => s.name === ops.sheet) as WorkbookSnapshot['sheets'][number]);
      for (const c of ops.cells) {
        expect(grid.isBlank(c.row, c.col)).toBe(true);
        expect(grid.mergeAt(c.row, c.col)).toBeUndefined();
      }
      const keys = ops.cells.map((c) => `${c.row},${c.col}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('heads the owned columns right of each table with the exact texts, in the indicator header row', () => {
    for (const t of result.tables) {
      const row = t.kind === 'project' ? (t.grids[0]?.headerRow as number) : t.departmentHeaderRow;
      const headers = owned(plan, t.sheet).filter((c) => c.row === row && c.col > t.area.right).sort((a, b) => a.col - b.col).slice(0, 3);
      const expected = t.kind === 'project'
        ? [OWNED_HEADER.actual, OWNED_HEADER.score, OWNED_HEADER.result]
        : [OWNED_HEADER.actual, OWNED_HEADER.grade, OWNED_HEADER.result];
      expect(headers.map((h) => h.value)).toEqual(expected);
      expect(headers[0]?.col).toBe(t.area.right + 1);
    }
  });

  it('gives every set indicator an input cell and a live 得分 formula, and each project table its totals', () => {
    for (const t of result.tables.filter((x): x is Table => x.kind === 'project')) {
      const cells = owned(plan, t.sheet);
      const actualCol = t.area.right + 1;
      const inputs = cells.filter((c) => c.input && c.col === actualCol && c.row > (t.grids[0]?.headerRow as number));
      const quantitative = t.indicators.filter((r) => r.value?.value.kind === 'quantitative');
      for (const r of quantitative) {
        expect(inputs.map((c) => c.row)).toContain(r.row);
        expect(cells.find((c) => c.row === r.row && c.col === actualCol + 1)?.formula).toMatch(/^IF/);
      }
      for (const label of ['全年执行数', '预算执行率', '执行率得分', '总分', '等级']) {
        expect(cells.some((c) => c.col === actualCol && c.value === label)).toBe(true);
      }
    }
  });

  it('flags every finding’s cell with its most severe colour and all its messages in the note', () => {
    const flags = plan.sheets.flatMap((s) => s.flags.map((f) => ({ ...f, sheet: s.sheet })));
    for (const f of result.findings) {
      const flag = flags.find((x) => x.sheet === f.sheet && x.row === f.row && x.col === f.col);
      expect(flag?.note).toContain(f.message);
      if (f.severity === 'error') expect(flag?.severity).toBe('error');
    }
    expect(flags).toHaveLength(new Set(result.findings.map((f) => `${f.sheet}!${f.row},${f.col}`)).size);
  });

  it('puts every finding into the 检查结果 column of its row', () => {
    for (const f of result.findings) {
      const t = result.tables.find((x) => x.id === f.table) as (typeof result.tables)[number];
      const headerRow = t.kind === 'project' ? t.grids[0]?.headerRow : t.departmentHeaderRow;
      const cell = owned(plan, f.sheet).find((c) => c.row === f.row && c.col === t.area.right + 3);
      // The header row holds the column's title.
      if (f.row === headerRow) continue;
      expect(cell?.value).toEqual(expect.stringContaining(f.message));
    }
  });

  it('summarises every table and finding with links to their cells', () => {
    expect(plan.summary.name).toBe(SUMMARY_SHEET);
    const links = plan.summary.rows.flat().filter((c): c is { text: string; link: { sheet: string; row: number; col: number } } => typeof c === 'object' && c !== null && 'link' in c);
    for (const t of result.tables) expect(links).toContainEqual({ text: t.id, link: { sheet: t.sheet, row: t.area.top, col: t.area.left } });
    for (const f of result.findings) expect(links).toContainEqual(expect.objectContaining({ link: { sheet: f.sheet, row: f.row, col: f.col } }));
  });
});

describe('buildWritePlan never overwrites', () => {
  const project = loadSeed().projects[0] as (ReturnType<typeof loadSeed>['projects'])[number];
  const withUserCells = (cols: number[], row: number): Grid => {
    const { grid } = layoutProjectTable(project);
    return { ...grid, cells: [...grid.cells, ...cols.map((col) => ({ row, col, value: '用户备注' }))], width: Math.max(grid.width, ...cols) };
  };

  it('moves the owned columns right, past a user’s note beside the table', async () => {
    const snapshot = await snapshotOfGrids([{ name: 'S', grid: withUserCells([8], 12) }]);
    const result = checkWorkbook(snapshot);
    const plan = buildWritePlan(snapshot, result);
    const headers = owned(plan, 'S').filter((c) => c.value === OWNED_HEADER.actual);
    expect(headers.map((h) => h.col)).toEqual([9]);
    expect(plan.problems).toEqual([]);
  });

  it('reports the table instead of writing when no free columns are near', async () => {
    const cols = Array.from({ length: 25 }, (_, i) => 8 + i);
    const snapshot = await snapshotOfGrids([{ name: 'S', grid: withUserCells(cols, 12) }]);
    const result = checkWorkbook(snapshot);
    const plan = buildWritePlan(snapshot, result);
    expect(owned(plan, 'S')).toEqual([]);
    expect(plan.problems).toEqual([expect.objectContaining({ sheet: 'S', table: 't1' })]);
    expect(plan.sheets.flatMap((s) => s.flags).length).toBeGreaterThan(0);
  });

  it('carries a previous check’s input values into the new plan', async () => {
    const snapshot = await snapshotOfGrids([{ name: 'S', grid: layoutProjectTable(project).grid }]);
    const result = checkWorkbook(snapshot);
    const t = result.tables[0] as Table;
    const row = t.indicators[0]?.row as number;
    const plan = buildWritePlan(snapshot, result, [{ sheet: 'S', row, col: t.area.right + 1, value: 280 }]);
    expect(owned(plan, 'S').find((c) => c.row === row && c.col === t.area.right + 1)).toMatchObject({ value: 280, input: true });
    const withFormula = buildWritePlan(snapshot, result, [{ sheet: 'S', row, col: t.area.right + 1, value: 280, formula: '200+80' }]);
    expect(owned(withFormula, 'S').find((c) => c.row === row && c.col === t.area.right + 1)).toMatchObject({ value: 280, formula: '200+80', input: true });
  });
});
