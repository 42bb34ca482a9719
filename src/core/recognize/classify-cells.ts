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

/** Everything the vocabulary says of one cell text; tables repeat the same texts, so it is worked out once per text. */
interface TextClass {
  note: boolean;
  signature: boolean;
  stamp: boolean;
  title: TitleKind | null;
  yearLine: boolean;
  unit: '万元' | '元' | null;
  total: boolean;
  field: { role: FieldKey; period: Period | null } | null;
  indicator: { role: IndicatorRole; period: Period | null } | null;
  department: { role: DepartmentRole; period: Period | null } | null;
  tasks: { role: TaskRole; period: Period | null } | null;
  funds: { role: FundsRole; period: Period | null } | null;
  schedule: { role: ScheduleRole; period: Period | null } | null;
  parts: { role: PartsRole; period: Period | null } | null;
}

const classes = new Map<string, TextClass>();
const CLASS_CACHE_LIMIT = 50_000;

function classify(text: string, label: string): TextClass {
  const key = text;
  let c = classes.get(key);
  if (c) return c;
  const long = text.length > MAX_LABEL_LENGTH * 2;
  const short = !long && label !== '';
  const field = short ? fieldLabel(text) : null;
  c = {
    note: isNoteLine(text),
    signature: isSignatureLine(text),
    stamp: !long && isStampLine(text),
    title: long ? null : titleKind(text),
    yearLine: short && isYearLine(text),
    unit: short ? moneyUnitLine(text) : null,
    total: short && isTotalLabel(text),
    field: field && { role: field.key, period: field.period },
    indicator: short ? indicatorColumn(text) : null,
    department: short ? departmentColumn(text) : null,
    tasks: short ? taskColumn(text) : null,
    funds: short ? fundsColumn(text) : null,
    schedule: short ? scheduleColumn(text) : null,
    parts: short ? partsColumn(text) : null,
  };
  if (classes.size >= CLASS_CACHE_LIMIT) classes.clear();
  classes.set(key, c);
  return c;
}

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
      const c = classify(text, grid.label(row, col));
      if (c.note) out.notes.push({ row, col });
      if (c.signature) out.signatures.push({ row, col });
      if (c.stamp) out.stamps.push({ row, col });
      if (c.title) {
        out.titles.push({ key: c.title, period: null, row, col });
        labels.add(row * COL_FACTOR + col);
      }
      if (c.yearLine) out.yearLines.push({ row, col });
      if (c.unit) out.unitLines.push({ key: c.unit, period: null, row, col });
      if (c.total) {
        out.totals.push({ row, col });
        labels.add(row * COL_FACTOR + col);
      }
      push(out.fields, c.field, row, col);
      push(out.indicator, c.indicator, row, col);
      push(out.department, c.department, row, col);
      push(out.tasks, c.tasks, row, col);
      push(out.funds, c.funds, row, col);
      push(out.schedule, c.schedule, row, col);
      push(out.parts, c.parts, row, col);
    }
  }
  return { ...out, isLabel: (row, col) => labels.has(row * COL_FACTOR + col) };
}
