/// <reference types="office-js" />
import { PROFILE_SHEET, PROFILE_SHEET_ROWS, type ProfileSheetStore } from '../addin/profile-sheet';

const COLUMN = `A1:A${PROFILE_SHEET_ROWS}`;

/** The profile sheet through Office.js: two round trips to read (is it there, then its column), two to write. */
export function officeProfileSheet(): ProfileSheetStore {
  return {
    read: () => Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(PROFILE_SHEET).load('name');
      await context.sync();
      if (sheet.isNullObject) return null;
      const column = sheet.getRange(COLUMN).load('values');
      await context.sync();
      return column.values.map((row) => row[0]);
    }),
    write: (column) => Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const existing = worksheets.getItemOrNullObject(PROFILE_SHEET).load('name');
      await context.sync();
      const sheet = existing.isNullObject ? worksheets.add(PROFILE_SHEET) : existing;
      // Very hidden, as the record sheet: not listed under Unhide, so it is not removed by accident.
      sheet.visibility = 'VeryHidden';
      const range = sheet.getRange(COLUMN);
      range.numberFormat = column.map(() => ['@']);
      range.values = column.map((c) => [c]);
      await context.sync();
    }),
  };
}
