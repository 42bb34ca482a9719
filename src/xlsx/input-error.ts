/**
 * Why a workbook could not be read, in words a finance clerk can act on. The command line prints
 * `zh` and `en` and exits 2; nothing from ExcelJS or jszip reaches the user unexplained.
 */
export type InputErrorCode =
  | 'not-found'
  | 'not-xlsx'
  | 'corrupt'
  | 'xls'
  | 'encrypted'
  | 'empty'
  | 'too-large'
  | 'unreadable';

const MESSAGES: Record<Exclude<InputErrorCode, 'too-large' | 'unreadable'>, { zh: string; en: string }> = {
  'not-found': {
    zh: '无法读取：找不到该文件，请检查路径',
    en: 'Cannot read: the file does not exist; check the path',
  },
  'not-xlsx': {
    zh: '无法读取：这不是 .xlsx 工作簿，请在 Excel 中另存为 .xlsx 后再检查',
    en: 'Cannot read: this is not an .xlsx workbook; save it as .xlsx in Excel and try again',
  },
  corrupt: {
    zh: '无法读取：文件已损坏或不完整，请在 Excel 中打开并另存为 .xlsx 后再检查',
    en: 'Cannot read: the file is damaged or incomplete; open it in Excel, save it as .xlsx and try again',
  },
  xls: {
    zh: '无法读取：这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再检查',
    en: 'Cannot read: this is a legacy .xls file; save it as .xlsx in Excel and try again',
  },
  encrypted: {
    zh: '无法读取：工作簿设有打开密码，请在 Excel 中取消密码后再检查',
    en: 'Cannot read: the workbook is password-protected; remove the password in Excel and try again',
  },
  empty: {
    zh: '无法读取：文件为空或没有工作表',
    en: 'Cannot read: the file is empty or has no worksheets',
  },
};

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly zh: string,
    readonly en: string,
    /** The workbook as the caller named it, so a batch run can say which file failed. */
    readonly file = '',
  ) {
    super(`${zh} / ${en}`);
    this.name = 'InputError';
  }
}

/** Messages are printed on one line each, so foreign text is flattened and kept short. */
function oneLine(s: string, max = 200): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function inputError(code: keyof typeof MESSAGES, file: string): InputError {
  const { zh, en } = MESSAGES[code];
  return new InputError(code, zh, en, file);
}

export type TooLargeReason =
  | { kind: 'cells'; sheet: string; cells: number; limit: number }
  /** Counting stops at the limit, so the true size is not known. */
  | { kind: 'bytes'; sheet: string; limit: number };

export function tooLargeError(reason: TooLargeReason, file: string): InputError {
  const sheet = oneLine(reason.sheet, 60);
  const n = (x: number): string => x.toLocaleString('en-US');
  const mb = (x: number): string => `${Math.ceil(x / 1_000_000)} MB`;
  if (reason.kind === 'cells') {
    return new InputError(
      'too-large',
      `无法读取：工作表「${sheet}」过大（${n(reason.cells)} 个单元格，上限 ${n(reason.limit)}），请删除多余的行列后再检查`,
      `Cannot read: sheet "${sheet}" is too large (${n(reason.cells)} cells, limit ${n(reason.limit)}); delete unused rows and columns and try again`,
      file,
    );
  }
  return new InputError(
    'too-large',
    `无法读取：工作表「${sheet}」的数据过大（超过 ${mb(reason.limit)}），请删除多余的行列后再检查`,
    `Cannot read: sheet "${sheet}" holds too much data (over ${mb(reason.limit)}); delete unused rows and columns and try again`,
    file,
  );
}

/** Anything we did not foresee: keep the original message for the bug report, in English only. */
export function unreadableError(cause: unknown, file: string): InputError {
  const detail = oneLine(cause instanceof Error ? cause.message : String(cause)) || 'unknown error';
  return new InputError(
    'unreadable',
    '无法读取：读取文件时出现意外错误，请在 Excel 中另存为 .xlsx 后再试',
    `Cannot read: unexpected error while reading the file (${detail})`,
    file,
  );
}

/** Keeps our own errors (naming the file) and wraps everything else, so no stack trace escapes. */
export function asInputError(cause: unknown, file: string): InputError {
  if (!(cause instanceof InputError)) return unreadableError(cause, file);
  return cause.file === file ? cause : new InputError(cause.code, cause.zh, cause.en, file);
}
