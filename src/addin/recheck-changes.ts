import { checkWorkbook } from '../core/engine';
import { buildWritePlan, type PreviousInput } from '../core/plan/build-write-plan';
import { planChanges, type PlanChanges } from '../core/plan/plan-changes';
import type { WritePlan } from '../core/plan/write-plan';
import type { Profile } from '../core/profile/profile-schema';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import type { CheckWritten } from './check-sequence';

/** What the host wrote last and what it was written over: the base a re-check diffs against. */
export interface WrittenCheck {
  /** The workbook as the user had it, the previous result in it. */
  checked: WorkbookSnapshot;
  /** The same without the previous result: where the plan was laid out. */
  snapshot: WorkbookSnapshot;
  plan: WritePlan;
  summarySheet: string | null;
}

/** The sheets a re-check read, and the names of all the user's sheets now, in order. */
export interface SheetsNow {
  sheets: SheetSnapshot[];
  names: string[];
}

/** The host operations a re-check of a few sheets needs. */
export interface RecheckPrimitives {
  /**
   * The named sheets as they are now (the add-in's result in them), and the workbook's sheet list:
   * a sheet deleted, renamed, added or moved raises no change event for the sheets' cells.
   */
  readSheets(names: readonly string[]): Promise<SheetsNow>;
  /** Writes changed owned cells and summary rows where they are; nothing else moves. */
  applyChanges(changes: PlanChanges, summarySheet: string | null): Promise<void>;
}

function cellOf(s: SheetSnapshot, row: number, col: number): { value: CellValue; text: string; format: string } | null {
  const r = row - s.origin.row;
  const c = col - s.origin.col;
  const value = s.values[r]?.[c];
  return value === undefined ? null : { value, text: s.text[r]?.[c] ?? '', format: s.formats[r]?.[c] ?? 'General' };
}

/** `fresh` with the plan's owned cells as they were before the previous result (from `cleared`). */
function withoutResult(fresh: SheetSnapshot, cleared: SheetSnapshot | undefined, plan: WritePlan): SheetSnapshot {
  const ops = plan.sheets.find((s) => s.sheet === fresh.name);
  if (!ops) return fresh;
  const values = fresh.values.map((row) => [...row]);
  const text = fresh.text.map((row) => [...row]);
  const formats = fresh.formats.map((row) => [...row]);
  for (const c of ops.cells) {
    const r = c.row - fresh.origin.row;
    const col = c.col - fresh.origin.col;
    if (values[r]?.[col] === undefined) continue;
    const before = cleared ? cellOf(cleared, c.row, c.col) : null;
    (values[r] as CellValue[])[col] = before?.value ?? null;
    (text[r] as string[])[col] = before?.text ?? '';
    (formats[r] as string[])[col] = before?.format ?? 'General';
  }
  return { ...fresh, values, text, formats };
}

/** What the plan carried into its input cells on the sheets not read again: they hold it still. */
function plannedInputs(plan: WritePlan, skip: ReadonlySet<string>): PreviousInput[] {
  return plan.sheets.filter((s) => !skip.has(s.sheet)).flatMap((s) => s.cells
    .filter((c) => c.input && (c.value !== null || c.formula !== undefined))
    .map((c) => ({ sheet: s.sheet, row: c.row, col: c.col, value: c.value, ...(c.formula === undefined ? {} : { formula: c.formula }) })));
}

/** What the user has typed into the plan's input cells of the fresh sheets. */
function typedInputs(fresh: readonly SheetSnapshot[], plan: WritePlan): PreviousInput[] {
  const inputs: PreviousInput[] = [];
  for (const s of fresh) {
    for (const c of plan.sheets.find((o) => o.sheet === s.name)?.cells ?? []) {
      if (!c.input) continue;
      const value = cellOf(s, c.row, c.col)?.value ?? null;
      if (value !== null && value !== '') inputs.push({ sheet: s.name, row: c.row, col: c.col, value: typeof value === 'boolean' ? String(value) : value });
    }
  }
  return inputs;
}

function replaced(base: WorkbookSnapshot, sheets: readonly SheetSnapshot[]): WorkbookSnapshot {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  return { ...base, sheets: base.sheets.map((s) => byName.get(s.name) ?? s) };
}

/** The user's sheets are the ones checked, in that order (检查汇总, which the check may have added since, aside). */
function sameSheets(names: readonly string[], last: WrittenCheck): boolean {
  const users = (list: readonly string[]) => list.filter((n) => n !== last.summarySheet).join('\u0000');
  return users(names) === users(last.checked.sheets.map((s) => s.name));
}

/**
 * Re-checks after the user changed the named sheets: reads those sheets alone, checks the workbook
 * in memory, plans the result as a whole check would and, when the new plan keeps every position of
 * the last one, writes only what changed. Null, with nothing written, when it does not (a finding
 * came or went, the sheets are not the ones checked, or not in that order): the caller runs the
 * whole check then.
 */
export async function recheckChanges(
  host: RecheckPrimitives, last: WrittenCheck, sheets: readonly string[], profile: Profile,
): Promise<{ written: CheckWritten; next: WrittenCheck } | null> {
  const known = new Set(last.checked.sheets.map((s) => s.name));
  if (sheets.some((name) => !known.has(name))) return null;
  const now = await host.readSheets(sheets);
  const fresh = now.sheets;
  if (fresh.length !== sheets.length || !sameSheets(now.names, last)) return null;
  const checked = replaced(last.checked, fresh);
  const cleared = new Map(last.snapshot.sheets.map((s) => [s.name, s]));
  const snapshot = replaced(last.snapshot, fresh.map((s) => withoutResult(s, cleared.get(s.name), last.plan)));
  const inputs = [...plannedInputs(last.plan, new Set(sheets)), ...typedInputs(fresh, last.plan)];
  const result = checkWorkbook(checked, profile);
  const plan = buildWritePlan(snapshot, result, inputs, profile);
  const changes = planChanges(last.plan, plan);
  if (changes === null) return null;
  if (changes.sheets.length > 0 || changes.summaryRows.length > 0) await host.applyChanges(changes, last.summarySheet);
  return {
    written: { checked, snapshot, inputs, result, plan, summarySheet: last.summarySheet },
    next: { checked, snapshot, plan, summarySheet: last.summarySheet },
  };
}
