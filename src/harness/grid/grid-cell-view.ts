/** How the harness draws one cell: class names and inline style from the fake's cell state. */
import type { CSSProperties } from 'react';
import type { FakeCell } from '../fake-excel';

export function cellClass(cell: FakeCell | undefined): string | undefined {
  if (!cell) return undefined;
  const names: string[] = [];
  if (cell.wrap) names.push('wrap');
  if (typeof cell.value === 'number') names.push('number');
  if (cell.formula !== null) names.push('formula');
  return names.length > 0 ? names.join(' ') : undefined;
}

export function cellStyle(cell: FakeCell | undefined): CSSProperties | undefined {
  if (!cell) return undefined;
  const style: CSSProperties = {};
  if (cell.fill && cell.fill.pattern !== 'None') style.backgroundColor = cell.fill.color;
  if (cell.bold) style.fontWeight = 'bold';
  if (cell.fontColor) style.color = cell.fontColor;
  if (cell.underline && cell.underline !== 'None') style.textDecoration = 'underline';
  return style;
}

/** The fill as the test reads it back (`data-fill="#FFC7CE"`). */
export function cellFill(cell: FakeCell | undefined): string | undefined {
  return cell?.fill && cell.fill.pattern !== 'None' ? cell.fill.color.toUpperCase() : undefined;
}

/** What a person starts editing from: the formula, else the entry as they would type it again. */
export function editText(cell: FakeCell, shown: string): string {
  if (cell.formula !== null) return `=${cell.formula}`;
  if (cell.value === null) return '';
  if (typeof cell.value === 'number' && /%/.test(cell.numberFormat)) return shown;
  return String(cell.value);
}
