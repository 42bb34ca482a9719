import type { AddinHost, CellReading, CellTarget, CellText } from '../addin/addin-host';

/** One cell a fix wrote: what it held before the fix, and the text it showed right after. */
export interface FixedCell {
  target: CellTarget;
  /** `Sheet!A1`, as the pane names cells. */
  cell: string;
  before: CellReading;
  after: string;
}

export interface UndoPlan {
  /** The previous contents to write back. */
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
 * reading the fix gets back what it held (its value, so a number is the number it was, not the
 * text it showed); any other text is the user's since, and stays.
 */
function restoreOf(cell: FixedCell): CellText {
  const { text, value } = cell.before;
  return value === null ? { target: cell.target, text: '', value: '' } : { target: cell.target, text, value };
}

export function planUndo(fixed: readonly FixedCell[], now: readonly string[]): UndoPlan {
  const plan: UndoPlan = { restore: [], kept: [] };
  fixed.forEach((cell, i) => {
    if (now[i] === cell.after) plan.restore.push(restoreOf(cell));
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
  host: Pick<AddinHost, 'readCells'>,
  written: readonly { target: CellTarget; cell: string; before: CellReading }[],
): Promise<FixedCell[]> {
  const after = await host.readCells(written.map((w) => w.target));
  return written.map((w, i) => ({ ...w, after: after[i]?.text ?? '' }));
}

/** 撤销: reads the fixed cells first, writes back what those still as the fix left them held before. */
export async function undoFixes(host: Pick<AddinHost, 'readCells' | 'writeTexts'>, fixed: readonly FixedCell[]): Promise<UndoResult> {
  const plan = planUndo(fixed, (await host.readCells(fixed.map((f) => f.target))).map((c) => c.text));
  if (plan.restore.length > 0) await host.writeTexts(plan.restore);
  const kept = new Set(plan.kept);
  return { restored: fixed.filter((f) => !kept.has(f)), kept: plan.kept };
}
