import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { fileSignature } from './file-signature';
import { asInputError, inputError, unreadableError } from './input-error';
import { inspectXlsxPackage } from './inspect-xlsx-package';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits';

/** ExcelJS declares its own `Buffer` as an ArrayBuffer; at run time it takes a Node Buffer. */
type XlsxInput = Parameters<ExcelJS.Xlsx['load']>[0];

/**
 * Loads an .xlsx workbook from memory. Every failure is an `InputError` with a one-line reason in
 * Chinese and English; bad input is classified from its bytes before ExcelJS sees it.
 */
export async function loadWorkbookBuffer(
  buf: Buffer,
  name: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<ExcelJS.Workbook> {
  try {
    switch (fileSignature(buf)) {
      case 'empty':
        throw inputError('empty', name);
      case 'ole2':
        throw inputError('xls', name);
      case 'ole2-encrypted':
        throw inputError('encrypted', name);
      case 'other':
        throw inputError('not-xlsx', name);
      case 'zip':
        break;
    }
    const declared = await inspectXlsxPackage(buf, limits, name);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as XlsxInput);
    // ExcelJS silently drops worksheets it cannot place (e.g. parts not named sheetN.xml); a
    // checker that skips a sheet would report a clean workbook, so refuse instead.
    const loaded = new Set(wb.worksheets.map((ws) => ws.name));
    const missing = declared.filter((s) => !loaded.has(s.name)).map((s) => s.name);
    if (missing.length > 0) throw unreadableError(`ExcelJS did not load sheet(s): ${missing.join(', ')}`, name);
    if (wb.worksheets.length === 0) throw inputError('empty', name);
    return wb;
  } catch (e) {
    throw asInputError(e, name);
  }
}

export async function loadWorkbookFile(path: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<ExcelJS.Workbook> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' || code === 'ENOTDIR' ? inputError('not-found', path) : asInputError(e, path);
  }
  return loadWorkbookBuffer(buf, path, limits);
}
