/**
 * The planted defects of the family fixtures, rule by rule: a rule's test runs the rule on every
 * copy that plants its mistake and expects a hit at each planted cell, and none on the correct
 * workbooks.
 */
import { extractWorkbook } from '../../../src/core/extract/extract-workbook';
import type { Table } from '../../../src/core/model/table';
import { formatMessage, type Rule } from '../../../src/core/rules/rule';
import { DEFAULT_PROFILE } from '../../../src/core/profile/profile-schema';
import { cellAddress } from '../../../src/core/address';
import { allFamilyFixtures, fixtureName } from '../../fixtures/families/all-family-fixtures';
import type { FamilyWorkbook } from '../../fixtures/families/family-fixture';
import { snapshotOfGrids } from '../snapshot-of';

/** The one table a fixture workbook (or a planted copy of it) holds, as extract reads it. */
export async function onlyTable(workbook: FamilyWorkbook): Promise<Table> {
  const tables = extractWorkbook(await snapshotOfGrids(workbook.sheets));
  const [table] = tables;
  if (tables.length !== 1 || !table) throw new Error(`the workbook holds ${tables.length} tables`);
  return table;
}

export interface RuleRun {
  cells: string[];
  messages: string[];
}

async function run(rule: Rule, workbook: FamilyWorkbook): Promise<RuleRun> {
  const tables = extractWorkbook(await snapshotOfGrids(workbook.sheets));
  const hits = tables.flatMap((t) => (rule.appliesTo.includes(t.kind) ? rule.check(t, { profile: DEFAULT_PROFILE, budgetYear: t.year ?? 2024 }).map((h) => ({ ...h, sheet: t.sheet })) : []));
  return { cells: hits.map((h) => `${h.sheet}!${cellAddress(h.row, h.col)}`), messages: hits.map((h) => formatMessage(rule.meta.message, h.params)) };
}

/** For each fixture copy planting `rule`'s mistake: the cells it was planted at, and what the rule finds there. */
export async function plantedAndFound(rule: Rule): Promise<{ name: string; planted: string[]; found: RuleRun }[]> {
  const out: { name: string; planted: string[]; found: RuleRun }[] = [];
  for (const f of allFamilyFixtures()) {
    for (const copy of f.defective) {
      const planted = copy.defects.filter((d) => d.rule === rule.meta.id).map((d) => `${d.sheet}!${cellAddress(d.cell.row, d.cell.col)}`);
      if (planted.length > 0) out.push({ name: fixtureName(f), planted, found: await run(rule, copy.workbook) });
    }
  }
  return out;
}

/** What the rule finds on every family's correct workbook. */
export async function onCorrectWorkbooks(rule: Rule): Promise<string[]> {
  const out: string[] = [];
  for (const f of allFamilyFixtures()) out.push(...(await run(rule, f.correct)).cells.map((c) => `${fixtureName(f)} ${c}`));
  return out;
}
