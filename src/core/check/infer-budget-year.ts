import type { Table } from '../model/table';
import { extractYears } from '../parse/indicator-value';

/**
 * The budget year most tables speak of: the year mentioned most often in titles, goals and
 * indicators. A stray 2022 in one 时效 cell then stands out against the 2023 everywhere else. A year
 * the titles print (`（2024年度）`) beats any count of the years the tables mention.
 */
export function inferBudgetYear(tables: Table[]): number | null {
  const printed = mostCommon(tables.map((t) => t.year).filter((y): y is number => y !== null));
  if (printed !== null) return printed;
  const counts = new Map<number, number>();
  const count = (text: string | undefined) => {
    for (const y of extractYears(text ?? '')) counts.set(y, (counts.get(y) ?? 0) + 1);
  };
  for (const t of tables) {
    count(t.title?.value);
    for (const g of t.goals) count(g.cell.value);
    for (const row of t.indicators) {
      count(row.level3?.value);
      count(row.description?.value);
      count(row.value?.text);
    }
  }
  return mostCounted(counts);
}

function mostCommon(years: number[]): number | null {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  return mostCounted(counts);
}

/** The year counted most often; the later one on a tie. */
function mostCounted(counts: ReadonlyMap<number, number>): number | null {
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
