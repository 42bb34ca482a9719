import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './parse-args';

/** An output option (`--json`, `--out`): its name and the extensions a file name may have. */
export interface OutputOption {
  option: string;
  /** Extension of each workbook's output inside a folder, e.g. `.json`. */
  ext: string;
  /** Extensions a file name may end with; null when any is accepted. */
  fileExts: readonly string[] | null;
}

export const JSON_OUTPUT: OutputOption = { option: '--json', ext: '.json', fileExts: null };
export const WORKBOOK_OUTPUT: OutputOption = { option: '--out', ext: '.xlsx', fileExts: ['.xlsx'] };

/**
 * Whether an output path names a folder: it ends with a separator, is a folder already, or has no
 * extension (`reports`, `reports/`); anything else (`report.json`, `已检查.xlsx`) names a file.
 */
export async function namesFolder(target: string): Promise<boolean> {
  if (/[\\/]$/.test(target)) return true;
  if ((await stat(target).catch(() => null))?.isDirectory()) return true;
  return path.extname(target) === '';
}

/** `<name><ext>` for each workbook, numbered when two workbooks share a name. */
function namesInFolder(files: string[], folder: string, ext: string): string[] {
  const used = new Set<string>();
  return files.map((f) => {
    const base = path.basename(f).replace(/\.xls[xm]$/i, '');
    let name = `${base}${ext}`;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}-${i}${ext}`;
    used.add(name.toLowerCase());
    return path.join(folder, name);
  });
}

/**
 * One output path per workbook to check. A folder gets one `<name><ext>` each (created when
 * missing, whatever the number of workbooks); a file name is taken for one workbook only, and
 * only with an accepted extension. Refusals are `UsageError`s, raised before anything is checked.
 */
export async function outputPaths(files: string[], target: string, kind: OutputOption): Promise<string[]> {
  if (await namesFolder(target)) return namesInFolder(files, target, kind.ext);
  const ext = path.extname(target).toLowerCase();
  if (kind.fileExts !== null && !kind.fileExts.includes(ext)) {
    throw new UsageError(
      `${kind.option} 只能写出 ${kind.fileExts.join('、')} 文件，不能是「${path.basename(target)}」；或给一个文件夹 / `
      + `${kind.option} writes ${kind.fileExts.join(', ')} files only, not "${path.basename(target)}"; or give a folder`,
    );
  }
  if (files.length > 1) {
    throw new UsageError(
      `检查 ${files.length} 个工作簿时 ${kind.option} 须给一个文件夹，「${target}」是文件名 / `
      + `With ${files.length} workbooks, ${kind.option} must name a folder; "${target}" is a file name`,
    );
  }
  return files.map(() => target);
}
