/** `worksheet.notes`: the classic yellow notes (ExcelApi 1.18), one per cell. */
import { cellAddress } from '../../core/address';
import { writable } from './fake-cells';
import { FakeOfficeError, unknownProp } from './fake-office-error';
import { FakeObject } from './fake-proxy';
import { singleCellOf, type FakeRange } from './fake-range';
import type { FakeRequestContext } from './fake-request-context';
import { cellKey, type FakeSheet } from './fake-state';

interface NoteTarget {
  sheet: FakeSheet;
  key: string;
}

export class FakeNoteCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
    private readonly sheet: () => FakeSheet,
  ) {}
  getItemOrNullObject(address: string): FakeNote {
    return new FakeNote(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(address)})`, () => {
      const s = this.sheet();
      const { row, col } = singleCellOf(address, s, this.path);
      return s.notes.has(cellKey(row, col)) ? { sheet: s, key: cellKey(row, col) } : null;
    });
  }
  add(cell: FakeRange | string, content: string): void {
    const fake = this.context.fake;
    this.context.enqueue({
      describe: { path: this.path, op: 'add', args: [typeof cell === 'string' ? cell : cell.path, content] },
      mutating: true,
      run: () => {
        const s = this.sheet();
        writable(s);
        const { row, col } = singleCellOf(cell, s, this.path);
        if (s.notes.has(cellKey(row, col))) throw new FakeOfficeError('InvalidArgument', `a note already exists at ${cellAddress(row, col)}`);
        if (fake.comments.some((c) => c.sheetId === s.id && c.row === row && c.col === col)) {
          throw new FakeOfficeError('InvalidOperation', `a threaded comment is already at ${cellAddress(row, col)}`);
        }
        s.notes.set(cellKey(row, col), content);
        return undefined;
      },
    });
  }
}

export class FakeNote extends FakeObject<NoteTarget> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => NoteTarget | null,
  ) {
    super(context, path);
  }
  protected target(): NoteTarget | null {
    return this.find();
  }
  protected readProps(t: NoteTarget, names: string[]): Record<string, unknown> {
    return Object.fromEntries(names.map((n) => (n === 'content' ? [n, t.sheet.notes.get(t.key)] : unknownProp(this.path, n))));
  }
  get content(): string {
    return this.prop('content');
  }
  delete(): void {
    this.mutate('delete', null, (t) => {
      writable(t.sheet);
      t.sheet.notes.delete(t.key);
    });
  }
}
