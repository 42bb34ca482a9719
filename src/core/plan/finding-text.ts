import type { Finding } from '../finding';

const MARK = { error: '✗', warning: '!', info: 'i' } as const;

/** One finding as a line of the 检查结果 column: mark, message. */
export function shortLine(f: Finding): string {
  return `${MARK[f.severity]} ${f.message}`;
}

/** One finding as a line of a cell's note: the message and, where there is one, the fix. */
export function noteLine(f: Finding): string {
  const fix = f.suggestion === undefined ? '' : `（建议改为：${f.suggestion}）`;
  return `${MARK[f.severity]} ${f.message}${fix} [${f.rule}]`;
}
