import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { outputPaths, WORKBOOK_OUTPUT } from './output-paths';
import { UsageError } from './parse-args';
import { writeOutput, type OutputKind } from './write-output';

async function canonicalPath(p: string): Promise<string> {
  const resolved = path.resolve(p);
  try {
    return await realpath(resolved);
  } catch {
    // Not there yet: its folder may still be a link to the input's folder.
    try {
      return path.join(await realpath(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}

/**
 * Where each workbook's annotated (or restored) copy goes; empty when nothing is to be written.
 * `--out` names a file for one workbook, or a folder (one `<name>.xlsx` each); `--in-place`
 * alone writes over the inputs. An output that is an input is refused unless `--in-place` is given.
 */
export async function workbookOutputPaths(files: string[], out: string | null, inPlace: boolean): Promise<string[]> {
  if (out === null) return inPlace ? [...files] : [];
  const paths = await outputPaths(files, out, WORKBOOK_OUTPUT);
  if (!inPlace) {
    const inputs = new Set(await Promise.all(files.map(canonicalPath)));
    for (const p of paths) {
      if (inputs.has(await canonicalPath(p))) {
        throw new UsageError(`不会覆盖原工作簿 ${p}；请另给 --out，或加 --in-place / Will not write over the input ${p}; give another --out, or add --in-place`);
      }
    }
  }
  return paths;
}

/** Writes the workbook as .xlsx, safely (see `writeOutput`); throws `WriteFailure`. */
export async function writeWorkbookFile(wb: ExcelJS.Workbook, target: string, kind: OutputKind): Promise<void> {
  await writeOutput(target, Buffer.from(await wb.xlsx.writeBuffer()), kind);
}
