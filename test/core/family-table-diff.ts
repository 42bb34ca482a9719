/**
 * How a table the engine read differs from what a family fixture laid out: a list of Chinese-free,
 * readable lines (`grid 0 columns: …`), empty when they agree. Tests assert the list is empty, so a
 * failure names every part that moved at once.
 */
import type { Table } from '../../src/core/model/table';
import type { ExpectedTable } from '../fixtures/families/family-fixture';
import { isMoneyPart, type FieldKey } from '../../src/core/vocabulary';

type Cell = { row: number; col: number } | null | undefined;
const at = (c: Cell) => (c ? `${c.row},${c.col}` : null);
const json = (v: unknown) => JSON.stringify(v);

export function familyTableDiff(table: Table, expected: ExpectedTable): string[] {
  const out: string[] = [];
  const same = (what: string, got: unknown, want: unknown) => {
    if (json(got) !== json(want)) out.push(`${what}: got ${json(got)}, want ${json(want)}`);
  };
  same('kind', table.kind, expected.kind);
  same('family', table.family, expected.family);
  same('range', table.area, expected.range);
  same('title', at(table.title), at(expected.title));
  same('year', table.year, expected.year);
  // Every single-cell field the form prints, label → value.
  for (const [key, cell] of Object.entries(expected.fields) as [FieldKey, Cell][]) {
    if (isMoneyPart(key)) continue;
    const got = table.texts[key as keyof Table['texts']] ?? table.goals.find((g) => g.field === key)?.cell ?? null;
    same(`field ${key}`, at(got), at(cell));
  }
  same('money', table.money.map((b) => ({ total: at(b.total?.value), sources: b.sources.map((s) => [s.part, at(s.value)]) })),
    expected.money.map((b) => ({ total: at(b.total), sources: b.sources.map((s) => [s.part, at(s.cell)]) })));
  if (expected.money.length > 1) same('money periods', table.money.map((b) => b.period), expected.money.map((b) => b.period));
  same('plan', table.plan ? { labels: table.plan.checkpoints.map((c) => at(c.label)), values: table.plan.checkpoints.map((c) => at(c.value)) } : null,
    expected.plan ? { labels: expected.plan.labels.map(at), values: expected.plan.values.map(at) } : null);
  same('funds', table.funds ? { headerRow: table.funds.headerRow, columns: table.funds.columns, rows: table.funds.rows.map((r) => [r.part, r.label.row]) } : null,
    expected.funds ? { headerRow: expected.funds.headerRow, columns: expected.funds.columns, rows: expected.funds.rows.map((r) => [r.part, r.row]) } : null);
  same('tasks', table.tasks ? { headerRow: table.tasks.headerRow, rows: table.tasks.rows.map((r) => r.row), total: table.tasks.total?.row ?? null } : null,
    expected.tasks ? { headerRow: expected.tasks.headerRow, rows: expected.tasks.rows, total: expected.tasks.totalRow } : null);
  same('schedule', table.schedule ? { headerRow: table.schedule.headerRow, rows: table.schedule.rows.map((r) => r.row) } : null,
    expected.schedule ? { headerRow: expected.schedule.headerRow, rows: expected.schedule.rows } : null);
  same('costParts', table.costParts ? { headerRow: table.costParts.headerRow, rows: table.costParts.rows.map((r) => r.row), total: table.costParts.total?.row ?? null } : null,
    expected.costParts ? { headerRow: expected.costParts.headerRow, rows: expected.costParts.rows, total: expected.costParts.totalRow } : null);
  same('grids', table.grids.map((g) => ({ period: g.period, headerRow: g.headerRow, columns: sorted(g.columns) })),
    expected.grids.map((g) => ({ period: g.period, headerRow: g.headerRow, columns: sorted(g.columns) })));
  table.grids.forEach((_, i) => {
    const rows = table.indicators.filter((r) => r.grid === i && r.status !== 'unused').map((r) => r.row);
    same(`grid ${i} rows`, rows, expected.grids[i]?.rows ?? []);
  });
  same('totalRow', table.totalRow ? { row: table.totalRow.row, weight: at(table.totalRow.weight), score: at(table.totalRow.score) } : null,
    expected.totalRow ? { row: expected.totalRow.row, weight: at(expected.totalRow.weight), score: at(expected.totalRow.score) } : null);
  return out;
}

function sorted(columns: Record<string, number | undefined>): [string, number | undefined][] {
  return Object.entries(columns).sort((a, b) => a[0].localeCompare(b[0]));
}
