import type { Area, CellValue, SheetSnapshot } from '../snapshot';
import { isBlankText, normalizeLabel } from '../text';

export interface CellPos {
  row: number;
  col: number;
}

/** Merges larger than this are looked up by scanning instead of being indexed cell by cell. */
const INDEXED_MERGE_CELLS = 4096;
const COL_FACTOR = 20_000;

/**
 * Read access to a snapshot in sheet coordinates, with merged areas resolved: a merged area's
 * content lives in its top-left cell and every other cell of it is "covered".
 */
export class SheetGrid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly snap: SheetSnapshot;
  private readonly mergeIndex = new Map<number, Area>();
  private readonly bigMerges: Area[] = [];
  private readonly labelCache = new Map<number, string>();

  constructor(snap: SheetSnapshot) {
    this.snap = snap;
    this.name = snap.name;
    this.top = snap.origin.row;
    this.left = snap.origin.col;
    const width = snap.values.reduce((w, r) => Math.max(w, r.length), 0);
    let bottom = this.top + snap.values.length - 1;
    let right = this.left + width - 1;
    for (const m of snap.merges) {
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > INDEXED_MERGE_CELLS) {
        this.bigMerges.push(m);
        continue;
      }
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.mergeIndex.set(r * COL_FACTOR + c, m);
      }
    }
    this.bottom = bottom;
    this.right = right;
  }

  get isEmpty(): boolean {
    return this.bottom < this.top || this.right < this.left;
  }

  raw(row: number, col: number): CellValue {
    return this.snap.values[row - this.top]?.[col - this.left] ?? null;
  }

  text(row: number, col: number): string {
    const t = this.snap.text[row - this.top]?.[col - this.left];
    if (t !== undefined && t !== '') return t;
    const v = this.raw(row, col);
    return v === null ? '' : String(v);
  }

  format(row: number, col: number): string {
    return this.snap.formats[row - this.top]?.[col - this.left] ?? '';
  }

  isBlank(row: number, col: number): boolean {
    return isBlankText(this.text(row, col));
  }

  /** The label identity of a cell's text (see normalizeLabel), cached because scans ask often. */
  label(row: number, col: number): string {
    const key = row * COL_FACTOR + col;
    let l = this.labelCache.get(key);
    if (l === undefined) {
      const t = this.text(row, col);
      l = t.length > 60 ? '' : normalizeLabel(t);
      this.labelCache.set(key, l);
    }
    return l;
  }

  mergeAt(row: number, col: number): Area | undefined {
    const m = this.mergeIndex.get(row * COL_FACTOR + col);
    if (m) return m;
    if (this.bigMerges.length === 0) return undefined;
    return this.bigMerges.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
  }

  /** The cell that holds the content shown at (row, col). */
  master(row: number, col: number): CellPos {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /**
   * The master of a cell when it lies inside `area`; else the cell itself, so that nothing read for
   * a table points outside it even when a stray merge reaches in from elsewhere.
   */
  masterWithin(area: Area, row: number, col: number): CellPos {
    const m = this.master(row, col);
    const inside = m.row >= area.top && m.row <= area.bottom && m.col >= area.left && m.col <= area.right;
    return inside ? m : { row, col };
  }

  /** The area a cell occupies on screen: its merge, or itself. */
  extent(row: number, col: number): Area {
    return this.mergeAt(row, col) ?? { top: row, left: col, bottom: row, right: col };
  }

  isMaster(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !m || (m.top === row && m.left === col);
  }

  /** Cells that start in this row between two columns, each merged area once (by its master). */
  rowCells(row: number, from: number, to: number): CellPos[] {
    const out: CellPos[] = [];
    let c = Math.max(from, this.left);
    const end = Math.min(to, this.right);
    while (c <= end) {
      const m = this.mergeAt(row, c);
      if (m) {
        if (m.top === row) out.push({ row: m.top, col: m.left });
        c = m.right + 1;
      } else {
        out.push({ row, col: c });
        c++;
      }
    }
    return out;
  }

  /** True when no cell of the row between the columns shows anything. */
  isRowBlank(row: number, from: number, to: number): boolean {
    for (let c = Math.max(from, this.left); c <= Math.min(to, this.right); c++) {
      const p = this.master(row, c);
      if (!this.isBlank(p.row, p.col)) return false;
    }
    return true;
  }
}
