import type { AddinHost, CellTarget, CellText } from '../addin/addin-host';

/** One cell a fix wrote: its text before the fix, and as it read right after. */
export interface FixedCell {
  target: CellTarget;
  /** `Sheet!A1`, as the pane names cells. */
  cell: string;
  before: string;
  after: string;
}

export interface UndoPlan {
  /** The previous texts to write back. */
  restore: CellText[];
  /** Cells that no longer read what the fix wrote: the user changed them since, so they stay. */
  kept: FixedCell[];
}

export interface UndoResult {
  restored: FixedCell[];
  kept: FixedCell[];
}

/**
 * What 撤销 may write, given what the fixed cells read now (in the order of `fixed`): a cell still
 * reading the fix gets its previous text back; any other text is the user's since, and stays.
 */
export function planUndo(fixed: readonly FixedCell[], now: readonly string[]): UndoPlan {
  const plan: UndoPlan = { restore: [], kept: [] };
  fixed.forEach((cell, i) => {
    if (now[i] === cell.after) plan.restore.push({ target: cell.target, text: cell.before });
    else plan.kept.push(cell);
  });
  return plan;
}

/**
 * The written cells with their texts before and after, read back once the fix is in: the text a
 * cell shows may differ from the text written (a percentage stored as a number), and the undo
 * compares against what it shows.
 */
export async function recordFixedCells(
  host: Pick<AddinHost, 'readTexts'>,
  written: readonly { target: CellTarget; cell: string; before: string }[],
): Promise<FixedCell[]> {
  const after = await host.readTexts(written.map((w) => w.target));
  return written.map((w, i) => ({ ...w, after: after[i] ?? '' }));
}

/** 撤销: reads the fixed cells first, writes back the previous texts of those still as the fix left them. */
export async function undoFixes(host: Pick<AddinHost, 'readTexts' | 'writeTexts'>, fixed: readonly FixedCell[]): Promise<UndoResult> {
  const plan = planUndo(fixed, await host.readTexts(fixed.map((f) => f.target)));
  if (plan.restore.length > 0) await host.writeTexts(plan.restore);
  const kept = new Set(plan.kept);
  return { restored: fixed.filter((f) => !kept.has(f)), kept: plan.kept };
}
