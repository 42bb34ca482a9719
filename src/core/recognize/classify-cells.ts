/**
 * One pass over a sheet's cells: every label, header, title and marker the vocabulary knows, with
 * where it is. Everything after works from these hits, never from cell text again.
 */
import type { SheetGrid } from './sheet-grid';
import type { OwnedRegions } from './owned-region';
import {
  GRADES, departmentColumn, fieldLabel, fundsColumn, indicatorColumn, isNonTableHeading, isNoteLine, isSignatureLine, isStampLine,
  isTotalLabel, isYearLine, moneyUnitLine, partsColumn, scheduleColumn, taskColumn, titleKind,
  type DepartmentRole, type FieldKey, type FundsRole, type IndicatorRole, type PartsRole, type Period,
  type ScheduleRole, type TaskRole, type TitleKind,
} from '../vocabulary';

export interface Hit<K> {
  key: K;
  period: Period | null;
  row: number;
  col: number;
}

export interface Pos {
  row: number;
  col: number;
}

/** Every anchor of one sheet, each list in row-major order. */
export interface SheetCells {
  fields: Hit<FieldKey>[];
  indicator: Hit<IndicatorRole>[];
  department: Hit<DepartmentRole>[];
  tasks: Hit<TaskRole>[];
  funds: Hit<FundsRole>[];
  schedule: Hit<ScheduleRole>[];
  parts: Hit<PartsRole>[];
  titles: Hit<TitleKind>[];
  yearLines: Pos[];
  unitLines: Hit<'万元' | '元'>[];
  totals: Pos[];
  notes: Pos[];
  signatures: Pos[];
  stamps: Pos[];
  /** The sheet is headed 目录, 填报说明 or 封面: whatever it names, it holds no table. */
  nonTable: boolean;
  /** Cells holding any label or header, for telling a label from a value. */
  isLabel(row: number, col: number): boolean;
}

const COL_FACTOR = 20_000;
const GRADE_WORDS: ReadonlySet<string> = new Set(GRADES);
/** Longer texts are values or prose, never labels. */
const MAX_LABEL_LENGTH = 60;

export function classifyCells(grid: SheetGrid, owned: OwnedRegions): SheetCells {
  const out: Omit<SheetCells, 'isLabel'> = {
    fields: [], indicator: [], department: [], tasks: [], funds: [], schedule: [], parts: [], titles: [],
    yearLines: [], unitLines: [], totals: [], notes: [], signatures: [], stamps: [], nonTable: false,
  };
  const labels = new Set<number>();
  let firstText = true;
  const push = <K extends string>(list: Hit<K>[], hit: { role: K; period: Period | null } | null, row: number, col: number) => {
    if (!hit) return;
    list.push({ key: hit.role, period: hit.period, row, col });
    // 优/良/中/差 head the seed's bands, but as a cell of their own they are just as often a value (自评等级：良).
    if (!GRADE_WORDS.has(hit.role)) labels.add(row * COL_FACTOR + col);
  };
  for (let row = grid.top; row <= grid.bottom; row++) {
    for (let col = grid.left; col <= grid.right; col++) {
      if (!grid.isMaster(row, col) || grid.isBlank(row, col) || owned.covers(row, col)) continue;
      const text = grid.text(row, col);
      if (firstText) {
        firstText = false;
        if (isNonTableHeading(text)) out.nonTable = true;
      }
      if (isNoteLine(text)) out.notes.push({ row, col });
      if (isSignatureLine(text)) out.signatures.push({ row, col });
      if (text.length > MAX_LABEL_LENGTH * 2) continue;
      if (isStampLine(text)) out.stamps.push({ row, col });
      const title = titleKind(text);
      if (title) {
        out.titles.push({ key: title, period: null, row, col });
        labels.add(row * COL_FACTOR + col);
      }
      if (grid.label(row, col) === '') continue;
      if (isYearLine(text)) out.yearLines.push({ row, col });
      const unit = moneyUnitLine(text);
      if (unit) out.unitLines.push({ key: unit, period: null, row, col });
      if (isTotalLabel(text)) {
        out.totals.push({ row, col });
        labels.add(row * COL_FACTOR + col);
      }
      const field = fieldLabel(text);
      push(out.fields, field && { role: field.key, period: field.period }, row, col);
      push(out.indicator, indicatorColumn(text), row, col);
      push(out.department, departmentColumn(text), row, col);
      push(out.tasks, taskColumn(text), row, col);
      push(out.funds, fundsColumn(text), row, col);
      push(out.schedule, scheduleColumn(text), row, col);
      push(out.parts, partsColumn(text), row, col);
    }
  }
  return { ...out, isLabel: (row, col) => labels.has(row * COL_FACTOR + col) };
}


