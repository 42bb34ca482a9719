/**
 * A cell that should hold a number of points or an amount as printed: 分值, 得分 (`10`, `10分`,
 * `8.5`, and `10%` where a form writes weights as percentages of 100). Null when it holds none.
 */
import type { CellValue } from '../snapshot';
import { compactText } from '../text';
import { NUMBER_SOURCE, toNumber } from './quantity';

const POINTS = new RegExp(`^(${NUMBER_SOURCE})(?:分|%)?$`, 'u');

export function parseNumberCell(raw: CellValue, text: string): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const m = POINTS.exec(compactText(typeof raw === 'string' ? raw : text));
  return m ? toNumber(m[1] ?? '') : null;
}
