import type { RowScan } from './row-scan';
import type { RowStarts } from './row-starts';

/** Blank rows a grid may hold inside it (rows left empty within the ruled form). */
const MAX_INNER_BLANK_ROWS = 2;

export interface Body {
  /** Last body row; `first - 1` when there is none. */
  lastRow: number;
  /** The 总分 / 合计 row that closes the body, when there is one. */
  totalRow: number | null;
}

/**
 * The body of a grid that starts at `first`: rows down to the next title, label, header, note or
 * signature, or to a blank row, unless a row right after the blank ones still `continues` the body
 * (holds an indicator); a total row closes it and is its last row.
 */
export function bodyEnd(
  scan: RowScan, starts: RowStarts, first: number, left: number, right: number, bottom: number,
  continues: (row: number) => boolean,
): Body {
  let last = first - 1;
  let r = first;
  while (r <= bottom) {
    // The row's first cell across the whole sheet: a label left of the grid (其他说明的问题) ends it too.
    const wide = scan.head(r, scan.sheetLeft, right);
    if (wide && (starts.isTotal(wide) || starts.stopsBody(r, wide, left, right))) {
      if (starts.isTotal(wide)) return { lastRow: last, totalRow: r };
      break;
    }
    const head = scan.head(r, left, right);
    if (head === null) {
      let next = r + 1;
      while (next <= bottom && next - r < MAX_INNER_BLANK_ROWS && scan.head(next, left, right) === null) next++;
      const nextHead = next <= bottom ? scan.head(next, left, right) : null;
      if (nextHead === null || starts.stopsBody(next, nextHead, left, right) || starts.isTotal(nextHead) || !continues(next)) break;
      r = next;
      continue;
    }
    last = r;
    r++;
  }
  return { lastRow: last, totalRow: null };
}
