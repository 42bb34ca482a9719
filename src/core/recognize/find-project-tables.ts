import type { CellPos, SheetGrid } from './sheet-grid';
import { hitsInRows, type Hit, type SheetLabels } from './scan-labels';
import type { IndicatorColumn, ProjectLabel } from './labels';
import { OWNED_LABELS, TOTAL_LABEL } from '../plan/write-plan';
import { MAX_SHIFT } from '../plan/owned-columns';
import type { ProjectLayout } from './layout';
import { bodyEnd, contiguousRight } from './table-bounds';
import type { ClaimedAreas } from './claimed-areas';

interface Header {
  row: number;
  left: number;
  right: number;
  columns: Partial<Record<IndicatorColumn, number>>;
}

/** Fields whose labels, three or more together, make a table even without an indicator grid. */
const CORE_FIELDS: ReadonlySet<ProjectLabel> = new Set(['code', 'name', 'budget', 'fiscal', 'plan', 'goal', 'budgetGroup']);
const MAX_CLUSTER_GAP = 3;
/** How far right of a table a previous check may have put its owned columns. */
const OWNED_REACH = MAX_SHIFT + 3;

/** Cells holding a label the add-in wrote: a table's range stops before them. */
function ownedBy(grid: SheetGrid): (p: CellPos) => boolean {
  return (p) => OWNED_LABELS.has(grid.label(p.row, p.col));
}

/**
 * Project tables, anchored on their indicator header row (一级指标 | 二级指标 | …) and the labels
 * above it. Label clusters with no indicator grid still become tables, so a broken table is
 * reported rather than skipped.
 */
export function findProjectTables(
  grid: SheetGrid, labels: SheetLabels, starts: Map<number, number[]>, claimed: ClaimedAreas,
): ProjectLayout[] {
  const tables: ProjectLayout[] = [];
  const add = (t: ProjectLayout) => {
    tables.push(t);
    claimed.add(t.area);
  };
  for (const header of findHeaders(grid, labels)) {
    if (claimed.covers(header.row, header.left)) continue;
    const floor = claimed.floorAbove(header.row, header.left, header.right, grid.top);
    const indicatorCols = [header.columns.level3, header.columns.value].filter((c) => c !== undefined);
    const holdsIndicator = (row: number) => indicatorCols.some((c) => !grid.isBlank(row, c));
    const bottom = Math.max(header.row, bodyEnd(grid, starts, header.row + 1, header.left, header.right, holdsIndicator));
    add(buildLayout(grid, labels, { floor, anchorRow: header.row, bottom, left: header.left, right: header.right, header }));
  }
  for (const cluster of labelClusters(labels.project.filter((h) => !claimed.covers(h.row, h.col)))) {
    const first = cluster[0] as Hit<ProjectLabel>;
    const last = cluster[cluster.length - 1] as Hit<ProjectLabel>;
    const left = Math.min(...cluster.map((h) => h.col));
    const right = Math.max(...cluster.map((h) => contiguousRight(grid, h.row, h.col)));
    const bottom = Math.max(last.row, bodyEnd(grid, starts, grid.extent(last.row, last.col).bottom + 1, left, right));
    const floor = claimed.floorAbove(first.row, left, right, grid.top);
    add(buildLayout(grid, labels, { floor, anchorRow: bottom + 1, bottom, left, right, header: null }));
  }
  return tables.sort((a, b) => a.area.top - b.area.top || a.area.left - b.area.left);
}

function findHeaders(grid: SheetGrid, labels: SheetLabels): Header[] {
  const byRow = new Map<number, Hit<IndicatorColumn>[]>();
  for (const h of labels.indicator) byRow.set(h.row, [...(byRow.get(h.row) ?? []), h]);
  const headers: Header[] = [];
  for (const [row, hits] of byRow) {
    const columns: Partial<Record<IndicatorColumn, number>> = {};
    for (const h of hits.sort((a, b) => a.col - b.col)) if (columns[h.key] === undefined) columns[h.key] = h.col;
    const { level1, level2, level3, value } = columns;
    if (level1 === undefined || level2 === undefined || (level3 === undefined && value === undefined)) continue;
    if (level2 <= level1) continue;
    const own = Object.entries(columns).filter(([k]) => k !== 'actual').map(([, c]) => c);
    const left = Math.min(...own);
    const right = Math.max(contiguousRight(grid, row, left, ownedBy(grid)), ...own.map((c) => grid.extent(row, c).right));
    headers.push({ row, left, right, columns });
  }
  return headers.sort((a, b) => a.row - b.row || a.left - b.left);
}

function labelClusters(hits: Hit<ProjectLabel>[]): Hit<ProjectLabel>[][] {
  const sorted = [...hits].sort((a, b) => a.row - b.row || a.col - b.col);
  const clusters: Hit<ProjectLabel>[][] = [];
  let current: Hit<ProjectLabel>[] = [];
  for (const h of sorted) {
    const prev = current[current.length - 1];
    if (prev && h.row - prev.row > MAX_CLUSTER_GAP) {
      clusters.push(current);
      current = [];
    }
    current.push(h);
  }
  if (current.length > 0) clusters.push(current);
  return clusters.filter((c) => {
    const keys = new Set(c.map((h) => h.key).filter((k) => CORE_FIELDS.has(k)));
    return keys.has('name') && keys.size >= 3;
  });
}

interface Frame {
  /** No row above this belongs to the table (the previous table ends above it). */
  floor: number;
  /** The labels of the table lie above this row. */
  anchorRow: number;
  bottom: number;
  left: number;
  right: number;
  header: Header | null;
}

function buildLayout(grid: SheetGrid, labels: SheetLabels, frame: Frame): ProjectLayout {
  const { floor, anchorRow, header } = frame;
  let blockTop = anchorRow;
  while (blockTop - 1 >= floor && !grid.isRowBlank(blockTop - 1, frame.left, grid.right)) blockTop--;
  const near = (h: { row: number; col: number }) =>
    h.row >= blockTop && h.row < anchorRow && h.col >= frame.left - 2 && h.col <= frame.right;
  const labelHits = hitsInRows(labels.project, blockTop, anchorRow - 1).filter(near);
  let titleHit = hitsInRows(labels.projectTitles, blockTop, anchorRow - 1).find(near);
  if (!titleHit) {
    // A title often sits one blank row above the table.
    titleHit = hitsInRows(labels.projectTitles, blockTop - 2, blockTop - 2)
      .find((t) => t.row >= floor && t.col >= frame.left - 2 && t.col <= frame.right);
  }
  const unitHit = hitsInRows(labels.moneyUnits, blockTop, anchorRow - 1).find(near);
  const rows = [...labelHits.map((h) => h.row), ...(titleHit ? [titleHit.row] : []), ...(unitHit ? [unitHit.row] : [])];
  const top = Math.min(anchorRow, frame.bottom, ...rows);
  const left = Math.min(frame.left, ...labelHits.map((h) => h.col), ...(titleHit ? [titleHit.col] : []));
  let right = frame.right;
  for (let r = top; r < Math.min(anchorRow, frame.bottom + 1); r++) right = Math.max(right, contiguousRight(grid, r, left, ownedBy(grid)));

  const area = { top, left, bottom: frame.bottom, right };
  const labelCells: Partial<Record<ProjectLabel, CellPos>> = {};
  const otherLabels: CellPos[] = [];
  for (const h of labelHits.filter((h) => h.row >= top).sort((a, b) => a.row - b.row || a.col - b.col)) {
    if (h.key === 'other') otherLabels.push({ row: h.row, col: h.col });
    else if (labelCells[h.key] === undefined) labelCells[h.key] = { row: h.row, col: h.col };
  }
  const isLabel = (p: CellPos) => labelHits.some((h) => h.row === p.row && h.col === p.col);
  const valueOf = (label: CellPos): CellPos | undefined => {
    const ext = grid.extent(label.row, label.col);
    if (ext.right + 1 <= right) {
      const p = grid.masterWithin(area, label.row, ext.right + 1);
      if (!isLabel(p)) return p;
    }
    const below = ext.bottom + 1;
    if (below < anchorRow && below <= frame.bottom) {
      const p = grid.masterWithin(area, below, label.col);
      if (!isLabel(p)) return p;
    }
    return undefined;
  };

  const values: ProjectLayout['values'] = {};
  for (const key of ['code', 'name', 'department', 'budget', 'fiscal', 'purpose', 'goal', 'longGoal', 'execution'] as const) {
    const label = labelCells[key];
    const v = label && valueOf(label);
    if (v) values[key] = v;
  }
  if (!values.purpose && labelCells.budgetGroup && labelCells.budget) {
    // The seed template has no 资金用途 label: the purpose is the row under 预算数 inside the group label.
    const group = grid.extent(labelCells.budgetGroup.row, labelCells.budgetGroup.col);
    const row = grid.extent(labelCells.budget.row, labelCells.budget.col).bottom + 1;
    if (row <= Math.min(group.bottom, frame.bottom, anchorRow - 1) && group.right < right) {
      const cell = grid.masterWithin(area, row, group.right + 1);
      if (!isLabel(cell)) values.purpose = cell;
    }
  }
  const otherFunds = otherLabels.map(valueOf).filter((p): p is CellPos => p !== undefined);
  // A previous check wrote 全年执行数 in its totals block right of the table: read it from there.
  const execution = hitsInRows(labels.project, top, anchorRow - 1)
    .find((h) => h.key === 'execution' && h.col > right && h.col <= right + OWNED_REACH && grid.label(h.row, h.col) === TOTAL_LABEL.execution);
  if (!values.execution && execution) values.execution = grid.master(execution.row, grid.extent(execution.row, execution.col).right + 1);

  let plan: ProjectLayout['plan'] = null;
  if (labelCells.plan) {
    const ext = grid.extent(labelCells.plan.row, labelCells.plan.col);
    const labelsRow = grid.rowCells(labelCells.plan.row, ext.right + 1, right).filter((p) => !grid.isBlank(p.row, p.col));
    const valueRow = Math.max(...labelsRow.map((p) => grid.extent(p.row, p.col).bottom)) + 1;
    // Checkpoints with no row under them inside the table have no values: the plan counts as empty.
    const checkpoints = valueRow < anchorRow && valueRow <= frame.bottom
      ? labelsRow.map((label) => ({ label, value: grid.masterWithin(area, valueRow, label.col) }))
      : [];
    plan = { label: labelCells.plan, checkpoints };
  }

  const form = !labelCells.code && !labelCells.plan && header && header.columns.basis === undefined ? 'mof-reference' : 'standard';
  const indicatorRows: number[] = [];
  if (header) for (let r = header.row + 1; r <= frame.bottom; r++) indicatorRows.push(r);
  return {
    kind: 'project',
    area,
    form,
    title: titleHit ? { row: titleHit.row, col: titleHit.col } : null,
    moneyUnit: unitHit?.key ?? '万元',
    labels: labelCells,
    values,
    otherFunds,
    plan,
    header: header ? { row: header.row, columns: header.columns } : null,
    indicatorRows,
  };
}

