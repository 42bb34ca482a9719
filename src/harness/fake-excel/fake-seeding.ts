/** Seeding a fake workbook with what a file would already hold: no command, no recalculation, no event. */
import { getCell, putCell } from './fake-cells';
import type { FakeExcel } from './fake-excel';
import { cellKey, type FakeCell } from './fake-state';

/** Seeds a note (a user's own) into a fake workbook. */
export function seedNote(fake: FakeExcel, sheet: string, row: number, col: number, content: string): void {
  fake.sheet(sheet).notes.set(cellKey(row, col), content);
}

/** Seeds a cell's content or format into a fake workbook. */
export function seedCell(fake: FakeExcel, sheet: string, row: number, col: number, patch: Partial<FakeCell>): void {
  const s = fake.sheet(sheet);
  putCell(s, row, col, { ...getCell(s, row, col), ...patch });
}
