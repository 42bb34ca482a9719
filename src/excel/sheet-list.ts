/// <reference types="office-js" />
import { OP_OVERHEAD_BYTES } from './limits';
import type { RequestBatcher } from './batcher';

export interface SheetInfo {
  name: string;
  visibility: string;
  protected: boolean;
}

export interface SheetList {
  sheets: SheetInfo[];
  /** Workbook structure protection: sheets cannot be added or deleted. */
  workbookProtected: boolean;
}

/** Queues the sheet list with each sheet's protection; read the answer after the next sync. */
export async function queueSheetList(context: Excel.RequestContext, batcher: RequestBatcher): Promise<() => SheetList> {
  await batcher.reserve(OP_OVERHEAD_BYTES * 2);
  const protection = context.workbook.protection;
  protection.load('protected');
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/protection/protected');
  return () => ({
    workbookProtected: protection.protected,
    sheets: worksheets.items.map((s) => ({ name: s.name, visibility: s.visibility, protected: s.protection.protected })),
  });
}

export function hasSheet(list: SheetList, name: string): boolean {
  const lower = name.toLowerCase();
  return list.sheets.some((s) => s.name.toLowerCase() === lower);
}

/** `name`, or `name (2)`, `name (3)`, … when a sheet of that name exists (Excel compares names without case). */
export function uniqueSheetName(list: SheetList, name: string): string {
  let candidate = name;
  for (let i = 2; hasSheet(list, candidate); i++) {
    const suffix = ` (${i})`;
    candidate = `${[...name].slice(0, 31 - suffix.length).join('')}${suffix}`;
  }
  return candidate;
}
