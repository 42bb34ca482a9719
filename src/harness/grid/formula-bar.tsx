import { cellAddress } from '../../core/address';
import type { FakeCell } from '../fake-excel';

interface FormulaBarProps {
  row: number;
  col: number;
  cell: FakeCell;
  text: string;
}

/** Excel's name box and formula bar for the active cell: its formula, else what it shows. */
export function FormulaBar({ row, col, cell, text }: FormulaBarProps) {
  return (
    <div className="formula-bar">
      <output aria-label="名称框 Name box" data-testid="name-box">{cellAddress(row, col)}</output>
      <output aria-label="编辑栏 Formula bar" data-testid="formula-bar">{cell.formula !== null ? `=${cell.formula}` : text}</output>
    </div>
  );
}
