import { extractWorkbook } from '../../src/core/extract/extract-workbook';
import { checkWorkbook } from '../../src/core/engine';
import type { Table } from '../../src/core/model/table';
import { loadSeed } from '../fixtures/seed';
import { placeGrid, stackGrids, valueAt, type Grid } from '../fixtures/grid';
import { layoutProjectTable, type ProjectLayoutOptions } from '../fixtures/layout-project';
import { layoutDepartmentTable } from '../fixtures/layout-department';
import { shiftProjectFields } from '../fixtures/project-fields';
import { instructionsGrid } from '../fixtures/instructions-sheet';
import type { SeedProject } from '../fixtures/seed-parser';
import { snapshotOfGrids } from './snapshot-of';
import { expectProjectMatches } from './expect-table';

const seed = loadSeed();
const project = (i: number) => seed.projects[i] as SeedProject;

async function tablesOf(sheets: { name: string; grid: Grid }[]): Promise<Table[]> {
  return extractWorkbook(await snapshotOfGrids(sheets));
}

/** Lays out project i with the options at (top, left), recognizes it, and compares every field. */
async function expectRecognized(i: number, options: ProjectLayoutOptions, top = 1, left = 1): Promise<Table> {
  const layout = layoutProjectTable(project(i), options);
  const fields = shiftProjectFields(layout.fields, top - 1, left - 1);
  const tables = await tablesOf([{ name: 'S', grid: placeGrid(layout.grid, top, left) }]);
  expect(tables).toHaveLength(1);
  const table = tables[0] as Table;
  expect(table.kind).toBe('project');
  expect(table.area).toEqual(fields.area);
  expectProjectMatches(table, { kind: 'project', sheet: 'S', area: fields.area, name: project(i).name, project: project(i), fields });
  return table;
}

/** The percentage a plan cell was written as, read independently of the parser. */
function writtenPercent(grid: Grid, ref: { row: number; col: number }, options: ProjectLayoutOptions): number | null {
  const v = valueAt(grid, ref);
  if (v === null || v === '') return null;
  if (typeof v === 'number') return options.percentAs === 'fraction' ? Math.round(v * 1e6) / 1e4 : v;
  return Number(v.replace(/[%％]|百分比/g, ''));
}

describe('recognizer variations, each on a table built from the seed', () => {
  it.each([
    [1, 1],
    [7, 4],
    [120, 27],
  ])('finds a table at row %i, column %i', async (top, left) => {
    await expectRecognized(1, {}, top, left);
  });

  it.each(['plain', 'colon', 'spaced', 'fullwidth', 'halfwidth'] as const)('reads labels written %s', async (labelStyle) => {
    await expectRecognized(1, { labelStyle });
  });

  it.each([
    ['seed', 'text'],
    ['seed', 'fraction'],
    ['seed', 'number'],
    ['quarters', 'text'],
    ['quarters', 'fraction'],
    ['months12', 'text'],
    ['months12', 'fraction'],
    ['months12', 'number'],
  ] as const)('reads a %s plan with percentages stored as %s', async (plan, percentAs) => {
    const options = { plan, percentAs };
    const layout = layoutProjectTable(project(1), options);
    const table = await expectRecognized(1, options);
    const expected = layout.fields.planValues.map((ref) => writtenPercent(layout.grid, ref, options));
    expect(table.plan?.checkpoints.map((c) => c.value.value.percent)).toEqual(expected);
    expect(expected.length).toBe(plan === 'months12' ? 12 : 4);
  });

  it('reads 一级指标 left unmerged, carrying each group down', async () => {
    await expectRecognized(0, { mergeLevel1: false });
    await expectRecognized(1, { mergeLevel1: false, labelStyle: 'colon' });
  });

  it('starts the range at the first label row when there is no title', async () => {
    const table = await expectRecognized(1, { titleRow: false });
    expect(table.title).toBeNull();
  });

  it('recognizes the Ministry of Finance reference form and a local form through label aliases', async () => {
    const mof = await expectRecognized(1, { form: 'mof' });
    expect(mof.family).toBe('mof-target');
    expect(mof.missing).toEqual([]);
    expect(mof.plan).toBeNull();
    const local = await expectRecognized(1, { form: 'local' });
    expect(local.family).toBe('local-target');
    expect(local.money[0]?.sources.map((s) => s.part)).toEqual(['fiscal', 'ownFunds', 'other']);
  });

  it('keeps dozens of stacked tables apart with 0 to 5 blank rows between them', async () => {
    const variants: ProjectLayoutOptions[] = [{}, { labelStyle: 'colon' }, { mergeLevel1: false }, { titleRow: false }, { percentAs: 'fraction' }, { plan: 'quarters' }];
    const picks = seed.projects.slice(0, 24);
    const layouts = picks.map((p, i) => layoutProjectTable(p, variants[i % variants.length]));
    const stacked = stackGrids(layouts.map((l) => l.grid), { gap: (i) => i % 6, top: 3, left: 2 });
    const tables = await tablesOf([{ name: 'S', grid: stacked.grid }]);
    expect(tables.map((t) => t.area)).toEqual(
      layouts.map((l, i) => shiftProjectFields(l.fields, (stacked.areas[i]?.top ?? 0) - 1, (stacked.areas[i]?.left ?? 0) - 1).area),
    );
    expect(tables.map((t) => (t as Table).texts.name?.value)).toEqual(picks.map((p) => p.name));
  });

  it('finds a department table anywhere, with its activity cells merged or not', async () => {
    for (const mergeActivity of [true, false]) {
      const layout = layoutDepartmentTable(seed.department, { mergeActivity });
      const tables = await tablesOf([{ name: 'D', grid: placeGrid(layout.grid, 5, 3) }]);
      expect(tables.map((t) => [t.kind, t.area])).toEqual([
        ['department', { top: layout.fields.area.top + 4, left: layout.fields.area.left + 2, bottom: layout.fields.area.bottom + 4, right: layout.fields.area.right + 2 }],
      ]);
      const dept = tables[0];
      if (dept?.kind !== 'department') throw new Error('expected a department table');
      const departments = seed.department.rows.filter((r) => /^[一二三四五六七八九十]+[、．.]/.test(r.name));
      expect(dept.entries.filter((e) => e.level === 'department').map((e) => e.name.value)).toEqual(departments.map((r) => r.name));
    }
  });

  it('finds no table in an instructions sheet or a contact list, even though they say 项目名称', async () => {
    const contacts: Grid = {
      cells: [
        ['项目名称', '联系人', '电话'],
        ['安全生产专项资金', '刘晓明', '0314-5550101'],
        ['法律顾问', '陈静', '0314-5550102'],
      ].flatMap((row, r) => row.map((value, c) => ({ row: r + 1, col: c + 1, value }))),
      merges: [],
      bordered: [],
      width: 3,
      height: 3,
    };
    expect(await tablesOf([{ name: '填表说明', grid: instructionsGrid() }, { name: '联系人', grid: contacts }])).toEqual([]);
  });

  it('reports a table that lacks its indicator grid instead of skipping it', async () => {
    const layout = layoutProjectTable(project(1));
    const header = layout.fields.indicatorHeaderRow;
    const cut: Grid = {
      ...layout.grid,
      cells: layout.grid.cells.filter((c) => c.row < header),
      merges: layout.grid.merges.filter((m) => m.bottom < header),
      bordered: [],
      height: header - 1,
    };
    const { tables, findings } = checkWorkbook(await snapshotOfGrids([{ name: 'S', grid: cut }]));
    expect(tables).toHaveLength(1);
    expect(tables[0]?.area).toEqual({ ...layout.fields.area, bottom: header - 1 });
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'required.missing-field', message: expect.stringContaining('绩效指标') }));
  });
});

describe('table bottoms', () => {
  const layout = layoutProjectTable(project(1));
  const last = layout.fields.area.bottom;
  const widthOf = layout.grid.width;

  it('keeps indicator rows below a blank row inside the grid, but not a note under the table', async () => {
    const lastIndicator = layout.fields.indicators[layout.fields.indicators.length - 1];
    if (!lastIndicator) throw new Error('seed project has indicators');
    const moved: Grid = {
      ...layout.grid,
      // Push the last indicator row down one row, leaving a blank row inside the grid.
      cells: [
        ...layout.grid.cells.map((c) => (c.row === last ? { ...c, row: last + 1 } : c)),
        { row: last + 4, col: 1, value: '注：本表由财政所审核。' },
      ],
      merges: layout.grid.merges
        .filter((m) => !(m.top <= last && m.bottom >= last && m.top < last))
        .map((m) => (m.top === last ? { ...m, top: last + 1, bottom: last + 1 } : m)),
      height: last + 4,
      width: widthOf,
    };
    const tables = await tablesOf([{ name: 'S', grid: moved }]);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.area.bottom).toBe(last + 1);
    expect((tables[0] as Table).indicators.map((r) => r.row)).toContain(last + 1);
  });
});
