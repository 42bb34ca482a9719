import { memo, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { cellAddress, columnLetters } from '../../core/address';
import type { Area } from '../../core/snapshot';
import { cellKey, STANDARD_WIDTH_POINTS, type FakeCell, type FakeExcel, type FakeSheet } from '../fake-excel';
import { cellClass, cellFill, cellStyle } from './grid-cell-view';
import { gridLayout, type GridLayout } from './grid-layout';

export interface Editing {
  row: number;
  col: number;
  draft: string;
}

interface SheetGridProps {
  fake: FakeExcel;
  sheet: FakeSheet;
  selection: Area;
  editing: Editing | null;
  notes: ReadonlyMap<string, string>;
  onSelect(row: number, col: number): void;
  onStartEdit(row: number, col: number): void;
  onDraft(draft: string): void;
  onEditKey(e: KeyboardEvent<HTMLInputElement>): void;
  onCommit(): void;
}

const pointsToPixels = (points: number): number => Math.round((points * 4) / 3);

interface RowProps {
  fake: FakeExcel;
  sheet: FakeSheet;
  row: number;
  layout: GridLayout;
  cells: readonly (FakeCell | undefined)[];
  /** Selected columns of this row, as `left-right`, or '' when none; keeps unchanged rows memoized. */
  selected: string;
  notes: readonly (string | undefined)[];
  editing: Editing | null;
  props: SheetGridProps;
}

function sameRow(a: RowProps, b: RowProps): boolean {
  return a.row === b.row && a.layout === b.layout && a.selected === b.selected && a.editing === b.editing && a.sheet === b.sheet &&
    a.cells.every((c, i) => c === b.cells[i]) && a.notes.every((n, i) => n === b.notes[i]);
}

/** One grid row; redrawn only when one of its cells, notes or selected cells changed. */
const GridRow = memo(function GridRow({ fake, sheet, row, layout, cells, selected, notes, editing, props }: RowProps) {
  const [selLeft, selRight] = selected ? selected.split('-').map(Number) : [0, -1];
  const tds = [];
  for (let col = 1; col <= layout.cols; col++) {
    const key = cellKey(row, col);
    if (layout.covered.has(key)) continue;
    const span = layout.spans.get(key);
    const cell = cells[col - 1];
    const note = notes[col - 1];
    const address = cellAddress(row, col);
    const isEditing = editing !== null && editing.row === row && editing.col === col;
    tds.push(
      <td
        key={col}
        data-cell={address}
        data-fill={cellFill(cell)}
        data-note={note}
        title={note}
        rowSpan={span?.rowSpan}
        colSpan={span?.colSpan}
        className={cellClass(cell)}
        style={cellStyle(cell)}
        aria-selected={col >= (selLeft ?? 0) && col <= (selRight ?? -1)}
        onMouseDown={() => props.onSelect(row, col)}
        onDoubleClick={() => props.onStartEdit(row, col)}
      >
        {isEditing ? (
          <input
            aria-label={`编辑 ${address}`}
            value={editing.draft}
            autoFocus
            onChange={(e) => props.onDraft(e.target.value)}
            onKeyDown={props.onEditKey}
            onBlur={props.onCommit}
          />
        ) : cell ? (
          fake.displayText(sheet.name, row, col)
        ) : null}
      </td>,
    );
  }
  return (
    <tr>
      <th scope="row">{row}</th>
      {tds}
    </tr>
  );
}, sameRow);

/** The active sheet as Excel draws it: column letters, row numbers, merged areas, fills, notes, the selection. */
export function SheetGrid(props: SheetGridProps) {
  const { fake, sheet, selection, editing, notes } = props;
  const layout = useLayout(fake, sheet);
  const rows = [];
  for (let row = 1; row <= layout.rows; row++) {
    const cells: (FakeCell | undefined)[] = [];
    const rowNotes: (string | undefined)[] = [];
    for (let col = 1; col <= layout.cols; col++) {
      cells.push(sheet.cells.get(cellKey(row, col)));
      rowNotes.push(notes.get(cellKey(row, col)));
    }
    const selected = row >= selection.top && row <= selection.bottom ? `${selection.left}-${selection.right}` : '';
    const rowEditing = editing?.row === row ? editing : null;
    rows.push(<GridRow key={row} fake={fake} sheet={sheet} row={row} layout={layout} cells={cells} selected={selected} notes={rowNotes} editing={rowEditing} props={props} />);
  }
  const widths = [];
  for (let col = 1; col <= layout.cols; col++) widths.push(<col key={col} style={{ width: pointsToPixels(sheet.widths.get(col) ?? STANDARD_WIDTH_POINTS) }} />);
  const headers = [];
  for (let col = 1; col <= layout.cols; col++) headers.push(<th key={col} scope="col">{columnLetters(col)}</th>);

  return (
    <table className="grid" role="grid" aria-label={sheet.name} data-sheet={sheet.name} aria-multiselectable="true">
      <colgroup>
        <col style={{ width: 40 }} />
        {widths}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" aria-label="全选 Select all" />
          {headers}
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  );
}

/** The layout, recomputed only when the sheet's used area or merges change. */
function useLayout(fake: FakeExcel, sheet: FakeSheet): GridLayout {
  const cache = useRef<{ signature: string; layout: GridLayout } | null>(null);
  const used = fake.usedArea(sheet.name);
  const signature = `${sheet.id}|${JSON.stringify(used)}|${JSON.stringify(sheet.merges)}`;
  if (cache.current?.signature !== signature) cache.current = { signature, layout: gridLayout(used, sheet.merges) };
  return cache.current.layout;
}

/**
 * Scrolls the grid so the active cell shows whenever the selection moves (a finding clicked in the
 * pane). By hand rather than `scrollIntoView`, which would scroll the page and hide the tabs.
 */
export function useScrollToSelection(scroller: RefObject<HTMLElement | null>, sheet: string, selection: Area): void {
  const address = cellAddress(selection.top, selection.left);
  useEffect(() => {
    const box = scroller.current;
    const td = box?.querySelector<HTMLElement>(`table[data-sheet="${CSS.escape(sheet)}"] td[data-cell="${address}"]`);
    if (!box || !td) return;
    const header = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const rowHeader = box.querySelector('tbody th')?.getBoundingClientRect().width ?? 0;
    const view = box.getBoundingClientRect();
    const cell = td.getBoundingClientRect();
    if (cell.top < view.top + header) box.scrollTop -= view.top + header - cell.top;
    else if (cell.bottom > view.bottom) box.scrollTop += Math.min(cell.bottom - view.bottom, cell.top - view.top - header);
    if (cell.left < view.left + rowHeader) box.scrollLeft -= view.left + rowHeader - cell.left;
    else if (cell.right > view.right) box.scrollLeft += Math.min(cell.right - view.right, cell.left - view.left - rowHeader);
  }, [scroller, sheet, address]);
}
