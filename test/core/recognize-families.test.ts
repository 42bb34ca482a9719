import { checkWorkbook } from '../../src/core/engine';
import type { Report } from '../../src/core/report';
import { allFamilyFixtures, fixtureName, surroundingsWorkbook } from '../fixtures/families/all-family-fixtures';
import type { FamilyWorkbook } from '../fixtures/families/family-fixture';
import { snapshotOfGrids } from './snapshot-of';
import { familyTableDiff } from './family-table-diff';
import { cellAddress } from '../../src/core/address';

const fixtures = allFamilyFixtures();

async function check(workbook: FamilyWorkbook) {
  return checkWorkbook(await snapshotOfGrids(workbook.sheets));
}

const errors = (report: Report) => report.findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.message}`);

describe.each(fixtures.map((f) => [fixtureName(f), f] as const))('%s', (_name, fixture) => {
  it('finds every table with its range, family and parts, and no other', async () => {
    const { tables } = await check(fixture.correct);
    expect(tables.map((t) => `${t.sheet}!${cellAddress(t.area.top, t.area.left)}`)).toEqual(
      fixture.correct.tables.map((t) => `${t.sheet}!${cellAddress(t.range.top, t.range.left)}`),
    );
    fixture.correct.tables.forEach((expected, i) => {
      const table = tables[i];
      expect(table && familyTableDiff(table, expected)).toEqual([]);
    });
  });

  it('gives no error-level finding on the correct workbook', async () => {
    expect(errors((await check(fixture.correct)).report)).toEqual([]);
  });

  it.each(fixture.defective.map((d, i) => [i, d] as const))('flags the planted defects of copy %i at their cells', async (_i, copy) => {
    const { report } = await check(copy.workbook);
    const found = new Set(report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`));
    const missing = copy.defects.filter((d) => !found.has(`${d.sheet}!${cellAddress(d.cell.row, d.cell.col)} ${d.rule}`)).map((d) => `${d.sheet}!${cellAddress(d.cell.row, d.cell.col)} ${d.rule} (${d.what})`);
    expect(missing).toEqual([]);
  });
});

describe('what sits around the tables', () => {
  it('finds no table on a cover, a contents sheet, instructions with an example grid, or a budget list', async () => {
    const workbook = surroundingsWorkbook();
    const { tables, findings } = await check(workbook);
    expect(tables).toEqual([]);
    expect(findings).toEqual([]);
  });
});
