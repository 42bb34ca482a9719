import type ExcelJS from 'exceljs';

/** The page setup fields a check changes, as recorded (null: unset). */
const FIELDS = ['orientation', 'fitToPage', 'fitToWidth', 'fitToHeight', 'scale'] as const;
type Field = (typeof FIELDS)[number];
export type RecordedPageSetup = Record<Field, string | number | boolean | null>;

/** What `fitToPageWidth` will change, before it does. */
export function recordPageSetup(ws: ExcelJS.Worksheet): RecordedPageSetup {
  const setup = ws.pageSetup as Partial<Record<Field, string | number | boolean>>;
  return Object.fromEntries(FIELDS.map((f) => [f, setup[f] ?? null])) as RecordedPageSetup;
}

/** Landscape, one page wide, as many tall as needed. */
export function fitToPageWidth(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = { ...ws.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/** Puts back a recorded page setup; anything that is not one (a record from elsewhere) is left alone. */
export function restorePageSetup(ws: ExcelJS.Worksheet, recorded: unknown): void {
  if (recorded === null || typeof recorded !== 'object') return;
  const r = recorded as Partial<Record<Field, unknown>>;
  const next: Record<string, unknown> = { ...ws.pageSetup };
  for (const f of FIELDS) {
    const v = r[f];
    if (v === null || v === undefined) delete next[f];
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') next[f] = v;
  }
  ws.pageSetup = next as Partial<ExcelJS.PageSetup>;
}
