import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { PlanProblem } from '../core/plan/write-plan';
import type { Profile } from '../core/profile/profile-schema';
import { tableUnits } from '../core/extract/table-unit';
import { planAndApply, readAndCheck, type CheckedWorkbook, type CheckPrimitives } from '../addin/check-sequence';
import { loadWorkbookFile } from '../xlsx/open-workbook';
import { InputError } from '../xlsx/input-error';
import { xlsxCheckPrimitives } from '../xlsx/check-primitives';
import { readWorkbookProfile, writeWorkbookProfile } from '../xlsx/profile-sheet';
import { PROFILE_SHEET, profileSheetDamaged } from '../addin/profile-sheet';
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
  /** The workbook's operations, for writing the result back. */
  host: CheckPrimitives;
  /** The profile the workbook was checked with, and where it came from. */
  profile: Profile;
  source: ProfileSource;
  read: CheckedWorkbook;
}

/** Where a workbook's profile came from, for the line that says so. */
type ProfileSource = 'given' | 'workbook' | 'default';

/**
 * `--profile` when given; else the profile the workbook keeps (its hidden profile sheet, saved
 * there by Excel, WPS or `--save-profile`); else the default. A damaged profile sheet is told and
 * the default used: the check goes on, and the sheet is left as it is.
 */
function profileFor(workbook: ExcelJS.Workbook, given: Profile | null, io: Output, name: string): { profile: Profile; source: ProfileSource } {
  if (given !== null) return { profile: given, source: 'given' };
  const kept = readWorkbookProfile(workbook);
  if (kept === null) return { profile: DEFAULT_PROFILE, source: 'default' };
  if (kept.ok) return { profile: kept.profile, source: 'workbook' };
  const damaged = profileSheetDamaged(kept.detail);
  io.err(`${name}：${damaged.zh} / ${damaged.en}`);
  return { profile: DEFAULT_PROFILE, source: 'default' };
}

/** Loads a workbook and runs the check sequence's reading half on it (in memory). */
async function loadForCheck(file: string, given: Profile | null, io: Output): Promise<LoadedWorkbook> {
  const workbook = await loadWorkbookFile(file);
  const host = xlsxCheckPrimitives(workbook, file);
  const { profile, source } = profileFor(workbook, given, io, path.basename(file));
  return { workbook, host, profile, source, read: await readAndCheck(host, profile) };
}

const OWN_PROFILE = `  使用工作簿自带的检查方案（隐藏工作表「${PROFILE_SHEET}」） / checked with the profile the workbook keeps (hidden sheet "${PROFILE_SHEET}")`;

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
  args: CheckArgs, given: Profile | null, io: Output, tally: Tally,
): Promise<BatchFile> {
  const name = path.basename(file);
  let loaded: LoadedWorkbook;
  try {
    loaded = await loadForCheck(file, given, io);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.err(`${name}：${e.zh} / ${e.en}`);
    tally.unreadable++;
    return { file, report: null, reason: { zh: e.zh, en: e.en } };
  }
  const { workbook, host, profile, read } = loaded;
  const { checked, result } = read;
  const { report } = result;
  tally.errors += report.summary.errors;
  for (const line of args.quiet ? [summaryLine(report)] : formatSummary(report, args.minSeverity)) io.out(line);
  if (loaded.source === 'workbook' && !args.quiet) io.out(OWN_PROFILE);
  if (targets.json !== undefined) {
    const target = targets.json;
    const ok = await tryWrite(io, tally, name, () => writeOutput(target, `${JSON.stringify(report, null, 2)}\n`, JSON_REPORT));
    if (ok && !args.quiet) io.out(`  报告已写入 / report written: ${target}`);
  }
  let annotated: string | null = null;
  if (targets.xlsx !== undefined) {
    const target = targets.xlsx;
    let problems: PlanProblem[] = [];
    const ok = await tryWrite(io, tally, name, async () => {
      problems = (await planAndApply(host, read, profile)).plan.problems;
      if (args.saveProfile) writeWorkbookProfile(workbook, profile);
      await writeWorkbookFile(workbook, target, ANNOTATED_WORKBOOK);
    });
    if (ok) {
      annotated = target;
      if (!args.quiet) {
        io.out(`  标注的工作簿已写入 / annotated workbook written: ${target}`);
        for (const p of problems) io.out(`  未写入 / not written: ${p.sheet} ${p.message}`);
      }
      if (entry.macros) io.out(MACROS_NOT_KEPT);
    }
  }
  return { file, report, units: tableUnits(checked, result.tables), annotated };
}

/** `--profile`'s profile, `{ profile: null }` without one; null when it cannot be read (told). */
async function givenProfile(args: CheckArgs, io: Output): Promise<{ profile: Profile | null } | null> {
  if (args.profile === null) return { profile: null };
  try {
    return { profile: await loadProfile(args.profile) };
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
  const given = await givenProfile(args, io);
  if (given === null) return EXIT_BAD_INPUT;
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
    const done = await checkOne(entry.file, entry, { ...(json ? { json } : {}), ...(xlsx ? { xlsx } : {}) }, args, given.profile, io, tally);
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
