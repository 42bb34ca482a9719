import { SEVERITY_ORDER, type Finding } from '../finding';
import type { Flag } from './write-plan';
import { noteLine } from './finding-text';

/** One flag per flagged cell: the most severe finding's colour, every finding in the note. */
export function flagFindings(findings: Finding[]): Map<string, Flag[]> {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.row}\u0000${f.col}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  const bySheet = new Map<string, Flag[]>();
  for (const group of byCell.values()) {
    const sorted = [...group].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const first = sorted[0] as Finding;
    const flag: Flag = { row: first.row, col: first.col, severity: first.severity, note: sorted.map(noteLine).join('\n') };
    bySheet.set(first.sheet, [...(bySheet.get(first.sheet) ?? []), flag]);
  }
  return bySheet;
}
