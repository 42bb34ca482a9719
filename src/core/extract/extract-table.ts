import type { SheetGrid } from '../recognize/sheet-grid';
import type { TableLayout } from '../recognize/layout';
import type { Table } from '../model/table';
import type { LocatedMoney } from '../model/blocks';
import type { LocatedText } from '../model/located';
import { parseNumberCell } from '../parse/number-cell';
import { GOAL_PERIODS, isGoalField, isTextField, printedYear, type TextField } from '../vocabulary';
import { readText, readWith } from './read-cell';
import { BlockReader } from './blocks';
import { extractIndicatorRows } from './indicator-rows';
import { extractDepartmentEntries } from './department-entries';

/** A recognized layout read into the typed model; every value keeps its cell. */
export function extractTable(grid: SheetGrid, layout: TableLayout, id: string): Table {
  const reader = new BlockReader(grid, layout.area, layout.moneyUnit);
  const texts: Partial<Record<TextField, LocatedText>> = {};
  const goals: Table['goals'] = [];
  for (const f of layout.fields) {
    if (f.value === null) continue;
    if (isTextField(f.key) && texts[f.key] === undefined) texts[f.key] = readText(grid, f.value);
    else if (isGoalField(f.key)) goals.push({ field: f.key, period: GOAL_PERIODS[f.key] ?? f.period, cell: readText(grid, f.value) });
  }
  const money = reader.moneyBlocks(layout.money);
  const funds = reader.funds(layout.funds);
  const costParts = reader.parts(layout.costParts);
  const title = layout.title && readText(grid, layout.title);
  const yearText = layout.yearCell ? grid.text(layout.yearCell.row, layout.yearCell.col) : '';
  const executionField = layout.execution && reader.money(layout.execution);
  const fundsTotal = funds?.rows.find((r) => r.part === 'total') ?? null;
  const totalRow = layout.totalRow && grid.masterWithin(layout.area, layout.totalRow.row, layout.area.left);
  const lastGrid = layout.grids[layout.grids.length - 1];
  const numberAt = (row: number, col: number | undefined) => {
    if (col === undefined) return null;
    const p = grid.masterWithin(layout.area, row, col);
    return readWith(grid, p, (text) => parseNumberCell(grid.raw(p.row, p.col), text));
  };
  return {
    kind: layout.kind,
    id,
    sheet: grid.name,
    area: layout.area,
    family: layout.family,
    parts: {
      fields: [...new Set(layout.fields.map((f) => f.key))],
      columns: [...new Set(layout.grids.flatMap((g) => Object.keys(g.columns)))] as Table['parts']['columns'],
      blocks: layout.blocks,
    },
    missing: layout.missing,
    title,
    year: printedYear(yearText) ?? (title ? printedYear(title.text) : null),
    moneyUnit: layout.moneyUnit,
    texts,
    goals,
    money,
    budget: yearBudget(money, fundsTotal?.annualBudget ?? costParts?.total?.amount ?? null),
    plan: reader.plan(layout.plan),
    funds,
    tasks: reader.tasks(layout.tasks),
    schedule: reader.schedule(layout.schedule),
    costParts,
    execution: executionField ?? fundsTotal?.executed ?? null,
    grids: layout.grids.map((g) => ({
      period: g.period, headerRow: g.headerRow, columns: g.columns, twoLevel: g.twoLevel, firstRow: g.firstRow, lastRow: g.lastRow,
      asOfMonth: g.columns.current === undefined ? null : monthOfHeader(grid.text(g.headerRow, g.columns.current)),
    })),
    indicators: extractIndicatorRows(grid, layout.area, layout.grids),
    totalRow: layout.totalRow && totalRow && lastGrid ? {
      row: layout.totalRow.row,
      label: readText(grid, layout.totalRow.label),
      weight: layout.totalRow.value ? null : numberAt(layout.totalRow.row, lastGrid.columns.weight),
      score: layout.totalRow.value ? numberAt(layout.totalRow.value.row, layout.totalRow.value.col) : numberAt(layout.totalRow.row, lastGrid.columns.score),
    } : null,
    departmentHeaderRow: layout.department?.headerRow ?? null,
    entries: layout.department ? extractDepartmentEntries(grid, layout.area, layout.department) : [],
  };
}

/** The year's budget: the annual (or only) block's total, else the 项目资金 table's 全年预算数, else the 成本构成's 合计. */
function yearBudget(money: Table['money'], fundsBudget: LocatedMoney | null): LocatedMoney | null {
  const annual = money.find((b) => b.total && (b.period === 'annual' || b.period === null)) ?? money.find((b) => b.total);
  return annual?.total?.value ?? fundsBudget;
}

/** `1-6月执行情况` runs to June; a header naming no month says nothing. */
function monthOfHeader(text: string): number | null {
  const m = /1\s*[-—–~至]\s*(\d{1,2})\s*月/u.exec(text);
  const month = m ? Number(m[1]) : null;
  return month !== null && month >= 1 && month <= 12 ? month : null;
}
