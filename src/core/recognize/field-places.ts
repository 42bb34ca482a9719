/**
 * Where each field label of a table has its value: the cell right of the label, or the cell below
 * it when labels are printed side by side as a header (资金总额 | 财政拨款 | 自有资金 with the amounts
 * under them). A label whose neighbours are labels too heads a block and has no value.
 */
import type { Area } from '../snapshot';
import type { CellPos, SheetGrid } from './sheet-grid';
import type { Hit, SheetCells } from './classify-cells';
import type { FieldPlace, MoneyBlockPlace } from './layout';
import { isMoneyPart, type FieldKey, type MoneySource } from '../vocabulary';

export interface PlaceContext {
  grid: SheetGrid;
  cells: SheetCells;
  area: Area;
  occupied(row: number, col: number): boolean;
}

export function fieldPlaces(ctx: PlaceContext, hits: readonly Hit<FieldKey>[]): FieldPlace[] {
  const { grid, cells, area } = ctx;
  const free = (p: CellPos) => !cells.isLabel(p.row, p.col) && !ctx.occupied(p.row, p.col);
  const out: FieldPlace[] = [];
  let belowRow = -1;
  for (const h of [...hits].sort((a, b) => a.row - b.row || a.col - b.col)) {
    const ext = grid.extent(h.row, h.col);
    const rightCell = ext.right + 1 <= area.right ? grid.masterWithin(area, h.row, ext.right + 1) : null;
    const belowCell = ext.bottom + 1 <= area.bottom ? grid.masterWithin(area, ext.bottom + 1, h.col) : null;
    const rightFree = rightCell !== null && free(rightCell);
    const belowFree = belowCell !== null && free(belowCell) && belowCell.row === ext.bottom + 1;
    // Labels side by side (their values under them) read downwards all along the row.
    const headerStyle = belowRow === h.row || (rightCell !== null && !rightFree && cells.isLabel(rightCell.row, rightCell.col));
    let value: CellPos | null = null;
    if (headerStyle && belowFree) {
      value = belowCell;
      belowRow = h.row;
    } else if (rightFree) value = rightCell;
    else if (belowFree) value = belowCell;
    out.push({ key: h.key, period: h.period, label: { row: h.row, col: h.col }, value });
  }
  return out;
}

/** Money parts grouped into blocks: a source belongs to the total above it in its column, else left of it in its row. */
export function moneyBlocks(places: readonly FieldPlace[]): MoneyBlockPlace[] {
  const totals = places.filter((p) => p.key === 'total' && p.value !== null);
  const blocks: (MoneyBlockPlace & { at: CellPos | null })[] = totals.map((t) => ({
    period: t.period, total: { label: t.label, value: t.value as CellPos }, sources: [], at: t.label,
  }));
  for (const p of places) {
    if (!isMoneyPart(p.key) || p.key === 'total' || p.value === null) continue;
    const above = blocks
      .filter((b) => b.at !== null && b.at.col === p.label.col && b.at.row < p.label.row && p.label.row - b.at.row <= 6)
      .sort((a, b) => (b.at?.row ?? 0) - (a.at?.row ?? 0))[0];
    const left = blocks
      .filter((b) => b.at !== null && b.at.row === p.label.row && b.at.col < p.label.col)
      .sort((a, b) => (b.at?.col ?? 0) - (a.at?.col ?? 0))[0];
    let block = above ?? left ?? (blocks.length === 1 ? blocks[0] : undefined);
    if (!block) {
      block = { period: null, total: null, sources: [], at: null };
      blocks.push(block);
    }
    block.sources.push({ part: p.key as MoneySource, label: p.label, value: p.value });
  }
  return blocks.map(({ at: _at, ...b }) => b);
}

/** The seed's 资金用途: the row under 预算数 inside the 预算规模及资金用途 label, right of it. */
export function seedPurpose(ctx: PlaceContext, places: readonly FieldPlace[]): CellPos | null {
  // Only the group label that says it holds the purpose (预算规模及资金用途).
  const group = places.find((p) => p.key === 'moneyGroup' && ctx.grid.label(p.label.row, p.label.col).includes('用途'));
  const total = places.find((p) => p.key === 'total');
  if (!group || !total) return null;
  const g = ctx.grid.extent(group.label.row, group.label.col);
  const row = ctx.grid.extent(total.label.row, total.label.col).bottom + 1;
  if (row > Math.min(g.bottom, ctx.area.bottom) || g.right >= ctx.area.right) return null;
  const cell = ctx.grid.masterWithin(ctx.area, row, g.right + 1);
  return ctx.cells.isLabel(cell.row, cell.col) || ctx.occupied(cell.row, cell.col) ? null : cell;
}

/** 资金支出计划: checkpoint labels right of the plan label, their values in the row under them. */
export function planPlace(ctx: PlaceContext, places: readonly FieldPlace[]): { label: CellPos; checkpoints: { label: CellPos; value: CellPos }[] } | null {
  const plan = places.find((p) => p.key === 'plan');
  if (!plan) return null;
  const { grid, area } = ctx;
  const ext = grid.extent(plan.label.row, plan.label.col);
  const labels = grid.rowCells(plan.label.row, ext.right + 1, area.right).filter((p) => !grid.isBlank(p.row, p.col));
  if (labels.length === 0) return { label: plan.label, checkpoints: [] };
  const valueRow = Math.max(...labels.map((p) => grid.extent(p.row, p.col).bottom)) + 1;
  // Checkpoints with no row under them inside the table have no values: the plan counts as empty.
  const first = labels[0] as CellPos;
  const under = grid.master(valueRow, first.col);
  const inside = valueRow <= area.bottom && !ctx.occupied(valueRow, first.col) && !ctx.cells.isLabel(under.row, under.col);
  const checkpoints = inside ? labels.map((label) => ({ label, value: grid.masterWithin(area, valueRow, label.col) })) : [];
  return { label: plan.label, checkpoints };
}
