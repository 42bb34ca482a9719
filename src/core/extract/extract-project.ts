import type { SheetGrid } from '../recognize/sheet-grid';
import type { ProjectLayout } from '../recognize/layout';
import type { IndicatorRow, ProjectField, ProjectTable } from '../model/project-table';
import { parseMoney } from '../parse/money';
import { parsePercent } from '../parse/percent';
import { parseIndicatorValue } from '../parse/indicator-value';
import { normalizeText } from '../text';
import { readActual, readText, readWith } from './read-cell';

const STANDARD_FIELDS: ProjectField[] = [
  'code', 'name', 'budget', 'fiscal', 'other', 'purpose', 'plan', 'goal', 'indicators',
  'level1', 'level2', 'level3', 'value', 'basis',
];
/** The Ministry of Finance's reference form has no code, plan, purpose or 指标值确定依据 (domain.md §1.3). */
const MOF_FIELDS: ProjectField[] = ['name', 'budget', 'fiscal', 'other', 'goal', 'indicators', 'level1', 'level2', 'level3', 'value'];

export function extractProject(grid: SheetGrid, layout: ProjectLayout, id: string): ProjectTable {
  const { values } = layout;
  const money = (p: { row: number; col: number }) =>
    readWith(grid, p, (text) => parseMoney(grid.raw(p.row, p.col), text, layout.moneyUnit));
  return {
    kind: 'project',
    id,
    sheet: grid.name,
    area: layout.area,
    form: layout.form,
    fields: layout.form === 'mof-reference' ? MOF_FIELDS : STANDARD_FIELDS,
    title: layout.title && readText(grid, layout.title),
    code: values.code ? readText(grid, values.code) : null,
    name: values.name ? readText(grid, values.name) : null,
    budget: values.budget ? money(values.budget) : null,
    fiscal: values.fiscal ? money(values.fiscal) : null,
    otherFunds: layout.otherFunds.map(money),
    purpose: values.purpose ? readText(grid, values.purpose) : null,
    plan: layout.plan && {
      label: readText(grid, layout.plan.label),
      checkpoints: layout.plan.checkpoints.map((cp) => ({
        label: readText(grid, cp.label),
        value: readWith(grid, cp.value, (text, p) => parsePercent(grid.raw(p.row, p.col), text, grid.format(p.row, p.col))),
      })),
    },
    goal: values.goal ? readText(grid, values.goal) : values.longGoal ? readText(grid, values.longGoal) : null,
    execution: values.execution ? money(values.execution) : null,
    indicatorHeaderRow: layout.header?.row ?? null,
    indicators: extractIndicators(grid, layout),
  };
}

function extractIndicators(grid: SheetGrid, layout: ProjectLayout): IndicatorRow[] {
  if (!layout.header) return [];
  const cols = layout.header.columns;
  const rows: IndicatorRow[] = [];
  let level1: IndicatorRow['level1'] = null;
  for (const row of layout.indicatorRows) {
    const cell = (col: number | undefined) => (col === undefined ? null : readText(grid, grid.masterWithin(layout.area, row, col)));
    const own = cell(cols.level1);
    // 一级 is written once per group: merged down, or left empty on the rows that follow.
    if (own && (own.value !== '' || level1 === null)) level1 = own;
    const unit = cell(cols.unit);
    const valueCell = cols.value === undefined ? null : grid.masterWithin(layout.area, row, cols.value);
    rows.push({
      row,
      level1,
      level2: cell(cols.level2),
      level3: cell(cols.level3),
      description: cell(cols.description),
      value: valueCell && readWith(grid, valueCell, (text) => parseIndicatorValue(withUnit(text, unit?.value ?? ''))),
      basis: cell(cols.basis),
      unit,
      weight: cell(cols.weight),
      actual: cols.actual === undefined ? null : readActual(grid, { row, col: cols.actual }),
    });
  }
  return rows;
}

/** Forms with a 计量单位 column write `≥274` and `名` apart; the grammar reads them together. */
function withUnit(value: string, unit: string): string {
  const v = normalizeText(value);
  if (unit === '' || v === '' || !/\d$/.test(v)) return value;
  return `${v}${unit}`;
}
