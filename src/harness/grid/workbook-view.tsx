import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { areaContains, cellArea } from '../../excel/a1';
import { cellKey, type FakeExcel, type FakeSheet } from '../fake-excel';
import { FormulaBar } from './formula-bar';
import { editText } from './grid-cell-view';
import { step } from './grid-layout';
import { SheetGrid, useScrollToSelection, type Editing } from './sheet-grid';
import { SheetTabs } from './sheet-tabs';
import { useFakeVersion } from './use-fake-version';

/** The notes of one sheet, and the threaded comments the add-in falls back to, by `row,col`. */
function notesOf(fake: FakeExcel, sheet: FakeSheet): Map<string, string> {
  const notes = new Map(sheet.notes);
  for (const c of fake.comments) if (c.sheetId === sheet.id) notes.set(cellKey(c.row, c.col), c.content);
  return notes;
}

/**
 * The workbook as a person sees it in Excel: tabs, name box and formula bar, the active sheet's
 * grid. Clicks select, double-click, Enter, F2 or typing edits, Delete empties; every edit goes
 * through `fake.userEdit`, so the pane sees it as a person's change.
 */
export function WorkbookView({ fake }: { fake: FakeExcel }) {
  useFakeVersion(fake);
  const [editing, setEditing] = useState<Editing | null>(null);
  const editingRef = useRef<Editing | null>(null);
  const edit = useCallback((next: Editing | null) => {
    editingRef.current = next;
    setEditing(next);
  }, []);
  const gridRef = useRef<HTMLDivElement>(null);
  const sheet = fake.activeSheetState();
  const selection = fake.selection;
  useScrollToSelection(gridRef, selection?.sheet ?? '', selection?.area ?? cellArea({ row: 1, col: 1 }));

  const select = useCallback((row: number, col: number) => {
    if (!sheet) return;
    const merge = sheet.merges.find((m) => areaContains(m, row, col));
    fake.userSelect(sheet.name, merge ?? cellArea({ row, col }));
  }, [fake, sheet]);

  const startEdit = useCallback((row: number, col: number, draft?: string) => {
    if (!sheet) return;
    const merge = sheet.merges.find((m) => areaContains(m, row, col));
    const at = merge ? { row: merge.top, col: merge.left } : { row, col };
    const cell = fake.cell(sheet.name, at.row, at.col);
    edit({ ...at, draft: draft ?? editText(cell, fake.displayText(sheet.name, at.row, at.col)) });
  }, [fake, sheet, edit]);

  // Blur follows Enter when focus goes back to the grid: the ref makes the second commit a no-op.
  const finish = useCallback((commit: boolean, move?: string) => {
    const current = editingRef.current;
    if (!current || !sheet) return;
    edit(null);
    if (commit) fake.userEdit(sheet.name, current.row, current.col, current.draft);
    const next = move ? step(current.row, current.col, move) : null;
    if (next) fake.userSelect(sheet.name, cellArea(next));
    gridRef.current?.focus();
  }, [fake, sheet, edit]);

  const onEditKey = useCallback((e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') finish(true, 'ArrowDown');
    else if (e.key === 'Tab') finish(true, 'ArrowRight');
    else if (e.key === 'Escape') finish(false);
    else return;
    e.preventDefault();
  }, [finish]);

  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing || !sheet || !selection) return;
    const { top: row, left: col } = selection.area;
    const next = step(row, col, e.key);
    if (next) select(next.row, next.col);
    else if (e.key === 'Enter' || e.key === 'F2') startEdit(row, col);
    else if (e.key === 'Delete' || e.key === 'Backspace') fake.userEdit(sheet.name, row, col, '');
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) startEdit(row, col, e.key);
    else return;
    e.preventDefault();
  };

  if (!sheet || !selection) return <p className="load-error">工作簿中没有可见的工作表。No visible sheet.</p>;
  const { top, left } = selection.area;
  return (
    <>
      <SheetTabs fake={fake} active={sheet.name} />
      <FormulaBar row={top} col={left} cell={fake.cell(sheet.name, top, left)} text={fake.displayText(sheet.name, top, left)} />
      <div className="grid-scroll" ref={gridRef} tabIndex={0} onKeyDown={onGridKey} data-testid="grid">
        <SheetGrid
          fake={fake}
          sheet={sheet}
          selection={selection.area}
          editing={editing}
          notes={notesOf(fake, sheet)}
          onSelect={select}
          onStartEdit={startEdit}
          onDraft={(draft) => edit(editing ? { ...editing, draft } : null)}
          onEditKey={onEditKey}
          onCommit={() => finish(true)}
        />
      </div>
    </>
  );
}
