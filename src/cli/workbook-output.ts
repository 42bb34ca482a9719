import { mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { reportPaths } from './collect-inputs';
import { UsageError } from './parse-args';

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
 * `--out` names a file for one workbook, or a directory (one `<name>.xlsx` each); `--in-place`
 * alone writes over the inputs. An output that is an input is refused unless `--in-place` is given.
 */
export async function workbookOutputPaths(files: string[], out: string | null, inPlace: boolean): Promise<string[]> {
  if (out === null) return inPlace ? [...files] : [];
  const outIsDir = files.length > 1 || (await stat(out).catch(() => null))?.isDirectory() === true;
  const paths = reportPaths(files, out, outIsDir, '.xlsx');
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

/**
 * Writes the workbook through a temporary file in the same folder and renames it into place, so an
 * interrupted write never leaves a half-written workbook where the input was.
 */
export async function writeWorkbookFile(wb: ExcelJS.Workbook, target: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(target)), { recursive: true });
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const temp = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(temp, buf);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
