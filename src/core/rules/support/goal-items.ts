import type { GoalCell, Table } from '../../model/table';
import { containsPlaceholder } from '../../parse/placeholder';
import { isBlankText } from '../../text';

/**
 * The target texts a person wrote for the table (绩效目标, 年度目标, 中期目标…, not 实际完成情况):
 * the empty ones are required.empty's and target.period-empty's, the template ones required.template-text's.
 */
export function writtenGoals(table: Table): GoalCell[] {
  return table.goals.filter((g) => g.field !== 'goalResult' && !isBlankText(g.cell.text) && containsPlaceholder(g.cell.text) === null);
}

/** `1.`, `（2）`, `3、`, `一、`, `①` opening the text, a line, or what follows a full stop or semicolon. */
const ITEM_START = /(?:^|[\n；;。])\s*(?:[（(]?\d{1,2}[)）.、．](?!\d)|[一二三四五六七八九十][、.．]|[①-⑩])\s*/gu;

/** The numbered items of a target text (`1.… 2.…`), trimmed; the whole text when it is not numbered. */
export function goalItems(text: string): string[] {
  return text
    .replace(ITEM_START, '\n')
    .split('\n')
    .map((s) => s.replace(/^[\s\t]+|[\s；;。，,、]+$/gu, ''))
    .filter((s) => s !== '');
}
