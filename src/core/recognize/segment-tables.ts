/**
 * Where tables begin and end in a sheet. A table begins at its title, or at its first identity
 * label (项目名称, 项目编码, 部门（单位）名称) when it has no title; a second 项目名称, or one after a grid,
 * begins the next table. It ends at the last row of the form itself: a total row and the form's
 * own closing blocks are inside; a note line (`注：…`) or a signature line (`填报人：…`) under the form,
 * a blank gap, or the next table's start are not.
 */
import type { SheetGrid } from './sheet-grid';
import type { Hit, SheetCells } from './classify-cells';
import type { RowScan } from './row-scan';
import type { SheetBlocks } from './sheet-blocks';
import type { FieldKey, TitleKind } from '../vocabulary';

const IDENTITY: ReadonlySet<FieldKey> = new Set(['name', 'code', 'unitName']);
/** Blank rows a form may hold between its parts (a title one blank row above the form). */
const MAX_GAP = 2;

export interface Segment {
  top: number;
  /** Last row that may belong to the table: the row before the next table's start. */
  limit: number;
  titles: Hit<TitleKind>[];
}

export function segmentSheet(grid: SheetGrid, cells: SheetCells, blocks: SheetBlocks): Segment[] {
  const blockTops = [
    ...blocks.indicator.map((b) => b.area.top), ...blocks.funds.map((b) => b.area.top), ...blocks.tasks.map((b) => b.area.top),
    ...blocks.schedule.map((b) => b.area.top), ...blocks.parts.map((b) => b.area.top),
  ].sort((a, b) => a - b);
  const blockBetween = (from: number, to: number) => blockTops.some((t) => t >= from && t < to);
  type Anchor = { row: number; col: number; title?: Hit<TitleKind>; identity?: FieldKey; department?: boolean };
  const anchors: Anchor[] = [
    ...cells.titles.filter((t) => !blocks.occupied(t.row, t.col)).map((t) => ({ row: t.row, col: t.col, title: t })),
    ...cells.fields.filter((f) => IDENTITY.has(f.key) && !blocks.occupied(f.row, f.col)).map((f) => ({ row: f.row, col: f.col, identity: f.key })),
    ...blocks.department.map((d) => ({ row: d.area.top, col: d.area.left, department: true })),
  ].sort((a, b) => a.row - b.row || a.col - b.col);

  const segments: (Segment & { identities: Set<FieldKey>; last: number; department: boolean })[] = [];
  for (const a of anchors) {
    const cur = segments[segments.length - 1];
    if (a.title) {
      // A title right under another (a second title line) is the same table's.
      if (cur && cur.identities.size === 0 && !cur.department && a.row - cur.last <= 1 && !blockBetween(cur.top, a.row)) {
        cur.titles.push(a.title);
        cur.last = a.row;
        continue;
      }
      segments.push({ top: a.row, limit: grid.bottom, titles: [a.title], identities: new Set(), last: a.row, department: false });
      continue;
    }
    if (a.department) {
      if (cur && !cur.department && cur.identities.size === 0 && a.row - cur.last <= 3) {
        cur.department = true;
        continue;
      }
      segments.push({ top: a.row, limit: grid.bottom, titles: [], identities: new Set(), last: a.row, department: true });
      continue;
    }
    const key = a.identity as FieldKey;
    if (cur && !cur.identities.has(key) && !blockBetween(cur.top, a.row) && !cur.department) {
      cur.identities.add(key);
      cur.last = a.row;
      continue;
    }
    segments.push({ top: a.row, limit: grid.bottom, titles: [], identities: new Set([key]), last: a.row, department: false });
  }
  for (let i = 0; i < segments.length - 1; i++) (segments[i] as Segment).limit = (segments[i + 1] as Segment).top - 1;
  return segments.map(({ top, limit, titles }) => ({ top, limit, titles }));
}

/**
 * The last row of a form that starts at `top`: rows down to `limit`, across blank gaps of up to
 * MAX_GAP rows when the form goes on after them (a label, a grid, a stamp line), and never into a
 * note or a signature line.
 */
/** Rows a form may go on in after a blank gap, and the cells that end it: worked out once per sheet. */
export interface FormLines {
  stops: ReadonlySet<string>;
  goesOn: ReadonlySet<number>;
}

export function formLines(cells: SheetCells): FormLines {
  const stops = new Set([...cells.notes, ...cells.signatures].map((p) => `${p.row},${p.col}`));
  const goesOn = new Set<number>();
  for (const f of cells.fields) goesOn.add(f.row);
  for (const s of cells.stamps) goesOn.add(s.row);
  for (const t of cells.totals) goesOn.add(t.row);
  return { stops, goesOn };
}

export function formBottom(
  grid: SheetGrid, cells: SheetCells, lines: FormLines, blocks: SheetBlocks, scan: RowScan, top: number, limit: number, left: number, right: number,
): number {
  const { stops, goesOn } = lines;
  let last = top;
  let r = top;
  while (r <= limit) {
    const head = scan.head(r, left, right);
    if (head === null) {
      let next = r + 1;
      while (next <= limit && next - r <= MAX_GAP && scan.head(next, left, right) === null) next++;
      const nextHead = next <= limit ? scan.head(next, left, right) : null;
      if (nextHead === null || next - r > MAX_GAP || stops.has(`${nextHead.row},${nextHead.col}`)) break;
      if (!goesOn.has(next) && !blocks.occupied(next, nextHead.col)) break;
      r = next;
      continue;
    }
    // A line under a label merged down beside it (审核意见 over 审核人：… 日期：…) is that block's, inside.
    const beside = grid.extent(r, left);
    const underLabel = beside.top < r && cells.isLabel(beside.top, beside.left);
    if (stops.has(`${head.row},${head.col}`) && !underLabel) break;
    last = Math.max(last, r);
    r++;
  }
  return last;
}
