import type { Area } from '../snapshot';
import type { CellPos } from './sheet-grid';
import type {
  DepartmentRole, FamilyId, FieldKey, FundsRole, IndicatorRole, MoneyPart, MoneySource, Period, PartsRole, ScheduleRole,
  TableKind, TaskRole, TitleKind, BlockKind, Part,
} from '../vocabulary';

/** A field label and the cell its value is in (null when the form leaves no cell for it). */
export interface FieldPlace {
  key: FieldKey;
  period: Period | null;
  label: CellPos;
  value: CellPos | null;
}

export interface MoneyBlockPlace {
  period: Period | null;
  total: { label: CellPos; value: CellPos } | null;
  sources: { part: MoneySource; label: CellPos; value: CellPos }[];
}

/** A grid of rows under a header: which column plays which role, and where its body lies. */
export interface RowsBlockPlace<R extends string> {
  headerRow: number;
  columns: Partial<Record<R, number>>;
  rows: number[];
  /** The 合计 / 金额合计 row closing the block, when it has one. */
  totalRow: number | null;
}

export interface IndicatorGridPlace {
  period: Period | null;
  headerRow: number;
  columns: Partial<Record<IndicatorRole, number>>;
  twoLevel: boolean;
  firstRow: number;
  lastRow: number;
  /** The 实际完成值 column beside the grid: the add-in's from a previous check, or one a clear kept as the user's. */
  ownedActual: number | null;
}

export interface FundsPlace {
  headerRow: number;
  /** Points the block's label prints (`预算执行情况（万元）（10分）`), for a form with no 分值 column. */
  labelPoints: number | null;
  columns: Partial<Record<FundsRole, number>>;
  rows: { part: MoneyPart; label: CellPos; row: number }[];
}

/** Where a recognized table keeps each of its parts. */
export interface TableLayout {
  kind: TableKind;
  family: FamilyId;
  /** The family's parts the table lacks, when it looks like the family. */
  missing: Part[];
  blocks: BlockKind[];
  area: Area;
  title: CellPos | null;
  titleKind: TitleKind | null;
  /** The cell that prints the budget year: the title, or the year line under it. */
  yearCell: CellPos | null;
  moneyUnit: '万元' | '元';
  fields: FieldPlace[];
  money: MoneyBlockPlace[];
  plan: { label: CellPos; checkpoints: { label: CellPos; value: CellPos }[] } | null;
  funds: FundsPlace | null;
  tasks: RowsBlockPlace<TaskRole> | null;
  schedule: RowsBlockPlace<ScheduleRole> | null;
  costParts: RowsBlockPlace<PartsRole> | null;
  grids: IndicatorGridPlace[];
  /** The 总分 row; `value` is the cell right of its label when it is printed outside the grid (above it). */
  totalRow: { row: number; label: CellPos; value: CellPos | null } | null;
  /** The add-in's 全年执行数 input cell, from a previous check. */
  execution: CellPos | null;
  department: RowsBlockPlace<DepartmentRole> | null;
}
