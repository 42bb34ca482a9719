/**
 * The Office requirement sets the add-in is written against. manifest.xml declares `REQUIRED_SETS`,
 * so Office loads the add-in only where they are supported; everything the add-in uses from a later
 * set is listed in `GUARDED` and used only where `supports(feature)` says so, with a fallback
 * otherwise. `npm run validate` checks both against the manifest and the code (src/manifest/api-sets.ts).
 */

export interface RequirementSet {
  name: string;
  version: string;
}

/**
 * ExcelApi 1.13: `getMergedAreasOrNullObject`, without which the tables' merged labels and values
 * cannot be read (the engine would report most merged cells as empty); with it come RangeAreas and
 * `getCellProperties` (1.9), the fill patterns and tints (1.9) and threaded comments (1.10).
 */
export const MINIMUM_EXCEL_API: RequirementSet = { name: 'ExcelApi', version: '1.13' };

/** Declared in manifest.xml: the Excel API above, the shared runtime of the ribbon and the pane, the notice dialog. */
export const REQUIRED_SETS: readonly RequirementSet[] = [
  MINIMUM_EXCEL_API,
  { name: 'SharedRuntime', version: '1.1' },
  { name: 'DialogApi', version: '1.1' },
];

/** Used only where supported; the key is what the code asks `supports` for. */
export const GUARDED = {
  /** `WorksheetChangedEventArgs.triggerSource`: without it the add-in's own writes are told apart by time. */
  triggerSource: { name: 'ExcelApi', version: '1.14' },
  /** Notes (`workbook.notes`); without them a flag's message goes into a threaded comment. */
  notes: { name: 'ExcelApi', version: '1.18' },
} as const satisfies Record<string, RequirementSet>;

export type GuardedFeature = keyof typeof GUARDED;

/**
 * How a flagged cell gets its full message, decided from the requirement sets the running Excel
 * supports: notes (the yellow notes every Excel, WPS and LibreOffice show), else threaded comments,
 * else nothing beyond the 检查结果 column and the summary sheet.
 */
export type NotesMode = 'notes' | 'comments' | 'none';

/** The part of `Office.context.requirements` used here. */
export interface RequirementSets {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** `Office.context.requirements` when running inside Office, else undefined (Node, tests). */
export function officeRequirements(): RequirementSets | undefined {
  const office = (globalThis as { Office?: { context?: { requirements?: RequirementSets } } }).Office;
  return office?.context?.requirements;
}

function isSupported(requirements: RequirementSets | undefined, set: RequirementSet): boolean {
  try {
    return requirements?.isSetSupported(set.name, set.version) === true;
  } catch {
    return false;
  }
}

/** Whether the running Office supports a guarded feature; false outside Office. */
export function supports(feature: GuardedFeature, requirements: RequirementSets | undefined = officeRequirements()): boolean {
  return isSupported(requirements, GUARDED[feature]);
}

/** Outside Office (the adapter driven without requirement sets) neither notes nor comments. */
export function detectNotesMode(requirements: RequirementSets | undefined = officeRequirements()): NotesMode {
  if (supports('notes', requirements)) return 'notes';
  if (isSupported(requirements, MINIMUM_EXCEL_API)) return 'comments';
  return 'none';
}

/**
 * Fill `pattern`, `patternColor` and the tints are ExcelApi 1.9 (not 1.15), within the manifest's
 * minimum; outside Office (the adapter driven without requirement sets) a fill is its colour.
 */
export function supportsFillPatterns(requirements: RequirementSets | undefined = officeRequirements()): boolean {
  return isSupported(requirements, MINIMUM_EXCEL_API);
}
