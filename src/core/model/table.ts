import { z } from 'zod';
import { ProjectTableSchema } from './project-table';
import { DepartmentTableSchema } from './department-table';

export const TableSchema = z.discriminatedUnion('kind', [ProjectTableSchema, DepartmentTableSchema]);
export type Table = z.infer<typeof TableSchema>;

/** The name a person knows a table by: the project name, or the title, or its place. */
export function tableName(table: Table): string {
  if (table.kind === 'project') return table.name?.value || table.title?.value || '';
  return table.title?.value || '部门整体绩效目标';
}
