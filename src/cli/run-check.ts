import path from 'node:path';
import type ExcelJS from 'exceljs';
import { checkWorkbook, type CheckResult } from '../core/engine';
import type { WritePlan } from '../core/plan/write-plan';
import { keptInputCells, plansInputsAt, withoutCells } from '../core/plan/kept-inputs';
import { emptyKeptCells, readKeptEntries } from '../xlsx/adopt-kept-inputs';
import { buildWritePlan } from '../core/plan/build-write-plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { Profile } from '../core/profile/profile-schema';
import { tableUnits } from '../core/extract/table-unit';
import { loadWorkbookFile } from '../xlsx/open-workbook';
import { snapshotWorkbook } from '../xlsx/read-snapshot';
import { asInputError, InputError } from '../xlsx/input-error';
import { applyWritePlan, readInputs, type RecordedInput } from '../xlsx/apply-write-plan';
import { clearWritePlan } from '../xlsx/clear-write-plan';
import { workbookOutputPaths, writeWorkbookFile } from './workbook-output';
import { formatSummary, summaryLine } from './format-summary';
import { collectInputs, type InputEntry } from './collect-inputs';
import { JSON_OUTPUT, outputPaths } from './output-paths';
import { parseCheckArgs, USAGE, UsageError, type CheckArgs } from './parse-args';
import { argsOrExit, EXIT_BAD_INPUT, EXIT_ERRORS_FOUND, EXIT_NOT_WRITTEN, EXIT_OK } from './args-or-exit';
import { loadProfile, ProfileError } from './load-profile';
import { DEFAULT_PROFILE } from '../core/profile/profile-schema';
import { ANNOTATED_WORKBOOK, JSON_REPORT, writeOutput, WriteFailure } from './write-output';
import type { BatchFile } from './batch-summary';
import { checkSummaryTarget, writeBatchSummary } from './write-summary';
import { batchTotals } from './batch-totals';

export interface Output {
  out(line: string): void;
  err(line: string): void;
  /** A transient progress line (only given when stderr is a terminal). */
  progress?(line: string): void;
}

export { EXIT_OK, EXIT_ERRORS_FOUND, EXIT_BAD_INPUT, EXIT_NOT_WRITTEN } from './args-or-exit';

interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** As the user has it: a previous result's 实际完成值 and 全年执行数 are read from it. */
  checked: WorkbookSnapshot;
  /** After the previous result is cleared: where the new one may be written. */
  snapshot: WorkbookSnapshot;
  /** The user's entries in the input cells of a previous check, carried into the new one. */
  inputs: RecordedInput[];
}

/**
 * Reads a workbook twice: as it is, so that the year-end values typed into a previous result are
 * graded (the recognizer keeps the add-in's columns out of the tables), and with that result
 * cleared in memory, so that the new one is planned on the user's own cells alone.
 */
async function loadForCheck(file: string): Promise<LoadedWorkbook> {
  const workbook = await loadWorkbookFile(file);
  try {
    const name = path.basename(file);
    const checked = snapshotWorkbook(workbook, name);
    const inputs = readInputs(workbook);
    clearWritePlan(workbook);
    return { workbook, checked, snapshot: snapshotWorkbook(workbook, name), inputs };
  } catch (e) {
    throw asInputError(e, file);
  }
}

const MACROS_NOT_KEPT = '  注意：标注的副本另存为 .xlsx，不含原工作簿的宏（VBA） / note: the annotated copy is saved as .xlsx, without the workbook\'s macros (VBA)';

interface Targets {
  json: string[];
  xlsx: string[];
}

/** Every output path, decided (and refused where wrong) before anything is checked. */
async function decideTargets(args: CheckArgs, files: string[], entries: InputEntry[]): Promise<Targets> {
  if (args.inPlace && args.out === null && entries.some((e) => e.check && e.macros)) {
    throw new UsageError('不能直接写回 .xlsm 工作簿（宏会丢失）；请用 --out 写出 .xlsx 副本 / Will not write over an .xlsm workbook (its macros would be lost); give --out for an .xlsx copy');
  }
  if (args.summary !== null) checkSummaryTarget(args.summary);
  return {
    json: args.json === null ? [] : await outputPaths(files, args.json, JSON_OUTPUT),
    xlsx: await workbookOutputPaths(files, args.out, args.inPlace),
  };
}

interface Tally {
  unreadable: number;
  notWritten: number;
  errors: number;
}

/** Writes one output; a failure is told (in Chinese and English, naming the file) and counted, never thrown. */
async function tryWrite(io: Output, tally: Tally, name: string, write: () => Promise<void>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (e) {
    const message = e instanceof WriteFailure ? e.message : `无法写出 / Cannot write: ${e instanceof Error ? e.message : String(e)}`;
    io.err(`${name}：${message}`);
    tally.notWritten++;
    return false;
  }
}

async function checkOne(
  file: string, entry: Extract<InputEntry, { check: true }>, targets: { json?: string; xlsx?: string },
  args: CheckArgs, profile: Profile, io: Output, tally: Tally,
): Promise<BatchFile> {
  const name = path.basename(file);
  let loaded: LoadedWorkbook;
  try {
    loaded = await loadForCheck(file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.err(`${name}：${e.zh} / ${e.en}`);
    tally.unreadable++;
    return { file, report: null, reason: { zh: e.zh, en: e.en } };
  }
  const { checked, snapshot, workbook, inputs } = loaded;
  const result = checkWorkbook(checked, profile);
  const { report } = result;
  tally.errors += report.summary.errors;
  for (const line of args.quiet ? [summaryLine(report)] : formatSummary(report, args.minSeverity)) io.out(line);
  if (targets.json !== undefined) {
    const target = targets.json;
    const ok = await tryWrite(io, tally, name, () => writeOutput(target, `${JSON.stringify(report, null, 2)}\n`, JSON_REPORT));
    if (ok && !args.quiet) io.out(`  报告已写入 / report written: ${target}`);
  }
  let annotated: string | null = null;
  if (targets.xlsx !== undefined) {
    const target = targets.xlsx;
    const plan = planAdoptingKept(workbook, snapshot, result, inputs, profile);
    const ok = await tryWrite(io, tally, name, async () => {
      applyWritePlan(workbook, plan);
      await writeWorkbookFile(workbook, target, ANNOTATED_WORKBOOK);
    });
    if (ok) {
      annotated = target;
      if (!args.quiet) {
        io.out(`  标注的工作簿已写入 / annotated workbook written: ${target}`);
        for (const p of plan.problems) io.out(`  未写入 / not written: ${p.sheet} ${p.message}`);
      }
      if (entry.macros) io.out(MACROS_NOT_KEPT);
    }
  }
  return { file, report, units: tableUnits(checked, result.tables), annotated };
}

/**
 * The write plan; where an earlier `clear --keep-actuals` left a 实际完成值 column beside a table,
 * the plan takes it back (its entries carried over) when it places every entry where it was, else
 * it leaves those cells alone as the user's.
 */
function planAdoptingKept(
  workbook: ExcelJS.Workbook, snapshot: WorkbookSnapshot, result: CheckResult, inputs: RecordedInput[], profile: Profile,
): WritePlan {
  const plain = buildWritePlan(snapshot, result, inputs, profile);
  const kept = keptInputCells(snapshot, result.tables);
  if (kept.cells.length === 0) return plain;
  const adopted = buildWritePlan(withoutCells(snapshot, kept.cells), result, [...inputs, ...readKeptEntries(workbook, kept)], profile);
  if (!plansInputsAt(adopted, kept.entries)) return plain;
  emptyKeptCells(workbook, kept);
  return adopted;
}

async function profileOf(args: CheckArgs, io: Output): Promise<Profile | null> {
  if (args.profile === null) return DEFAULT_PROFILE;
  try {
    return await loadProfile(args.profile);
  } catch (e) {
    if (!(e instanceof ProfileError)) throw e;
    io.err(e.message);
    return null;
  }
}

/**
 * `npm run check`: checks each workbook, prints the summary, writes reports and the batch overview;
 * returns the exit code. Every file of a folder is named in the output, checked or not; an output
 * that cannot be written is told and the others go on.
 */
export async function runCheck(argv: string[], io: Output): Promise<number> {
  const args = argsOrExit(parseCheckArgs, argv, USAGE, io);
  if (typeof args === 'number') return args;
  const profile = await profileOf(args, io);
  if (profile === null) return EXIT_BAD_INPUT;
  const entries = await collectInputs(args.inputs);
  const toCheck = entries.filter((e): e is Extract<InputEntry, { check: true }> => e.check);
  if (entries.length === 0) {
    io.err('文件夹是空的：没有要检查的文件 / The folder is empty: nothing to check');
    return EXIT_BAD_INPUT;
  }
  let targets: Targets;
  try {
    targets = await decideTargets(args, toCheck.map((e) => e.file), entries);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    return EXIT_BAD_INPUT;
  }
  const tally: Tally = { unreadable: 0, notWritten: 0, errors: 0 };
  const batch: BatchFile[] = [];
  let checkedSoFar = 0;
  for (const entry of entries) {
    const name = path.basename(entry.file);
    if (!entry.check) {
      (entry.workbook ? io.err : io.out)(`${name}：${entry.reason.zh} / ${entry.reason.en}`);
      if (entry.workbook) tally.unreadable++;
      batch.push({ file: entry.file, report: null, reason: entry.reason });
      continue;
    }
    const i = checkedSoFar++;
    if (toCheck.length > 1) io.progress?.(`正在检查 / checking ${i + 1}/${toCheck.length}: ${name}`);
    const json = targets.json[i];
    const xlsx = targets.xlsx[i];
    const done = await checkOne(entry.file, entry, { ...(json ? { json } : {}), ...(xlsx ? { xlsx } : {}) }, args, profile, io, tally);
    batch.push(done);
  }
  io.progress?.('');
  if (args.summary !== null) {
    const summary = args.summary;
    const ok = await tryWrite(io, tally, path.basename(summary), () => writeBatchSummary(batch, summary));
    if (ok) io.out(`汇总已写入 / summary written: ${summary}`);
  }
  if (entries.length > 1) for (const line of batchTotals(batch)) io.out(line);
  if (tally.unreadable > 0) return EXIT_BAD_INPUT;
  if (tally.notWritten > 0) return EXIT_NOT_WRITTEN;
  return args.strict && tally.errors > 0 ? EXIT_ERRORS_FOUND : EXIT_OK;
}
