import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Why a file found in a folder is not checked, in Chinese and English. */
export interface SkipReason {
  zh: string;
  en: string;
}

/** One file to go through: checked (an .xlsx, or an .xlsm whose macros are not kept), or listed with why not. */
export type InputEntry =
  | { file: string; check: true; macros: boolean }
  | { file: string; check: false; reason: SkipReason; /** A workbook the clerk must convert: counts as unreadable. */ workbook: boolean };

const LEGACY: SkipReason = {
  zh: '未检查：这是旧版格式（.xls / .et），请在 Excel 或 WPS 中另存为 .xlsx 后再检查',
  en: 'not checked: legacy format (.xls / .et); save it as .xlsx in Excel or WPS and check again',
};
const LOCK_FILE: SkipReason = {
  zh: '未检查：这是 Excel 或 WPS 打开工作簿时留下的临时文件，不是工作簿',
  en: 'not checked: a lock file left by Excel or WPS while a workbook is open, not a workbook',
};
const NOT_WORKBOOK: SkipReason = { zh: '未检查：不是工作簿', en: 'not checked: not a workbook' };

/** How a file found in a folder is treated, by its name (a file named on the command line is always tried). */
export function classifyFolderFile(file: string): InputEntry {
  const name = path.basename(file);
  if (name.startsWith('~$') || name.startsWith('.~')) return { file, check: false, reason: LOCK_FILE, workbook: false };
  const ext = path.extname(name).toLowerCase();
  if (ext === '.xlsx') return { file, check: true, macros: false };
  if (ext === '.xlsm') return { file, check: true, macros: true };
  if (ext === '.xls' || ext === '.et') return { file, check: false, reason: LEGACY, workbook: true };
  return { file, check: false, reason: NOT_WORKBOOK, workbook: false };
}

/** Files named on the command line, and every file inside folders (sorted), each marked checked or not. */
export async function collectInputs(inputs: string[]): Promise<InputEntry[]> {
  const entries: InputEntry[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const found = await readdir(input, { recursive: true, withFileTypes: true });
      const files = found.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
      entries.push(...files.map(classifyFolderFile));
    } else {
      entries.push({ file: input, check: true, macros: path.extname(input).toLowerCase() === '.xlsm' });
    }
  }
  return entries;
}
