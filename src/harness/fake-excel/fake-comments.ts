/** `workbook.comments`: threaded comments (ExcelApi 1.10), used where notes are not supported. */
import { cellAddress } from '../../core/address';
import { writable } from './fake-cells';
import { FakeOfficeError, unknownProp } from './fake-office-error';
import { FakeObject } from './fake-proxy';
import { FakeRange, singleCellOf } from './fake-range';
import type { FakeRequestContext } from './fake-request-context';
import type { FakeExcel } from './fake-excel';
import type { FakeComment } from './fake-state';

export class FakeCommentCollection extends FakeObject<FakeExcel> {
  private itemProxies: FakeCommentProxy[] | undefined;
  constructor(context: FakeRequestContext) {
    super(context, 'workbook.comments');
  }
  protected target(): FakeExcel {
    return this.fake;
  }
  protected readProps(t: FakeExcel, names: string[]): Record<string, unknown> {
    t.requireApi('1.10', this.path);
    if (names.some((n) => n !== 'items/id')) unknownProp(this.path, names.join());
    return { items: t.comments.map((c) => ({ id: c.id })) };
  }
  protected override applyLoaded(data: Record<string, unknown>): void {
    this.itemProxies = (data.items as { id: string }[]).map((d) => {
      const p = new FakeCommentProxy(this.context, `${this.path}.getItem(${d.id})`, d.id);
      p.setId(d.id);
      return p;
    });
  }
  get items(): FakeCommentProxy[] {
    if (!this.itemProxies) throw new FakeOfficeError('PropertyNotLoaded', `${this.path}.items read before a load was synced`);
    return this.itemProxies;
  }
  add(cell: FakeRange, content: string): void {
    this.context.enqueue({
      describe: { path: this.path, op: 'add', args: [cell.path, content] },
      mutating: true,
      run: () => {
        this.fake.requireApi('1.10', this.path);
        const t = cell.locate();
        writable(t.sheet);
        const { row, col } = singleCellOf(cell, t.sheet, this.path);
        if (this.fake.comments.some((c) => c.sheetId === t.sheet.id && c.row === row && c.col === col)) {
          throw new FakeOfficeError('InvalidArgument', `a comment already exists at ${cellAddress(row, col)}`);
        }
        this.fake.comments.push({ id: `c${this.fake.newId()}`, sheetId: t.sheet.id, row, col, content });
        return undefined;
      },
    });
  }
}

export class FakeCommentProxy extends FakeObject<FakeComment> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly commentId: string,
  ) {
    super(context, path);
  }
  protected target(): FakeComment | null {
    const c = this.fake.comments.find((x) => x.id === this.commentId);
    if (!c) throw new FakeOfficeError('ItemNotFound', `comment ${this.commentId}`);
    return c;
  }
  setId(id: string): void {
    this.loaded.set('id', id);
  }
  protected readProps(t: FakeComment, names: string[]): Record<string, unknown> {
    return Object.fromEntries(names.map((n) => (n === 'id' ? [n, t.id] : n === 'content' ? [n, t.content] : unknownProp(this.path, n))));
  }
  get id(): string {
    return this.prop('id');
  }
  getLocation(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getLocation()`, () => {
      const c = this.must();
      const sheet = this.fake.sheetById(c.sheetId);
      if (!sheet) throw new FakeOfficeError('ItemNotFound', 'sheet of comment');
      return { sheet, area: { top: c.row, left: c.col, bottom: c.row, right: c.col } };
    });
  }
  delete(): void {
    this.mutate('delete', null, (c) => {
      const sheet = this.fake.sheetById(c.sheetId);
      if (sheet) writable(sheet);
      this.fake.comments = this.fake.comments.filter((x) => x !== c);
    });
  }
}
