import type { Table } from '../model/table';
import { extractYears } from '../parse/indicator-value';

/**
 * The budget year most tables speak of: the year mentioned most often in titles, goals and
 * indicators. A stray 2022 in one 时效 cell then stands out against the 2023 everywhere else.
 */
export function inferBudgetYear(tables: Table[]): number | null {
  const counts = new Map<number, number>();
  const count = (text: string | undefined) => {
    for (const y of extractYears(text ?? '')) counts.set(y, (counts.get(y) ?? 0) + 1);
  };
  for (const t of tables) {
    count(t.title?.value);
    if (t.kind !== 'project') continue;
    count(t.goal?.value);
    for (const row of t.indicators) {
      count(row.level3?.value);
      count(row.description?.value);
      count(row.value?.text);
    }
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = n;
    }
  }
  return best;
}
