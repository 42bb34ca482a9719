import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { loadWorkbookFile } from '../xlsx/open-workbook';
import { asInputError, InputError } from '../xlsx/input-error';
import { clearWritePlan } from '../xlsx/clear-write-plan';
import { readInputs, type RecordedInput } from '../xlsx/read-inputs';
import { collectInputs, type InputEntry } from './collect-inputs';
import { CLEAR_USAGE, parseClearArgs, UsageError, type ClearArgs } from './parse-args';
import type { Output } from './run-check';
import { argsOrExit, EXIT_BAD_INPUT, EXIT_NOT_WRITTEN, EXIT_OK } from './args-or-exit';
import { workbookOutputPaths, writeWorkbookFile } from './workbook-output';
import { RESTORED_WORKBOOK, WriteFailure, writeOutput } from './write-output';

type Checkable = Extract<InputEntry, { check: true }>;

interface Loaded {
  workbook: ExcelJS.Workbook;
  /** What the user typed into the previous check's input cells (实际完成值, 全年执行数). */
  typed: RecordedInput[];
}

async function load(file: string): Promise<Loaded> {
  const workbook = await loadWorkbookFile(file);
  try {
    return { workbook, typed: readInputs(workbook) };
  } catch (e) {
    throw asInputError(e, file);
  }
}

/** The line that stops clear when typed entries would go and neither --keep-actuals nor --drop-actuals was given. */
export function typedEntriesLine(name: string, count: number): string {
  return `${name}：「实际完成值」「全年执行数」中有 ${count} 项您填写的内容，清除会把它们一并删除，所以未作任何改动。`
    + `加 --keep-actuals 保留这些内容（其余照常清除），或加 --drop-actuals 一并删除 / `
    + `${count} entries you typed into 实际完成值 / 全年执行数 would be removed, so nothing was changed. `
    + 'Add --keep-actuals to keep them (and remove the rest), or --drop-actuals to remove them too';
}

/**
 * Before anything is changed: the workbooks whose typed entries clear would remove without being
 * told what to do with them. Unreadable ones are left for the main pass to report.
 */
async function entriesWithoutChoice(files: Checkable[], args: ClearArgs): Promise<{ name: string; count: number }[]> {
  if (args.actuals !== 'ask') return [];
  const found: { name: string; count: number }[] = [];
  for (const { file } of files) {
    const typed = await load(file).then((l) => l.typed.length, () => 0);
    if (typed > 0) found.push({ name: path.basename(file), count: typed });
  }
  return found;
}

/**
 * `npm run clear`: 清除检查结果. Removes what a check wrote into each workbook (as its record lists)
 * and writes the restored workbook. A workbook without a check result is copied unchanged, byte
 * for byte. When the input cells hold entries the user typed, nothing at all is changed unless
 * `--keep-actuals` (they stay, as the user's own cells) or `--drop-actuals` says what to do.
 * Exit 0 when all went well, 2 when a workbook could not be read or cleared (or a choice is
 * needed), 3 when a restored workbook could not be written.
 */
export async function runClear(argv: string[], io: Output): Promise<number> {
  const args = argsOrExit(parseClearArgs, argv, CLEAR_USAGE, io);
  if (typeof args === 'number') return args;
  const entries = await collectInputs(args.inputs);
  const files = entries.filter((e): e is Checkable => e.check);
  if (files.length === 0) {
    io.err('没有要清除检查结果的 .xlsx 工作簿 / No .xlsx workbook to clear');
    return EXIT_BAD_INPUT;
  }
  let targets: string[];
  try {
    if (args.inPlace && args.out === null && files.some((f) => f.macros)) {
      throw new UsageError('不能直接写回 .xlsm 工作簿（宏会丢失）；请用 --out 写出 .xlsx / Will not write over an .xlsm workbook (its macros would be lost); give --out');
    }
    targets = await workbookOutputPaths(files.map((f) => f.file), args.out, args.inPlace);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    return EXIT_BAD_INPUT;
  }
  const undecided = await entriesWithoutChoice(files, args);
  if (undecided.length > 0) {
    for (const { name, count } of undecided) io.err(typedEntriesLine(name, count));
    return EXIT_BAD_INPUT;
  }
  for (const e of entries) if (!e.check) io.out(`${path.basename(e.file)}：${e.reason.zh} / ${e.reason.en}`);
  let failed = 0;
  let notWritten = 0;
  for (const [i, { file }] of files.entries()) {
    const name = path.basename(file);
    const target = targets[i] as string;
    let cleared: boolean;
    let loaded: Loaded;
    try {
      loaded = await load(file);
      cleared = clearWritePlan(loaded.workbook, args.actuals === 'keep' ? loaded.typed : []);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const err = asInputError(e, file);
      io.err(`${name}：${err.zh} / ${err.en}`);
      failed++;
      continue;
    }
    try {
      if (cleared) {
        await writeWorkbookFile(loaded.workbook, target, RESTORED_WORKBOOK);
      } else if (path.resolve(target) !== path.resolve(file)) {
        await writeOutput(target, await readFile(file), RESTORED_WORKBOOK);
      }
    } catch (e) {
      io.err(`${name}：${e instanceof WriteFailure ? e.message : `无法写出「${target}」/ Cannot write "${target}"`}`);
      notWritten++;
      continue;
    }
    const to = target === file ? '' : ` → ${target}`;
    const kept = args.actuals === 'keep' && loaded.typed.length > 0
      ? `，保留了您填写的 ${loaded.typed.length} 项 / kept ${loaded.typed.length} typed entries`
      : '';
    if (cleared) io.out(`${name}：已清除检查结果 / check result cleared${kept}${to}`);
    else io.out(`${name}：没有检查结果，未作改动 / no check result, unchanged${to}`);
  }
  if (failed > 0) return EXIT_BAD_INPUT;
  return notWritten > 0 ? EXIT_NOT_WRITTEN : EXIT_OK;
}
