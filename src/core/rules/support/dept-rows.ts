import type { DepartmentEntry, DepartmentIndicator } from '../../model/department-entry';
import type { Table } from '../../model/table';
import { BAND_NAMES } from '../../parse/band-scale';
import { displayText } from '../../text';

/** Every indicator row of a department table, in sheet order. */
export function indicatorsOf(table: Table): DepartmentIndicator[] {
  return table.entries.flatMap((e) => e.indicators);
}

/** Long cell text shortened for a message. */
export function shortText(s: string, max = 20): string {
  const t = displayText(s);
  return [...t].length > max ? `${[...t].slice(0, max).join('')}…` : t;
}

/** How a message names an indicator: its name, or its row when the name is missing. */
export function indicatorLabel(indicator: DepartmentIndicator): string {
  return indicator.name.value === '' ? `第${indicator.row}行的指标` : shortText(indicator.name.value);
}

/** A band cell's text for a message. */
export function bandText(indicator: DepartmentIndicator, name: (typeof BAND_NAMES)[number]): string {
  return displayText(indicator.bands[name].text);
}

/** A department and the activity rows under it (up to the next department row). */
export interface DepartmentGroup {
  department: DepartmentEntry;
  activities: DepartmentEntry[];
}

/** Entries grouped under their department; activities before any department row belong to none. */
export function departmentGroups(table: Table): DepartmentGroup[] {
  const groups: DepartmentGroup[] = [];
  for (const entry of table.entries) {
    if (entry.level === 'department') groups.push({ department: entry, activities: [] });
    else groups[groups.length - 1]?.activities.push(entry);
  }
  return groups;
}

/**
 * Entries that carry targets themselves: every activity, and a department row with no activity
 * under it (`十二、退役军人服务站`). A department row heading its activities only sums them.
 */
export function targetEntries(table: Table): DepartmentEntry[] {
  const headings = new Set(departmentGroups(table).filter((g) => g.activities.length > 0).map((g) => g.department));
  return table.entries.filter((e) => !headings.has(e));
}

/** 万元 for messages: two decimals, as the tables print them. */
export function formatWan(n: number): string {
  return n.toFixed(2);
}
