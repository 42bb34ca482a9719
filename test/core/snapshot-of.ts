import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { loadWorkbookBuffer } from '../../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../../src/xlsx/read-snapshot';
import { gridToWorkbook, type Grid } from '../fixtures/grid';

/** A workbook's snapshot after a real .xlsx round trip, as the command line would read it. */
export async function snapshotOfWorkbook(wb: ExcelJS.Workbook, file = 'test.xlsx'): Promise<WorkbookSnapshot> {
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return snapshotWorkbook(await loadWorkbookBuffer(buf, file), file);
}

export function snapshotOfGrids(sheets: { name: string; grid: Grid }[], file = 'test.xlsx'): Promise<WorkbookSnapshot> {
  return snapshotOfWorkbook(gridToWorkbook(sheets), file);
}
