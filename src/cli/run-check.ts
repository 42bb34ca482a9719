import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { checkWorkbook } from '../core/engine';
import { buildWritePlan } from '../core/plan/build-write-plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import { loadWorkbookFile } from '../xlsx/open-workbook';
import { snapshotWorkbook } from '../xlsx/read-snapshot';
import { asInputError, InputError } from '../xlsx/input-error';
import { applyWritePlan, readInputs, type RecordedInput } from '../xlsx/apply-write-plan';
import { clearWritePlan } from '../xlsx/clear-write-plan';
import { workbookOutputPaths, writeWorkbookFile } from './workbook-output';
import { formatSummary } from './format-summary';
import { collectInputs, reportPaths } from './collect-inputs';
import { parseCheckArgs, USAGE, UsageError } from './parse-args';
import { argsOrExit, EXIT_BAD_INPUT, EXIT_ERRORS_FOUND, EXIT_OK } from './args-or-exit';
import { loadProfile, ProfileError } from './load-profile';
import { DEFAULT_PROFILE } from '../core/profile/profile-schema';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export { EXIT_OK, EXIT_ERRORS_FOUND, EXIT_BAD_INPUT } from './args-or-exit';

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

/** `npm run check`: checks each workbook, prints the summary, writes reports; returns the exit code. */
export async function runCheck(argv: string[], io: Output): Promise<number> {
  const args = argsOrExit(parseCheckArgs, argv, USAGE, io);
  if (typeof args === 'number') return args;
  let profile = DEFAULT_PROFILE;
  if (args.profile !== null) {
    try {
      profile = await loadProfile(args.profile);
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e;
      io.err(e.message);
      return EXIT_BAD_INPUT;
    }
  }
  const files = await collectInputs(args.inputs);
  if (files.length === 0) {
    io.err('文件夹中没有 .xlsx 工作簿 / No .xlsx workbook in the folder');
    return EXIT_BAD_INPUT;
  }
  let jsonPaths: string[] = [];
  if (args.json !== null) {
    const jsonIsDir = files.length > 1 || (await stat(args.json).catch(() => null))?.isDirectory() === true;
    jsonPaths = reportPaths(files, args.json, jsonIsDir);
  }
  let xlsxPaths: string[];
  try {
    xlsxPaths = await workbookOutputPaths(files, args.out, args.inPlace);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    return EXIT_BAD_INPUT;
  }
  let unreadable = 0;
  let errors = 0;
  for (const [i, file] of files.entries()) {
    let loaded;
    try {
      loaded = await loadForCheck(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.err(`${path.basename(file)}：${e.zh} / ${e.en}`);
      unreadable++;
      continue;
    }
    const { checked, snapshot, workbook, inputs } = loaded;
    const result = checkWorkbook(checked, profile);
    const { report } = result;
    errors += report.summary.errors;
    const lines = formatSummary(report);
    for (const line of args.quiet ? lines.slice(0, 1) : lines) io.out(line);
    const target = jsonPaths[i];
    if (target) {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
      io.out(`  报告已写入 / report written: ${target}`);
    }
    const annotated = xlsxPaths[i];
    if (annotated) {
      const plan = buildWritePlan(snapshot, result, inputs, profile);
      try {
        applyWritePlan(workbook, plan);
        await writeWorkbookFile(workbook, annotated);
      } catch (e) {
        io.err(`${path.basename(file)}：无法写出标注的工作簿 / Cannot write the annotated workbook ${annotated}: ${e instanceof Error ? e.message : String(e)}`);
        unreadable++;
        continue;
      }
      if (!args.quiet) {
        io.out(`  标注的工作簿已写入 / annotated workbook written: ${annotated}`);
        for (const p of plan.problems) io.out(`  未写入 / not written: ${p.sheet} ${p.message}`);
      }
    }
  }
  if (unreadable > 0) return EXIT_BAD_INPUT;
  return args.strict && errors > 0 ? EXIT_ERRORS_FOUND : EXIT_OK;
}
