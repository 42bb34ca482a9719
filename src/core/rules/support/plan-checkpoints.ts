import type { Table } from '../../model/table';
import type { PlanCheckpoint } from '../../model/blocks';

export interface ReadCheckpoint {
  checkpoint: PlanCheckpoint;
  /** Percent on the 0–100 scale, or null when the cell is empty or unreadable. */
  percent: number | null;
}

/** The plan's checkpoints in order, or null when the table has no plan to check. */
export function planCheckpoints(table: Table): ReadCheckpoint[] | null {
  if (!table.plan) return null;
  return table.plan.checkpoints.map((checkpoint) => ({
    checkpoint,
    percent: checkpoint.value.value.status === 'ok' ? checkpoint.value.value.percent : null,
  }));
}

export function formatPercent(p: number): string {
  return `${Math.round(p * 100) / 100}%`;
}
