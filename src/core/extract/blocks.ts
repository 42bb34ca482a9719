/** Money blocks, the plan, and the other grids of a table, read from where the recognizer found them. */
import type { SheetGrid, CellPos } from '../recognize/sheet-grid';
import type { FundsPlace, MoneyBlockPlace, RowsBlockPlace, TableLayout } from '../recognize/layout';
import type { Area } from '../snapshot';
import type { Funds, LocatedMoney, MoneyBlock, Parts, Plan, Schedule, Tasks } from '../model/blocks';
import type { MoneyUnit } from '../parse/money';
import { parseMoney } from '../parse/money';
import { parsePercent } from '../parse/percent';
import { parseDate } from '../parse/date';
import { parseNumberCell } from '../parse/number-cell';
import type { PartsRole, ScheduleRole, TaskRole } from '../vocabulary';
import { readText, readWith } from './read-cell';

export class BlockReader {
  constructor(
    private readonly grid: SheetGrid,
    private readonly area: Area,
    private readonly unit: MoneyUnit,
  ) {}

  money(p: CellPos): LocatedMoney {
    return readWith(this.grid, p, (text) => parseMoney(this.grid.raw(p.row, p.col), text, this.unit));
  }

  private at(row: number, col: number | undefined): CellPos | null {
    return col === undefined ? null : this.grid.masterWithin(this.area, row, col);
  }

  private moneyAt(row: number, col: number | undefined): LocatedMoney | null {
    const p = this.at(row, col);
    return p && this.money(p);
  }

  private percentAt(row: number, col: number | undefined) {
    const p = this.at(row, col);
    return p && readWith(this.grid, p, (text) => parsePercent(this.grid.raw(p.row, p.col), text, this.grid.format(p.row, p.col)));
  }

  private numberAt(row: number, col: number | undefined) {
    const p = this.at(row, col);
    return p && readWith(this.grid, p, (text) => parseNumberCell(this.grid.raw(p.row, p.col), text));
  }

  private textAt(row: number, col: number | undefined) {
    const p = this.at(row, col);
    return p && readText(this.grid, p);
  }

  moneyBlocks(places: readonly MoneyBlockPlace[]): MoneyBlock[] {
    return places.map((b) => ({
      period: b.period,
      total: b.total && { label: readText(this.grid, b.total.label), value: this.money(b.total.value) },
      sources: b.sources.map((s) => ({ part: s.part, label: readText(this.grid, s.label), value: this.money(s.value) })),
    }));
  }

  plan(place: TableLayout['plan']): Plan | null {
    return place && {
      label: readText(this.grid, place.label),
      checkpoints: place.checkpoints.map((cp) => ({
        label: readText(this.grid, cp.label),
        value: readWith(this.grid, cp.value, (text, p) => parsePercent(this.grid.raw(p.row, p.col), text, this.grid.format(p.row, p.col))),
      })),
    };
  }

  funds(place: FundsPlace | null): Funds | null {
    if (!place) return null;
    const c = place.columns;
    const rows = place.rows.map((r) => ({
        part: r.part,
        label: readText(this.grid, r.label),
        initialBudget: this.moneyAt(r.row, c.initialBudget),
        annualBudget: this.moneyAt(r.row, c.annualBudget),
        executed: this.moneyAt(r.row, c.executed),
        weight: this.numberAt(r.row, c.fundsWeight),
        rate: this.percentAt(r.row, c.rate),
        score: this.numberAt(r.row, c.fundsScore),
      }));
    const printed = rows.find((r) => r.part === 'total')?.weight?.value ?? null;
    return { headerRow: place.headerRow, columns: c, rows, executionWeight: printed ?? place.labelPoints };
  }

  tasks(place: RowsBlockPlace<TaskRole> | null): Tasks | null {
    if (!place) return null;
    const c = place.columns;
    const row = (r: number) => ({
      row: r,
      name: this.textAt(r, c.taskName) ?? readText(this.grid, { row: r, col: this.area.left }),
      content: this.textAt(r, c.taskContent),
      total: this.moneyAt(r, c.taskTotal),
      fiscal: this.moneyAt(r, c.taskFiscal),
      other: this.moneyAt(r, c.taskOther),
    });
    return { headerRow: place.headerRow, rows: place.rows.map(row), total: place.totalRow === null ? null : row(place.totalRow) };
  }

  schedule(place: RowsBlockPlace<ScheduleRole> | null): Schedule | null {
    if (!place) return null;
    const c = place.columns;
    const date = (r: number, col: number | undefined) => {
      const p = this.at(r, col);
      return p && readWith(this.grid, p, (text) => parseDate(this.grid.raw(p.row, p.col), text, this.grid.format(p.row, p.col)));
    };
    return {
      headerRow: place.headerRow,
      rows: place.rows.map((r) => ({ row: r, stage: this.textAt(r, c.stage), start: date(r, c.start), end: date(r, c.end) })),
    };
  }

  parts(place: RowsBlockPlace<PartsRole> | null): Parts | null {
    if (!place) return null;
    const c = place.columns;
    const row = (r: number) => ({ row: r, name: this.textAt(r, c.partName), amount: this.moneyAt(r, c.partAmount), share: this.percentAt(r, c.partShare) });
    return { headerRow: place.headerRow, rows: place.rows.map(row), total: place.totalRow === null ? null : row(place.totalRow) };
  }
}
