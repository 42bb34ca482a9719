/**
 * Property: tables of several template families, moved anywhere on their sheets, two of them stacked
 * on one sheet, among covers, contents and instructions sheets, are each found with their exact
 * range and parts, and nothing else is.
 */
import fc from 'fast-check';
import { extractWorkbook } from '../../src/core/extract/extract-workbook';
import { allFamilyFixtures, fixtureName, noiseSheets } from '../fixtures/families/all-family-fixtures';
import type { ExpectedTable, FamilyWorkbook } from '../fixtures/families/family-fixture';
import { placeTable } from '../fixtures/families/shift-expected';
import type { Grid } from '../fixtures/grid';
import { snapshotOfGrids } from './snapshot-of';
import { familyTableDiff } from './family-table-diff';

const fixtures = allFamilyFixtures();
const noise = noiseSheets();

interface Placed {
  sheets: { name: string; grid: Grid }[];
  tables: ExpectedTable[];
}

/** One fixture's workbook with every sheet moved to (top, left) and renamed apart from the others'. */
function moved(workbook: FamilyWorkbook, tag: string, top: number, left: number): Placed {
  const sheets: Placed['sheets'] = [];
  const tables: ExpectedTable[] = [];
  for (const s of workbook.sheets) {
    const name = `${tag}${s.name}`;
    const placed = placeTable(s.grid, workbook.tables.filter((t) => t.sheet === s.name).map((t) => ({ ...t, sheet: name })), top, left);
    sheets.push({ name, grid: placed.grid });
    tables.push(...placed.tables);
  }
  return { sheets, tables };
}

/** Two one-sheet workbooks on one sheet, the second under the first after `gap` blank rows. */
function stacked(a: Placed, b: Placed, gap: number): Placed {
  const [first, second] = [a.sheets[0], b.sheets[0]];
  if (!first || !second) return a;
  const top = first.grid.height + gap + 1;
  const lower = placeTable(second.grid, b.tables.map((t) => ({ ...t, sheet: first.name })), top, 1);
  const grid: Grid = {
    cells: [...first.grid.cells, ...lower.grid.cells],
    merges: [...first.grid.merges, ...lower.grid.merges],
    bordered: [...first.grid.bordered, ...lower.grid.bordered],
    width: Math.max(first.grid.width, lower.grid.width),
    height: lower.grid.height,
  };
  return { sheets: [{ name: first.name, grid }], tables: [...a.tables, ...lower.tables] };
}

const oneSheet = fixtures.map((f, i) => [f, i] as const).filter(([f]) => f.correct.sheets.length === 1).map(([, i]) => i);

describe('recognizing a workbook that mixes families, offsets and noise sheets', () => {
  it('finds exactly the tables laid out, each with its range and parts', async () => {
    await fc.assert(fc.asyncProperty(
      fc.uniqueArray(fc.integer({ min: 0, max: fixtures.length - 1 }), { minLength: 1, maxLength: 4 }),
      fc.array(fc.record({ top: fc.integer({ min: 1, max: 30 }), left: fc.integer({ min: 1, max: 6 }) }), { minLength: 4, maxLength: 4 }),
      fc.subarray(noise.map((_, i) => i)),
      fc.option(fc.record({ upper: fc.constantFrom(...oneSheet), lower: fc.constantFrom(...oneSheet), gap: fc.integer({ min: 2, max: 5 }) }), { nil: null }),
      async (picks, offsets, noisePicks, stack) => {
        const parts: Placed[] = picks.map((p, i) => {
          const f = fixtures[p] as (typeof fixtures)[number];
          const o = offsets[i] ?? { top: 1, left: 1 };
          return moved(f.correct, `${i}-`, o.top, o.left);
        });
        if (stack && stack.upper !== stack.lower) {
          const [u, l] = [fixtures[stack.upper], fixtures[stack.lower]];
          if (u && l) parts.push(stacked(moved(u.correct, 's-', 1, 1), moved(l.correct, 't-', 1, 1), stack.gap));
        }
        const noiseSheetsPicked = noisePicks.map((i) => noise[i] as (typeof noise)[number]);
        const sheets = [...noiseSheetsPicked.slice(0, 1), ...parts.flatMap((p) => p.sheets), ...noiseSheetsPicked.slice(1)];
        const expected = parts.flatMap((p) => p.tables);
        const tables = extractWorkbook(await snapshotOfGrids(sheets));
        const key = (t: { sheet: string; top: number; left: number }) => `${t.sheet}!${t.top},${t.left}`;
        expect(tables.map((t) => key({ sheet: t.sheet, ...t.area })).sort()).toEqual(expected.map((t) => key({ sheet: t.sheet, ...t.range })).sort());
        for (const e of expected) {
          const t = tables.find((x) => x.sheet === e.sheet && x.area.top === e.range.top && x.area.left === e.range.left);
          expect(t && familyTableDiff(t, e)).toEqual([]);
        }
      },
    ), { numRuns: 30, seed: 20261203 });
  });

  it('has every family in it to draw from', () => {
    expect(new Set(fixtures.map(fixtureName)).size).toBe(fixtures.length);
    expect(fixtures.map((f) => f.family)).toEqual(expect.arrayContaining(['mof-self-evaluation', 'system-target', 'monitoring', 'mof-department']));
  });
});
