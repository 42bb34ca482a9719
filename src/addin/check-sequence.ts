import { checkWorkbook, type CheckResult } from '../core/engine';
import { buildWritePlan, type PreviousInput } from '../core/plan/build-write-plan';
import { keptInputCells, plansInputsAt, withoutCells, type KeptInputs } from '../core/plan/kept-inputs';
import type { WritePlan } from '../core/plan/write-plan';
import type { Profile } from '../core/profile/profile-schema';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { CheckProgress } from './addin-host';

/** What clearing the previous result gave back. */
export interface ClearedResult {
  /** False when the workbook held no previous result. */
  cleared: boolean;
  /** What the user typed into the previous result's input cells, for the new plan to carry over. */
  inputs: PreviousInput[];
}

/**
 * The workbook operations a check needs, one implementation per host (ExcelJS, Office.js, WPS).
 * `readKept` and `emptyKept` take back a 实际完成值 column an earlier clear left as the user's;
 * a host without them writes the new result beside it instead.
 */
export interface CheckPrimitives {
  read(): Promise<WorkbookSnapshot>;
  /** Removes the previous result (its summary and record sheets may stay, emptied, for `apply` to reuse). */
  clearPrevious(): Promise<ClearedResult>;
  readKept?(kept: KeptInputs): Promise<PreviousInput[]>;
  emptyKept?(kept: KeptInputs): Promise<void>;
  /**
   * Writes the plan and its record; the summary sheet written, null when there was none. A host that
   * writes in batches reports the cells written so far after each (`onWritten`).
   */
  apply(plan: WritePlan, onWritten?: (written: number, total: number) => void | Promise<void>): Promise<{ summarySheet: string | null }>;
}

export type ProgressSink = (progress: CheckProgress) => void | Promise<void>;

/** The workbook read for a check and the engine's result, before anything new is written. */
export interface CheckedWorkbook {
  /** As the user has it: a previous result's 实际完成值 and 全年执行数 are graded from it. */
  checked: WorkbookSnapshot;
  /** Without the previous result: where the new one may be written. */
  snapshot: WorkbookSnapshot;
  inputs: PreviousInput[];
  result: CheckResult;
}

export interface CheckWritten extends CheckedWorkbook {
  plan: WritePlan;
  summarySheet: string | null;
}

/**
 * Read, clear, re-read, check: the workbook is read as it is (the recognizer keeps the add-in's
 * columns out of the tables), then with the previous result cleared, so that the new one is
 * planned on the user's own cells alone.
 */
export async function readAndCheck(host: CheckPrimitives, profile: Profile, progress: ProgressSink = () => undefined): Promise<CheckedWorkbook> {
  await progress({ stage: 'read', done: 0, total: 0 });
  const checked = await host.read();
  const sheets = checked.sheets.length;
  await progress({ stage: 'read', done: sheets, total: sheets });
  const cleared = await host.clearPrevious();
  const snapshot = cleared.cleared ? await host.read() : checked;
  await progress({ stage: 'check', done: 0, total: 0 });
  const result = checkWorkbook(checked, profile);
  await progress({ stage: 'check', done: result.tables.length, total: result.tables.length });
  return { checked, snapshot, inputs: cleared.inputs, result };
}

/**
 * The write plan; where an earlier clear kept a 实际完成值 column beside a table, the plan takes
 * it back (its entries carried over) when it places every entry where it was, else it leaves
 * those cells alone as the user's.
 */
async function planAdoptingKept(host: CheckPrimitives, read: CheckedWorkbook, profile: Profile): Promise<WritePlan> {
  const { snapshot, result, inputs } = read;
  const plain = buildWritePlan(snapshot, result, inputs, profile);
  if (!host.readKept || !host.emptyKept) return plain;
  const kept = keptInputCells(snapshot, result.tables);
  if (kept.cells.length === 0) return plain;
  const adopted = buildWritePlan(withoutCells(snapshot, kept.cells), result, [...inputs, ...(await host.readKept(kept))], profile);
  if (!plansInputsAt(adopted, kept.entries)) return plain;
  await host.emptyKept(kept);
  return adopted;
}

/** Plan, apply: writes the result of `readAndCheck` into the workbook. */
export async function planAndApply(host: CheckPrimitives, read: CheckedWorkbook, profile: Profile, progress: ProgressSink = () => undefined): Promise<CheckWritten> {
  const plan = await planAdoptingKept(host, read, profile);
  await progress({ stage: 'write', done: 0, total: 0 });
  const { summarySheet } = await host.apply(plan, (done, total) => progress({ stage: 'write', done, total }));
  return { ...read, plan, summarySheet };
}

/** The whole check of every host: read, clear, re-read, check, plan, apply. */
export async function runCheckSequence(host: CheckPrimitives, profile: Profile, progress: ProgressSink = () => undefined): Promise<CheckWritten> {
  return planAndApply(host, await readAndCheck(host, profile, progress), profile, progress);
}
