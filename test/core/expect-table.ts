import type { Table } from '../../src/core/model/table';
import type { ExpectedTable } from '../fixtures/sample-layout';
import type { SeedDepartment } from '../fixtures/seed-parser';

/** Cells compared as `row,col` so a failure shows which field moved. */
export const at = (c: { row: number; col: number } | null | undefined) => (c ? `${c.row},${c.col}` : null);

export function expectProjectMatches(table: Table, expected: Extract<ExpectedTable, { kind: 'project' }>) {
  const { fields, project } = expected;
  const block = table.money[0];
  expect(table.money).toHaveLength(1);
  expect(table.texts.name?.value).toBe(project.name);
  expect(at(table.texts.name)).toBe(at(fields.name));
  expect(at(table.texts.code)).toBe(at(fields.code));
  if (fields.code) expect(table.texts.code?.value).toBe(project.code);
  expect(at(table.budget)).toBe(at(fields.budget));
  expect(at(block?.total?.value)).toBe(at(fields.budget));
  expect(at(block?.sources.find((s) => s.part === 'fiscal')?.value)).toBe(at(fields.fiscal));
  expect(block?.sources.filter((s) => s.part !== 'fiscal').map((s) => at(s.value)).sort()).toEqual([fields.ownFunds, fields.other].filter((c) => c !== null).map(at).sort());
  expect(at(table.texts.purpose)).toBe(at(fields.purpose));
  expect(at(table.goals[0]?.cell)).toBe(at(fields.goal));
  expect(table.plan?.checkpoints.map((c) => at(c.label)) ?? []).toEqual(fields.planLabels.map(at));
  expect(table.plan?.checkpoints.map((c) => at(c.value)) ?? []).toEqual(fields.planValues.map(at));
  expect(table.grids.map((g) => g.headerRow)).toEqual([fields.indicatorHeaderRow]);
  expect(table.indicators.map((r) => r.row)).toEqual(fields.indicators.map((r) => r.row));
  expect(table.indicators.map((r) => at(r.value))).toEqual(fields.indicators.map((r) => at(r.value)));
  expect(table.indicators.map((r) => at(r.basis))).toEqual(fields.indicators.map((r) => at(r.basis)));
  expect(table.indicators.map((r) => at(r.level3))).toEqual(fields.indicators.map((r) => at(r.level3)));
  // 一级 is written once per group; every row of the group must carry it.
  let level1 = '';
  const carried = project.indicators.map((i) => (level1 = i.level1 !== '' ? i.level1 : level1));
  expect(table.indicators.map((r) => r.level1.cell?.value)).toEqual(carried);
}

export function expectDepartmentMatches(table: Table, expected: Extract<ExpectedTable, { kind: 'department' }>, seed: SeedDepartment) {
  const rows = expected.fields.rows;
  const named = rows.filter((r) => r.kind !== 'indicator');
  expect(table.entries.map((e) => at(e.name))).toEqual(named.map((r) => at(r.name)));
  expect(table.entries.filter((e) => e.level === 'department').map((e) => e.name.row)).toEqual(
    rows.filter((r) => r.kind === 'department').map((r) => r.row),
  );
  const withIndicator = rows.filter((_, i) => (seed.rows[i]?.indicator ?? '') !== '' || (seed.rows[i]?.bands ?? []).some((b) => b !== ''));
  expect(table.entries.flatMap((e) => e.indicators.map((i) => at(i.name)))).toEqual(withIndicator.map((r) => at(r.indicator)));
  expect(table.entries.flatMap((e) => e.indicators.map((i) => at(i.bands.差)))).toEqual(withIndicator.map((r) => at(r.bands[3])));
}

