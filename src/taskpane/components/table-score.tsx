import type { ReportTable } from '../finding-target';
import { usePaneText } from '../pane-text-context';
import { fill } from '../strings';

/** A table's score and grade, as the report gives them; nothing for a table not scored. */
export function TableScore({ table }: { table: ReportTable }) {
  const text = usePaneText();
  if (table.score === undefined) return null;
  return <span data-testid="table-score">{fill(text.groupScore, { score: Math.round(table.score * 10) / 10, grade: table.grade ?? '' })}</span>;
}
