import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadWorkbookFile } from '../xlsx/open-workbook';
import { asInputError, InputError } from '../xlsx/input-error';
import { clearWritePlan } from '../xlsx/clear-write-plan';
import { collectInputs } from './collect-inputs';
import { CLEAR_USAGE, parseClearArgs, UsageError } from './parse-args';
import type { Output } from './run-check';
import { argsOrExit, EXIT_BAD_INPUT, EXIT_OK } from './args-or-exit';
import { workbookOutputPaths, writeWorkbookFile } from './workbook-output';

/**
 * `npm run clear`: 清除检查结果. Removes what a check wrote into each workbook (as its record lists)
 * and writes the restored workbook. A workbook without a check result is copied unchanged, byte
 * for byte. Exit 0 when all went well, 2 when a workbook could not be read, cleared or written.
 */
export async function runClear(argv: string[], io: Output): Promise<number> {
  const args = argsOrExit(parseClearArgs, argv, CLEAR_USAGE, io);
  if (typeof args === 'number') return args;
  const files = await collectInputs(args.inputs);
  if (files.length === 0) {
    io.err('文件夹中没有 .xlsx 工作簿 / No .xlsx workbook in the folder');
    return EXIT_BAD_INPUT;
  }
  let targets: string[];
  try {
    targets = await workbookOutputPaths(files, args.out, args.inPlace);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    return EXIT_BAD_INPUT;
  }
  let failed = 0;
  for (const [i, file] of files.entries()) {
    const name = path.basename(file);
    const target = targets[i] as string;
    let cleared: boolean;
    let workbook;
    try {
      workbook = await loadWorkbookFile(file);
      cleared = clearWritePlan(workbook);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const err = asInputError(e, file);
      io.err(`${name}：${err.zh} / ${err.en}`);
      failed++;
      continue;
    }
    try {
      if (cleared) {
        await writeWorkbookFile(workbook, target);
      } else if (path.resolve(target) !== path.resolve(file)) {
        await mkdir(path.dirname(path.resolve(target)), { recursive: true });
        await copyFile(file, target);
      }
    } catch (e) {
      io.err(`${name}：无法写出 / Cannot write ${target}: ${e instanceof Error ? e.message : String(e)}`);
      failed++;
      continue;
    }
    if (cleared) io.out(`${name}：已清除检查结果 / check result cleared${target === file ? '' : ` → ${target}`}`);
    else io.out(`${name}：没有检查结果，未作改动 / no check result, unchanged${target === file ? '' : ` → ${target}`}`);
  }
  return failed > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}
