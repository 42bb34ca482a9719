import type { ReportTable } from '../finding-target';
import { usePaneText } from '../pane-text-context';
import { fill } from '../strings';

/**
 * A table's score and grade, as the report gives them; `已填 1/9` while its actual values are partly
 * typed (a partial sum would read 差); nothing for a table not scored.
 */
export function TableScore({ table }: { table: ReportTable }) {
  const text = usePaneText();
  if (table.actuals) return <span data-testid="table-score">{fill(text.groupFilled, table.actuals)}</span>;
  if (table.score === undefined) return null;
  return <span data-testid="table-score">{fill(text.groupScore, { score: Math.round(table.score * 10) / 10, grade: table.grade ?? '' })}</span>;
}
