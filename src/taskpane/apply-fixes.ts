import type { AddinHost, CellReading, CellText } from '../addin/addin-host';
import { findingCellKey, findingTarget, type ReportFinding } from './finding-target';
import { recordFixedCells, type FixedCell } from './fix-undo';

/** Texts of the cells that carry a suggestion, keyed `Sheet!A1`, as they read right after a check. */
export type CheckedTexts = ReadonlyMap<string, string>;

export interface FixResult {
  applied: ReportFinding[];
  /** The cell no longer reads as it did when checked, so the finding may not hold: left alone. */
  changed: ReportFinding[];
  /** The cell already reads the suggestion. */
  already: ReportFinding[];
  /** The cells written, with their texts before and after, for 撤销. */
  fixed: FixedCell[];
}

type Fixable = ReportFinding & { suggestion: string };

function fixable(findings: readonly ReportFinding[]): Fixable[] {
  return findings.filter((f): f is Fixable => f.suggestion !== undefined);
}

const EMPTY: CellReading = { text: '', value: null };

/** What each fixable finding's cell holds now, keyed `Sheet!A1`, in one read however many cells. */
async function readNow(host: Pick<AddinHost, 'readCells'>, findings: readonly Fixable[]): Promise<Map<string, CellReading>> {
  const cells = new Map(findings.map((f) => [findingCellKey(f), findingTarget(f)]));
  const read = await host.readCells([...cells.values()]);
  return new Map([...cells.keys()].map((key, i) => [key, read[i] ?? EMPTY]));
}

/**
 * Reads what each fixable cell says now, so a later 应用建议 can tell whether the user has changed
 * the cell since. When the cells cannot be read (a sheet deleted since the check) none is known.
 */
export async function readCheckedTexts(host: Pick<AddinHost, 'readCells'>, findings: readonly ReportFinding[]): Promise<CheckedTexts> {
  try {
    return new Map([...(await readNow(host, fixable(findings)))].map(([key, cell]) => [key, cell.text]));
  } catch {
    return new Map();
  }
}

/**
 * Writes each finding's suggestion into its cell unless the cell changed since the check or already
 * reads the suggestion: one read and one write for them all, and one read back for 撤销. A cell two findings suggest for gets
 * the first suggestion; the second then counts as changed (or already, when it suggests the same).
 * Host errors propagate: a protected sheet fails them all.
 */
export async function applyFixes(
  host: Pick<AddinHost, 'readCells' | 'writeTexts'>,
  findings: readonly ReportFinding[],
  checkedTexts: CheckedTexts,
): Promise<FixResult> {
  const todo = fixable(findings);
  const now = await readNow(host, todo);
  const result: Omit<FixResult, 'fixed'> = { applied: [], changed: [], already: [] };
  const writes = new Map<string, CellText>();
  for (const f of todo) {
    const key = findingCellKey(f);
    const text = writes.get(key)?.text ?? now.get(key)?.text ?? '';
    const checked = checkedTexts.get(key);
    if (text.trim() === f.suggestion.trim()) result.already.push(f);
    else if (writes.has(key) || (checked !== undefined && text !== checked)) result.changed.push(f);
    else {
      writes.set(key, { target: findingTarget(f), text: f.suggestion });
      result.applied.push(f);
    }
  }
  if (writes.size === 0) return { ...result, fixed: [] };
  await host.writeTexts([...writes.values()]);
  const written = [...writes].map(([cell, { target }]) => ({ target, cell, before: now.get(cell) ?? EMPTY }));
  return { ...result, fixed: await recordFixedCells(host, written) };
}
