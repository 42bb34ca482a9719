import type { WorkbookSnapshot } from '../snapshot';
import type { Table } from '../model/table';
import { recognizeSheet } from '../recognize/recognize-sheet';
import { extractTable } from './extract-table';

/** Every table of a workbook, typed, with ids `t1`, `t2`, … in sheet order, then top to bottom. */
export function extractWorkbook(workbook: WorkbookSnapshot): Table[] {
  const tables: Table[] = [];
  for (const sheet of workbook.sheets) {
    const { grid, layouts } = recognizeSheet(sheet);
    for (const layout of layouts) tables.push(extractTable(grid, layout, `t${tables.length + 1}`));
  }
  return tables;
}
