import type { Area } from '../snapshot';
import type { CellPos } from './sheet-grid';
import type { DepartmentColumn, IndicatorColumn, ProjectLabel } from './labels';

/** Where a recognized project table keeps each field: label cells and the value cells beside them. */
export interface ProjectLayout {
  kind: 'project';
  area: Area;
  form: 'standard' | 'mof-reference';
  title: CellPos | null;
  moneyUnit: '万元' | '元';
  labels: Partial<Record<ProjectLabel, CellPos>>;
  values: Partial<Record<Exclude<ProjectLabel, 'other' | 'budgetGroup' | 'plan'>, CellPos>>;
  otherFunds: CellPos[];
  plan: { label: CellPos; checkpoints: { label: CellPos; value: CellPos }[] } | null;
  header: { row: number; columns: Partial<Record<IndicatorColumn, number>> } | null;
  indicatorRows: number[];
}

export interface DepartmentLayout {
  kind: 'department';
  area: Area;
  title: CellPos | null;
  headerRow: number;
  columns: Partial<Record<DepartmentColumn, number>>;
  dataRows: number[];
}

export type TableLayout = ProjectLayout | DepartmentLayout;
