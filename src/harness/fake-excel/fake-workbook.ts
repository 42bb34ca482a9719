/** `context.workbook`: its sheets, structure protection, threaded comments, notes and the selection. */
import { FakeCommentCollection } from './fake-comments';
import { FakeNoteCollection, sheetNamed } from './fake-notes';
import type { FakeExcel } from './fake-excel';
import { FakeOfficeError, unknownProp } from './fake-office-error';
import { FakeObject } from './fake-proxy';
import { FakeRange } from './fake-range';
import type { FakeRequestContext } from './fake-request-context';
import { FakeWorksheetCollection } from './fake-worksheet-collection';

export class FakeWorkbookProtection extends FakeObject<FakeExcel> {
  protected target(): FakeExcel {
    return this.fake;
  }
  protected readProps(t: FakeExcel, names: string[]): Record<string, unknown> {
    return Object.fromEntries(names.map((n) => (n === 'protected' ? [n, t.workbookProtected] : unknownProp(this.path, n))));
  }
  get protected(): boolean {
    return this.prop('protected');
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  readonly comments: FakeCommentCollection;
  readonly notes: FakeNoteCollection;
  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.protection = new FakeWorkbookProtection(context, 'workbook.protection');
    this.comments = new FakeCommentCollection(context);
    this.notes = new FakeNoteCollection(
      context, 'workbook.notes', (cell) => (typeof cell === 'string' ? sheetNamed(context.fake, cell) : cell.locate().sheet), false,
    );
  }
  /** The selection on the active sheet (A1 until something else is selected there). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, 'workbook.getSelectedRange()', () => {
      const sheet = this.context.fake.activeSheetState();
      if (!sheet) throw new FakeOfficeError('ItemNotFound', 'the workbook has no visible sheet');
      return { sheet, area: sheet.selection };
    });
  }
}
