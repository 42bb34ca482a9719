import type { SheetSnapshot } from '../snapshot';
import { SheetGrid } from './sheet-grid';
import { scanLabels } from './scan-labels';
import { tableStartRows } from './table-bounds';
import { findDepartmentTables } from './find-department-tables';
import { findProjectTables } from './find-project-tables';
import { ClaimedAreas } from './claimed-areas';
import type { TableLayout } from './layout';

export interface RecognizedSheet {
  grid: SheetGrid;
  layouts: TableLayout[];
}

/** Every table of one sheet, top to bottom, then left to right. */
export function recognizeSheet(snapshot: SheetSnapshot): RecognizedSheet {
  const grid = new SheetGrid(snapshot);
  if (grid.isEmpty) return { grid, layouts: [] };
  const labels = scanLabels(grid);
  const starts = tableStartRows(labels);
  const claimed = new ClaimedAreas();
  const departments = findDepartmentTables(grid, labels, starts);
  for (const d of departments) claimed.add(d.area);
  const projects = findProjectTables(grid, labels, starts, claimed);
  const layouts: TableLayout[] = [...departments, ...projects]
    .sort((a, b) => a.area.top - b.area.top || a.area.left - b.area.left);
  return { grid, layouts };
}
