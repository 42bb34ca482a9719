/**
 * The columns a previous check wrote beside a table (vocabulary/owned-labels.ts): a header row of
 * 实际完成值 | 得分 (or 等级) | 检查结果, 核算得分 | 检查结果, or 检查结果 alone, and the totals block in the
 * rows above. Only `检查结果` is the add-in's own word (a self-evaluation prints 实际完成值 and 得分
 * itself), so a header group counts as the add-in's only when it ends in 检查结果.
 */
import type { SheetGrid } from './sheet-grid';
import { OWNED_HEADER, TOTAL_LABEL } from '../vocabulary';

export interface OwnedHeader {
  row: number;
  /** First owned column (the 实际完成值 or 核算得分 one, else 检查结果 itself). */
  left: number;
  right: number;
  /** The input column the user types actual values into, when the group has one. */
  actualCol: number | null;
}

/** Rows above an owned header the totals block may take (全年执行数 … 等级). */
const TOTALS_ROWS = Object.keys(TOTAL_LABEL).length;

export class OwnedRegions {
  readonly headers: OwnedHeader[];

  constructor(grid: SheetGrid) {
    this.headers = [];
    for (let row = grid.top; row <= grid.bottom; row++) {
      for (let col = grid.left; col <= grid.right; col++) {
        const text = grid.text(row, col);
        // The add-in writes the header itself, exactly: a cheap test first, on every cell of the sheet.
        if (text.length > 8 || !text.includes(OWNED_HEADER.result) || grid.label(row, col) !== OWNED_HEADER.result) continue;
        const left1 = grid.label(row, col - 1);
        const left2 = grid.label(row, col - 2);
        if (left2 === OWNED_HEADER.actual && (left1 === OWNED_HEADER.score || left1 === OWNED_HEADER.grade)) {
          this.headers.push({ row, left: col - 2, right: col, actualCol: col - 2 });
        } else if (left1 === OWNED_HEADER.checkedScore) {
          this.headers.push({ row, left: col - 1, right: col, actualCol: null });
        } else {
          this.headers.push({ row, left: col, right: col, actualCol: null });
        }
      }
    }
  }

  /** The owned header group whose region holds (row, col): its columns, from its totals block down. */
  at(row: number, col: number): OwnedHeader | undefined {
    let best: OwnedHeader | undefined;
    for (const h of this.headers) {
      if (col < h.left || col > h.right || row < h.row - TOTALS_ROWS) continue;
      if (!best || h.row > best.row) best = h;
    }
    return best;
  }

  covers(row: number, col: number): boolean {
    return this.headers.length > 0 && this.at(row, col) !== undefined;
  }

  /** The owned header written for the grid headed at `row`, right of `right`. */
  forHeader(row: number, right: number): OwnedHeader | undefined {
    return this.headers.find((h) => h.row === row && h.left > right);
  }
}
