import { parseCellAddress } from '../core/address';
import type { CellTarget } from '../addin/addin-host';
import type { Report } from '../core/report';

export type ReportFinding = Report['findings'][number];
export type ReportTable = Report['tables'][number];

/** The cell a finding names, in the 1-based coordinates the host selects and writes by. */
export function findingTarget(finding: Pick<ReportFinding, 'sheet' | 'cell'>): CellTarget {
  return { sheet: finding.sheet, ...parseCellAddress(finding.cell) };
}

/** `Sheet!A1`: how the pane names a finding's cell (and keys texts read from it). */
export function findingCellKey(finding: Pick<ReportFinding, 'sheet' | 'cell'>): string {
  return `${finding.sheet}!${finding.cell}`;
}
