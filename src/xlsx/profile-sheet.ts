import type ExcelJS from 'exceljs';
import { decodeProfileSheet, PROFILE_SHEET, PROFILE_SHEET_ROWS, profileSheetColumn, type ProfileSheetRead } from '../addin/profile-sheet';
import type { Profile } from '../core/profile/profile-schema';
import { plainContent } from './cell-content';

/** The profile the workbook keeps in its profile sheet, or null when it has none. */
export function readWorkbookProfile(wb: ExcelJS.Workbook): ProfileSheetRead | null {
  const ws = wb.getWorksheet(PROFILE_SHEET);
  if (!ws) return null;
  const column = Array.from({ length: PROFILE_SHEET_ROWS }, (_, i) => {
    const cell = ws.findRow(i + 1)?.findCell(1);
    return cell ? plainContent(cell.value) : null;
  });
  return decodeProfileSheet(column);
}

/** Keeps `profile` in the workbook: the very hidden profile sheet, added or rewritten. */
export function writeWorkbookProfile(wb: ExcelJS.Workbook, profile: Profile): void {
  const ws = wb.getWorksheet(PROFILE_SHEET) ?? wb.addWorksheet(PROFILE_SHEET, { state: 'veryHidden' });
  ws.state = 'veryHidden';
  profileSheetColumn(profile).forEach((chunk, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.numFmt = '@';
    cell.value = chunk === '' ? null : chunk;
  });
}
