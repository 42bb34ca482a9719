/**
 * How a flagged cell gets its full message, decided from the requirement sets the running Excel
 * supports: notes (ExcelApi 1.18, the yellow notes every Excel, WPS and LibreOffice show), else
 * threaded comments (ExcelApi 1.10), else nothing beyond the 检查结果 column and the summary sheet.
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

function supported(requirements: RequirementSets | undefined, version: string): boolean {
  try {
    return requirements?.isSetSupported('ExcelApi', version) === true;
  } catch {
    return false;
  }
}

export function detectNotesMode(requirements: RequirementSets | undefined = officeRequirements()): NotesMode {
  if (supported(requirements, '1.18')) return 'notes';
  if (supported(requirements, '1.10')) return 'comments';
  return 'none';
}

/** Fill `pattern`, `patternColor` and the tints (ExcelApi 1.15); without them a fill is its colour. */
export function supportsFillPatterns(requirements: RequirementSets | undefined = officeRequirements()): boolean {
  return supported(requirements, '1.15');
}
