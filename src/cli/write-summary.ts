import path from 'node:path';
import { batchSummaryWorkbook } from '../xlsx/write-batch-summary';
import { batchOverview, type BatchFile } from './batch-summary';
import { UsageError } from './parse-args';
import { findingsCsvPath, overviewCsv } from './summary-csv';
import { BATCH_SUMMARY, writeOutput } from './write-output';

/** `--summary` takes an .xlsx or a .csv file name; anything else is refused before checking. */
export function checkSummaryTarget(target: string): void {
  const ext = path.extname(target).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    throw new UsageError(`--summary 只能写出 .xlsx 或 .csv 文件，不能是「${path.basename(target)}」 / --summary writes an .xlsx or a .csv file, not "${path.basename(target)}"`);
  }
}

/** Writes the batch overview: one workbook, or two CSV files (tables, and findings beside them). */
export async function writeBatchSummary(files: readonly BatchFile[], target: string): Promise<void> {
  const overview = batchOverview(files, target);
  if (path.extname(target).toLowerCase() === '.csv') {
    const { tables, findings } = overviewCsv(overview);
    await writeOutput(target, tables, BATCH_SUMMARY);
    await writeOutput(findingsCsvPath(target), findings, BATCH_SUMMARY);
    return;
  }
  const wb = batchSummaryWorkbook(overview);
  await writeOutput(target, Buffer.from(await wb.xlsx.writeBuffer()), BATCH_SUMMARY);
}
