/**
 * Every table of one sheet, by the fields and grid columns it prints, whatever its template:
 * cells are classified once (classify-cells), the grids and blocks found by their headers
 * (sheet-blocks), the sheet cut into tables (segment-tables), and each table's parts placed
 * (field-places). Which family a table looks like, and so which parts it lacks, is data
 * (vocabulary/families.ts).
 */
import type { SheetSnapshot } from '../snapshot';
import { SheetGrid, type CellPos } from './sheet-grid';
import { OwnedRegions } from './owned-region';
import { classifyCells, type SheetCells } from './classify-cells';
import { RowScan } from './row-scan';
import { findSheetBlocks, type SheetBlocks } from './sheet-blocks';
import { formBottom, formLines, segmentSheet, type FormLines, type Segment } from './segment-tables';
import { fieldPlaces, moneyBlocks, planPlace, seedPurpose, type PlaceContext } from './field-places';
import type { RowsBlockPlace, TableLayout } from './layout';
import { decideKind, missingParts } from './table-kind';
import {
  TOTAL_LABEL, matchFamily, isGoalField, isMoneyPart,
  type BlockKind, type DepartmentRole, type FieldKey, type IndicatorRole, type Period,
} from '../vocabulary';

export interface RecognizedSheet {
  grid: SheetGrid;
  layouts: TableLayout[];
}

/** Fields that, three or more together with 项目名称, make a table even without a grid. */
const CORE_FIELDS: ReadonlySet<FieldKey> = new Set(['code', 'name', 'total', 'fiscal', 'plan', 'goal', 'moneyGroup', 'annualGoal', 'unitName']);

export function recognizeSheet(snapshot: SheetSnapshot): RecognizedSheet {
  const grid = new SheetGrid(snapshot);
  if (grid.isEmpty) return { grid, layouts: [] };
  const owned = new OwnedRegions(grid);
  const cells = classifyCells(grid, owned);
  if (cells.nonTable) return { grid, layouts: [] };
  const scan = new RowScan(grid, owned);
  const blocks = findSheetBlocks(grid, cells, scan);
  const lines = formLines(cells);
  const layouts: TableLayout[] = [];
  for (const segment of segmentSheet(grid, cells, blocks)) {
    const layout = assemble(grid, cells, lines, blocks, scan, owned, segment);
    if (layout) layouts.push(layout);
  }
  return { grid, layouts: layouts.sort((a, b) => a.area.top - b.area.top || a.area.left - b.area.left) };
}

function inRows<T extends { row: number }>(list: readonly T[], top: number, bottom: number): T[] {
  return list.filter((x) => x.row >= top && x.row <= bottom);
}

function assemble(
  grid: SheetGrid, cells: SheetCells, lines: FormLines, blocks: SheetBlocks, scan: RowScan, owned: OwnedRegions, segment: Segment,
): TableLayout | null {
  const { top, limit } = segment;
  const within = <T extends { area: { top: number } }>(list: readonly T[]) => list.filter((b) => b.area.top >= top && b.area.top <= limit);
  const indicator = within(blocks.indicator);
  const funds = within(blocks.funds)[0] ?? null;
  const tasks = within(blocks.tasks)[0] ?? null;
  const schedule = within(blocks.schedule)[0] ?? null;
  const parts = within(blocks.parts)[0] ?? null;
  const department = within(blocks.department)[0] ?? null;
  const blockAreas = [...indicator, funds, tasks, schedule, parts, department].filter((b) => b !== null).map((b) => b.area);

  const freeFields = inRows(cells.fields, top, limit).filter((f) => !blocks.occupied(f.row, f.col));
  const title = segment.titles[0] ?? null;
  const lefts = [...freeFields.map((f) => f.col), ...blockAreas.map((a) => a.left), ...segment.titles.map((t) => t.col)];
  if (lefts.length === 0) return null;
  const left = Math.min(...lefts);
  const bottom = Math.max(formBottom(grid, cells, lines, blocks, scan, top, limit, left, grid.right), ...blockAreas.map((a) => a.bottom));
  let right = Math.max(left, ...blockAreas.map((a) => a.right));
  for (let r = top; r <= bottom; r++) {
    if (blockAreas.some((a) => r >= a.top && r <= a.bottom && left >= a.left)) continue;
    right = Math.max(right, scan.contiguousRight(r, left));
  }
  const beside = indicator.map((b) => b.header.besideActual).filter((c): c is number => c !== null);
  if (beside.length > 0) right = Math.min(right, Math.min(...beside) - 1);
  const area = { top, left, bottom, right };
  const fieldsIn = freeFields.filter((f) => f.row <= bottom && f.col >= left && f.col <= right);

  const ctx: PlaceContext = { grid, cells, area, occupied: blocks.occupied };
  const fields = fieldPlaces(ctx, fieldsIn);
  if (!fields.some((f) => f.key === 'purpose')) {
    const purpose = seedPurpose(ctx, fields);
    const group = fields.find((f) => f.key === 'moneyGroup');
    if (purpose && group) fields.push({ key: 'purpose', period: null, label: group.label, value: purpose });
  }
  const plan = planPlace(ctx, fields);

  const grids = indicator.flatMap((b) => b.grids.map((g) => ({
    ...g, ownedActual: owned.forHeader(g.headerRow, right)?.actualCol ?? indicator.find((b) => b.header.row === g.headerRow)?.header.besideActual ?? null,
  })));
  if (grids.length === 1 && grids[0]) grids[0].period = singlePeriod(grids[0].period);
  const lastIndicator = indicator[indicator.length - 1];
  const gridTotal = lastIndicator?.totalRow ?? null;
  // Some forms print the 总分 above the grid (`总分： 96.5 分`), beside the date line.
  const firstGridTop = Math.min(bottom + 1, ...indicator.map((b) => b.area.top));
  const topTotal = gridTotal === null ? inRows(cells.totals, top, firstGridTop - 1).find((p) => !blocks.occupied(p.row, p.col)) : undefined;
  const totalRow = gridTotal ?? topTotal?.row ?? null;

  const keys = new Set(fields.map((f) => f.key));
  const hasIdentity = keys.has('name') || keys.has('code') || keys.has('unitName');
  const hasGrid = grids.length > 0 || funds !== null || tasks !== null;
  const core = [...keys].filter((k) => CORE_FIELDS.has(k)).length + (funds ? 1 : 0);
  const accepted = department !== null
    || (hasGrid && (title !== null || hasIdentity))
    || (keys.has('name') && core >= 3);
  if (!accepted) return null;

  const blockKinds: BlockKind[] = [];
  if (plan) blockKinds.push('plan');
  if (funds) blockKinds.push('funds');
  if (tasks) blockKinds.push('tasks');
  if (schedule) blockKinds.push('schedule');
  if (parts) blockKinds.push('costParts');
  if (department) blockKinds.push('departmentGrid');
  if (totalRow !== null) blockKinds.push('totalRow');
  if (grids.some((g) => g.twoLevel)) blockKinds.push('twoLevelGrid');
  const columns = new Set<IndicatorRole>(grids.flatMap((g) => Object.keys(g.columns) as IndicatorRole[]));
  const features = { fields: keys, columns, blocks: new Set(blockKinds), gridPeriods: new Set<Period | null>(grids.map((g) => g.period)) };
  const kind = decideKind(title?.key ?? null, features);
  const match = matchFamily(kind, features);
  const hasMoneyOrGoal = [...keys].some((k) => isMoneyPart(k) || isGoalField(k)) || funds !== null || tasks !== null;
  if (match.family.id === 'other' && department === null && !hasMoneyOrGoal && !(keys.has('name') && title !== null)) return null;

  const yearLine = title ? cells.yearLines.find((y) => y.row > title.row && y.row <= title.row + 2) : undefined;
  const firstBlockTop = Math.min(bottom, ...blockAreas.map((a) => a.top));
  const unitLine = inRows(cells.unitLines, top, firstBlockTop).find((u) => u.col >= left && u.col <= right);

  return {
    kind,
    family: match.family.id,
    missing: missingParts(match.family, features),
    blocks: blockKinds,
    area,
    title: title ? { row: title.row, col: title.col } : null,
    titleKind: title?.key ?? null,
    yearCell: yearLine ?? (title ? { row: title.row, col: title.col } : null),
    moneyUnit: unitLine?.key ?? '万元',
    fields,
    money: moneyBlocks(fields),
    plan,
    funds: funds?.place ?? null,
    tasks: tasks?.place ?? null,
    schedule: schedule?.place ?? null,
    costParts: parts?.place ?? null,
    grids,
    totalRow: totalRow === null ? null : {
      row: totalRow,
      label: topTotal ?? scan.head(totalRow, left, right) ?? { row: totalRow, col: left },
      value: topTotal ? grid.master(topTotal.row, grid.extent(topTotal.row, topTotal.col).right + 1) : null,
    },
    execution: executionCell(grid, owned, grids, area) ?? fields.find((f) => f.key === 'execution')?.value ?? null,
    department: department && departmentWithActual(department.place, owned, right),
  };
}

/** The seed department grid, with the 实际完成值 column a previous check wrote beside it. */
function departmentWithActual(place: RowsBlockPlace<DepartmentRole>, owned: OwnedRegions, right: number): RowsBlockPlace<DepartmentRole> {
  const actual = owned.forHeader(place.headerRow, right)?.actualCol;
  return actual === undefined || actual === null ? place : { ...place, columns: { ...place.columns, actual } };
}

/** A one-period table's only grid has no period to tell apart, whatever its value header says. */
function singlePeriod(period: Period | null): Period | null {
  return period === 'annual' ? null : period;
}

/** The 全年执行数 a previous check left in its totals block, in the owned column of the table's grid. */
function executionCell(grid: SheetGrid, owned: OwnedRegions, grids: readonly { headerRow: number }[], area: { top: number; bottom: number; right: number }): CellPos | null {
  for (const g of grids) {
    const h = owned.forHeader(g.headerRow, area.right);
    if (!h || h.actualCol === null) continue;
    for (let r = area.top; r <= area.bottom + Object.keys(TOTAL_LABEL).length; r++) {
      if (grid.label(r, h.actualCol) === TOTAL_LABEL.execution) return grid.master(r, h.actualCol + 1);
    }
  }
  return null;
}
