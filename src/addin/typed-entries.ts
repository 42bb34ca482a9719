import type { Area } from '../core/snapshot';
import type { RecordedInput } from '../xlsx/read-inputs';

/**
 * What the user typed into a block of input cells, from the block's values and formulas as a host
 * reads them (a formula with its `=`): empty cells left out, booleans as Excel shows them.
 */
export function typedEntries(sheet: string, area: Area, values: readonly (readonly unknown[])[], formulas: readonly (readonly unknown[])[]): RecordedInput[] {
  const out: RecordedInput[] = [];
  for (let r = 0; r <= area.bottom - area.top; r++) {
    for (let c = 0; c <= area.right - area.left; c++) {
      const f = formulas[r]?.[c];
      const v = values[r]?.[c];
      const formula = typeof f === 'string' && f.startsWith('=') ? f.slice(1) : undefined;
      const value = typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : v === '' || v === null || v === undefined ? null : (v as string | number);
      if (value === null && formula === undefined) continue;
      out.push({ sheet, row: area.top + r, col: area.left + c, value, ...(formula !== undefined ? { formula } : {}) });
    }
  }
  return out;
}
