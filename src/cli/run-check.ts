import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkWorkbook } from '../core/engine';
import { loadWorkbookFile } from '../xlsx/open-workbook';
import { snapshotWorkbook } from '../xlsx/read-snapshot';
import { InputError } from '../xlsx/input-error';
import { formatSummary } from './format-summary';
import { collectInputs, reportPaths } from './collect-inputs';
import { parseCheckArgs, USAGE, UsageError } from './parse-args';
import { loadProfile, ProfileError } from './load-profile';
import { DEFAULT_PROFILE } from '../core/profile/profile-schema';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_BAD_INPUT = 2;

/** `npm run check`: checks each workbook, prints the summary, writes reports; returns the exit code. */
export async function runCheck(argv: string[], io: Output): Promise<number> {
  let args;
  try {
    args = parseCheckArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    io.err(USAGE);
    return EXIT_BAD_INPUT;
  }
  if (args.help) {
    io.out(USAGE);
    return EXIT_OK;
  }
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
  let unreadable = 0;
  let errors = 0;
  for (const [i, file] of files.entries()) {
    let snapshot;
    try {
      snapshot = snapshotWorkbook(await loadWorkbookFile(file), path.basename(file));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.err(`${path.basename(file)}：${e.zh} / ${e.en}`);
      unreadable++;
      continue;
    }
    const { report } = checkWorkbook(snapshot, profile);
    errors += report.summary.errors;
    const lines = formatSummary(report);
    for (const line of args.quiet ? lines.slice(0, 1) : lines) io.out(line);
    const target = jsonPaths[i];
    if (target) {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
      io.out(`  报告已写入 / report written: ${target}`);
    }
  }
  if (unreadable > 0) return EXIT_BAD_INPUT;
  return args.strict && errors > 0 ? EXIT_ERRORS_FOUND : EXIT_OK;
}
