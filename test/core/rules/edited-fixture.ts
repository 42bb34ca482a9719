/** A family fixture's correct workbook with some cells retyped, read back as tables: for rules whose tests need a form the builders do not make. */
import type { Table } from '../../../src/core/model/table';
import { extractWorkbook } from '../../../src/core/extract/extract-workbook';
import type { CellRef } from '../../fixtures/grid';
import type { FamilyFixture } from '../../fixtures/families/family-fixture';
import { plant } from '../../fixtures/families/planting';
import { snapshotOfGrids } from '../snapshot-of';

export interface Retype {
  cell: CellRef;
  value: string | number | null;
}

/** The tables of the fixture's correct workbook, after the edits (on the first table's sheet). */
export async function tablesAfter(fixture: FamilyFixture, pick: (t: Table) => Retype[] = () => []): Promise<Table[]> {
  const correct = extractWorkbook(await snapshotOfGrids(fixture.correct.sheets));
  const first = correct[0];
  if (!first) throw new Error('the fixture has no table');
  const edits = pick(first);
  if (edits.length === 0) return correct;
  const { workbook } = plant(fixture.correct, [{ rule: 'edit', sheet: first.sheet, cell: edits[0]?.cell ?? { row: 1, col: 1 }, what: 'edit', edits }]);
  return extractWorkbook(await snapshotOfGrids(workbook.sheets));
}
