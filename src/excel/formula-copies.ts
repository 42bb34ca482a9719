import type { OwnedCell } from '../core/plan/write-plan';
import { cellKey, type CellRef } from './a1';
import { groupBy } from './cell-groups';
import { formulaShape } from './formula-shape';
import { OP_OVERHEAD_BYTES } from './limits';

export interface SheetCells {
  sheet: string;
  cells: readonly OwnedCell[];
}

/** One formula written into `source`, then copied into each sheet's `targets` (same shape, so the same formula there). */
export interface FormulaCopy {
  source: CellRef & { sheet: string };
  /** The source's formula (without `=`). */
  formula: string;
  targets: { sheet: string; cells: CellRef[] }[];
}

export interface FormulaCopies {
  copies: FormulaCopy[];
  /** Per sheet, the keys (`cellKey`) of the cells a copy fills: the write leaves them out. */
  copied: Map<string, Set<string>>;
}

/** Characters one more target adds to an address list (`,Z123`), with room for a range's colon. */
const ADDRESS_CHARS_PER_TARGET = 8;

/**
 * Which owned cells get their formula by a copy: those sharing a shape with another cell of the
 * workbook (a copy into another sheet keeps its references on that sheet, as a pasted formula
 * does), where the formula's text outweighs the copy's request (an operation per sheet and the
 * addresses). Short formulas and formulas without a shape are written as they are.
 */
export function formulaCopies(sheets: readonly SheetCells[]): FormulaCopies {
  const shaped: { sheet: string; cell: OwnedCell; shape: string }[] = [];
  for (const { sheet, cells } of sheets) {
    for (const cell of cells) {
      const shape = cell.formula === undefined ? null : formulaShape(cell.formula, cell.row, cell.col);
      if (shape !== null) shaped.push({ sheet, cell, shape });
    }
  }
  const copies: FormulaCopy[] = [];
  const copied = new Map<string, Set<string>>();
  for (const group of groupBy(shaped, (s) => s.shape).values()) {
    const [first, ...rest] = group;
    if (!first || rest.length === 0) continue;
    const bySheet = groupBy(rest, (r) => r.sheet);
    const saved = rest.length * (first.cell.formula?.length ?? 0);
    const cost = OP_OVERHEAD_BYTES * 2 * bySheet.size + rest.length * ADDRESS_CHARS_PER_TARGET;
    if (saved <= cost) continue;
    copies.push({
      source: { sheet: first.sheet, row: first.cell.row, col: first.cell.col },
      formula: first.cell.formula ?? '',
      targets: [...bySheet].map(([sheet, list]) => ({ sheet, cells: list.map(({ cell }) => ({ row: cell.row, col: cell.col })) })),
    });
    for (const { sheet, cell } of rest) {
      const keys = copied.get(sheet) ?? new Set<string>();
      keys.add(cellKey(cell.row, cell.col));
      copied.set(sheet, keys);
    }
  }
  return { copies, copied };
}
