/**
 * What went wrong in the Excel host, in words a finance clerk can act on: Chinese first, then
 * English, like the command line's input errors. `cause` keeps the Office.js error for the log.
 */
export type ExcelHostErrorCode =
  | 'protected'
  | 'missing-sheet'
  | 'plan-conflict'
  | 'record-corrupt'
  | 'notes-unsupported'
  | 'unavailable'
  | 'too-large'
  | 'write-failed'
  | 'rollback-failed';

export class ExcelHostError extends Error {
  override name = 'ExcelHostError';
  constructor(
    readonly code: ExcelHostErrorCode,
    readonly zh: string,
    readonly en: string,
    override readonly cause?: unknown,
  ) {
    super(`${zh} / ${en}`);
  }
}

/** The Office.js error code (`ItemNotFound`, `AccessDenied`, …) of an error, when it has one. */
export function officeErrorCode(e: unknown): string | undefined {
  if (e !== null && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return undefined;
}

export function describeOfficeError(e: unknown): string {
  const code = officeErrorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

export function protectedError(sheets: string[], workbook: boolean): ExcelHostError {
  const list = sheets.map((s) => `「${s}」`).join('、');
  const zh = workbook
    ? '工作簿结构受保护，无法添加检查汇总和检查记录工作表；请在「审阅 > 保护工作簿」中取消保护后再写入。工作簿未作任何改动'
    : `工作表${list}受保护，无法写入检查结果；请在「审阅 > 撤消工作表保护」后再写入。工作簿未作任何改动`;
  const en = workbook
    ? 'The workbook structure is protected, so the summary and record sheets cannot be added; unprotect it (Review > Protect Workbook) and try again. Nothing was changed'
    : `Sheet ${sheets.map((s) => `"${s}"`).join(', ')} is protected, so the results cannot be written; unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed`;
  return new ExcelHostError('protected', zh, en);
}

export function planConflictError(en: string, zh: string): ExcelHostError {
  return new ExcelHostError('plan-conflict', `${zh}；工作簿未作任何改动`, `${en}; nothing was changed`);
}

export function missingSheetError(sheet: string, cause?: unknown): ExcelHostError {
  return new ExcelHostError(
    'missing-sheet',
    `工作表「${sheet}」已不存在（检查后被删除或改名）；请重新检查。工作簿未作任何改动`,
    `Sheet "${sheet}" no longer exists (deleted or renamed after the check); run the check again. Nothing was changed`,
    cause,
  );
}

export function unavailableError(cause: unknown): ExcelHostError {
  return new ExcelHostError(
    'unavailable',
    `无法访问工作簿（可能已关闭或正在编辑单元格）：${describeOfficeError(cause)}。工作簿未作任何改动`,
    `Cannot reach the workbook (it may be closed, or a cell is being edited): ${describeOfficeError(cause)}. Nothing was changed`,
    cause,
  );
}

export function tooLargeError(sheet: string, cells: number, limit: number): ExcelHostError {
  const n = (x: number): string => x.toLocaleString('en-US');
  return new ExcelHostError(
    'too-large',
    `无法读取：工作表「${sheet}」过大（${n(cells)} 个单元格，上限 ${n(limit)}），请删除多余的行列后再检查`,
    `Cannot read: sheet "${sheet}" is too large (${n(cells)} cells, limit ${n(limit)}); delete unused rows and columns and try again`,
  );
}

/** A write that failed and was undone: the workbook is as it was. */
export function writeFailedError(cause: unknown): ExcelHostError {
  return new ExcelHostError(
    'write-failed',
    `写入检查结果时出错（${describeOfficeError(cause)}），已撤销已写入的部分，工作簿保持检查前的状态`,
    `Writing the check result failed (${describeOfficeError(cause)}); what had been written was undone and the workbook is as it was before`,
    cause,
  );
}

/** A write that failed and whose undo failed too: the user is sent to 清除检查结果. */
export function rollbackFailedError(cause: unknown, rollback: unknown): ExcelHostError {
  return new ExcelHostError(
    'rollback-failed',
    `写入检查结果时出错（${describeOfficeError(cause)}），撤销也未能完成（${describeOfficeError(rollback)}）；请点击「清除检查结果」恢复工作簿`,
    `Writing the check result failed (${describeOfficeError(cause)}) and undoing it did not finish (${describeOfficeError(rollback)}); use 清除检查结果 (Clear results) to restore the workbook`,
    cause,
  );
}
