import { PROFILE_SHEET, PROFILE_SHEET_ROWS, type ProfileSheetStore } from '../addin/profile-sheet';
import { SHEET_VERY_HIDDEN, values2, type EtApplication } from './et-facade';
import { addSheet } from './wps-apply-plan';
import { sheetNamed } from './wps-cells';

const COLUMN = `A1:A${PROFILE_SHEET_ROWS}`;

/** The profile sheet of the active workbook through the ET object model; no workbook, no sheet. */
export function etProfileSheet(app: EtApplication): ProfileSheetStore {
  return {
    read: async () => {
      const book = app.ActiveWorkbook;
      const sheet = book && sheetNamed(book, PROFILE_SHEET);
      return sheet ? values2(sheet.Range(COLUMN), PROFILE_SHEET_ROWS, 1).map((row) => row[0]) : null;
    },
    write: async (column) => {
      const book = app.ActiveWorkbook;
      if (!book) throw new Error('没有打开的工作簿 / No workbook is open');
      const sheet = sheetNamed(book, PROFILE_SHEET) ?? addSheet(book, PROFILE_SHEET);
      // Very hidden, as the record sheet: not listed under 取消隐藏, so it is not removed by accident.
      sheet.Visible = SHEET_VERY_HIDDEN;
      const range = sheet.Range(COLUMN);
      range.NumberFormat = '@';
      range.Value2 = column.map((c) => [c]);
    },
  };
}
