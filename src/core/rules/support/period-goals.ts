import type { GoalCell, Table } from '../../model/table';
import { isBlankText } from '../../text';

/** A period's target left empty, and a target of another period that is written. */
export interface EmptyPeriodGoal {
  goal: GoalCell;
  written: GoalCell;
}

/**
 * In a table that sets targets for two or more periods (中期 and 年度, 长期 and 年度, 实施期 and
 * 年度, whichever its form prints), the period targets left empty while another period's is
 * written: target.period-empty reports them, and required.empty leaves them to it. When every
 * period is empty, required.empty says so of each.
 */
export function emptyPeriodGoals(table: Table): EmptyPeriodGoal[] {
  const goals = table.goals.filter((g) => g.period !== null && g.field !== 'goalResult');
  const out: EmptyPeriodGoal[] = [];
  for (const goal of goals) {
    const written = isBlankText(goal.cell.text) ? goals.find((w) => w.period !== goal.period && !isBlankText(w.cell.text)) : undefined;
    if (written) out.push({ goal, written });
  }
  return out;
}
