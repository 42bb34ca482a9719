import type { AddinHost } from '../addin/addin-host';
import { findingCellKey, findingTarget, type ReportFinding } from './finding-target';

/** Texts of the cells that carry a suggestion, keyed `Sheet!A1`, as they read right after a check. */
export type CheckedTexts = ReadonlyMap<string, string>;

export interface FixResult {
  applied: ReportFinding[];
  /** The cell no longer reads as it did when checked, so the finding may not hold: left alone. */
  changed: ReportFinding[];
  /** The cell already reads the suggestion. */
  already: ReportFinding[];
}

/**
 * Reads what each fixable cell says now, so a later 应用建议 can tell whether the user has changed
 * the cell since. A cell that cannot be read is left out.
 */
export async function readCheckedTexts(host: Pick<AddinHost, 'readText'>, findings: readonly ReportFinding[]): Promise<CheckedTexts> {
  const keys = new Map(findings.filter((f) => f.suggestion !== undefined).map((f) => [findingCellKey(f), f]));
  const texts = await Promise.all(
    [...keys].map(async ([key, f]) => {
      try {
        return [[key, await host.readText(findingTarget(f))] as const];
      } catch {
        return [];
      }
    }),
  );
  return new Map(texts.flat());
}

/**
 * Writes each finding's suggestion into its cell, one cell at a time, unless the cell changed since
 * the check or already reads the suggestion. Host errors propagate: a protected sheet fails them all.
 */
export async function applyFixes(
  host: Pick<AddinHost, 'readText' | 'writeText'>,
  findings: readonly ReportFinding[],
  checkedTexts: CheckedTexts,
): Promise<FixResult> {
  const result: FixResult = { applied: [], changed: [], already: [] };
  for (const f of findings) {
    if (f.suggestion === undefined) continue;
    const target = findingTarget(f);
    const now = await host.readText(target);
    const checked = checkedTexts.get(findingCellKey(f));
    if (now.trim() === f.suggestion.trim()) result.already.push(f);
    else if (checked !== undefined && now !== checked) result.changed.push(f);
    else {
      await host.writeText(target, f.suggestion);
      result.applied.push(f);
    }
  }
  return result;
}
