/** The host-free engine, as the task pane and the command line use it. */
export { checkWorkbook, type CheckResult } from './engine';
export { ReportSchema, type Report } from './report';
export { WorkbookSnapshotSchema, SheetSnapshotSchema, type WorkbookSnapshot, type SheetSnapshot } from './snapshot';
export { TableSchema, type Table } from './model/table';
export { FindingSchema, type Finding } from './finding';
export { RULES } from './rules/catalogue';
