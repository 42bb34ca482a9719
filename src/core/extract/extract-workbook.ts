import type { WorkbookSnapshot } from '../snapshot';
import type { Table } from '../model/table';
import { recognizeSheet } from '../recognize/recognize-sheet';
import { extractProject } from './extract-project';
import { extractDepartment } from './extract-department';

/** Every table of a workbook, typed, with ids `t1`, `t2`, … in sheet order, then top to bottom. */
export function extractWorkbook(workbook: WorkbookSnapshot): Table[] {
  const tables: Table[] = [];
  for (const sheet of workbook.sheets) {
    const { grid, layouts } = recognizeSheet(sheet);
    for (const layout of layouts) {
      const id = `t${tables.length + 1}`;
      tables.push(layout.kind === 'project' ? extractProject(grid, layout, id) : extractDepartment(grid, layout, id));
    }
  }
  return tables;
}
