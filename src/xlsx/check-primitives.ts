import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { CheckPrimitives } from '../addin/check-sequence';
import { emptyKeptCells, readKeptEntries } from './adopt-kept-inputs';
import { applyWritePlan, readInputs } from './apply-write-plan';
import { clearWritePlan } from './clear-write-plan';
import { asInputError } from './input-error';
import { snapshotWorkbook } from './read-snapshot';

/**
 * The check sequence's operations on a workbook loaded with ExcelJS (the command line). Clearing
 * happens in memory, so the summary and record sheets are simply removed and written again. A
 * workbook that cannot be read or cleared (a damaged record) is an `InputError` naming `file`.
 */
export function xlsxCheckPrimitives(workbook: ExcelJS.Workbook, file: string): CheckPrimitives {
  const name = path.basename(file);
  const asInput = <T>(run: () => T): Promise<T> => {
    try {
      return Promise.resolve(run());
    } catch (e) {
      return Promise.reject(asInputError(e, file));
    }
  };
  return {
    read: () => asInput(() => snapshotWorkbook(workbook, name)),
    clearPrevious: () => asInput(() => {
      const inputs = readInputs(workbook);
      return { cleared: clearWritePlan(workbook), inputs };
    }),
    readKept: async (kept) => readKeptEntries(workbook, kept),
    emptyKept: async (kept) => emptyKeptCells(workbook, kept),
    apply: async (plan) => ({ summarySheet: applyWritePlan(workbook, plan) }),
  };
}
