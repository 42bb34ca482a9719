/**
 * `workbook.notes` and `worksheet.notes`: the classic yellow notes (ExcelApi 1.18), one per cell.
 * On Excel on the web every command through `worksheet.notes` fails (office-js issue 6198).
 */
import { cellAddress } from '../../core/address';
import { splitSheetAddress } from '../../excel/office-ops';
import { writable } from './fake-cells';
import { FakeOfficeError, unknownProp } from './fake-office-error';
import { FakeObject } from './fake-proxy';
import { FakeRange, singleCellOf } from './fake-range';
import type { FakeRequestContext } from './fake-request-context';
import { cellKey, type FakeSheet } from './fake-state';

interface NoteTarget {
  sheet: FakeSheet;
  key: string;
}

/** Where a note address points: the worksheet's own sheet, or the sheet an address names. */
type SheetOf = (address: string | FakeRange) => FakeSheet;

export class FakeNoteCollection {
  private itemList: FakeNote[] | undefined;
  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
    private readonly sheetOf: SheetOf,
    private readonly worksheetLevel: boolean,
  ) {}
  private check(): void {
    const fake = this.context.fake;
    fake.requireApi('1.18', this.path);
    if (this.worksheetLevel && fake.onTheWeb) throw new FakeOfficeError('GeneralException', `${this.path} is not available on Excel on the web`);
  }
  /** Loads the notes of the collection's sheets (`items/<property>`), in sheet order, each by rows. */
  load(spec: string): this {
    const names = spec.split(',').map((n) => n.trim());
    const fake = this.context.fake;
    this.context.enqueue({
      describe: { path: this.path, op: 'load', names },
      mutating: false,
      run: () => {
        this.check();
        if (!names.every((n) => n.startsWith('items/'))) unknownProp(this.path, spec);
        const sheets = this.worksheetLevel ? [this.sheetOf('A1')] : fake.sheets;
        const notes = sheets.flatMap((sheet) => [...sheet.notes.keys()].map((key) => ({ sheet, key })));
        const data = notes.map((n) => new FakeNote(this.context, '', () => n).readNow(names.map((x) => x.slice('items/'.length))));
        return {
          data,
          commit: () => {
            this.itemList = notes.map((n, i) => {
              const note = new FakeNote(this.context, `${this.path}.items[${i}]`, () => (n.sheet.notes.has(n.key) ? n : null));
              note.acceptLoaded(data[i] as Record<string, unknown>);
              return note;
            });
          },
        };
      },
    });
    return this;
  }
  get items(): FakeNote[] {
    if (!this.itemList) throw new FakeOfficeError('PropertyNotLoaded', `${this.path}.items read before a load was synced`);
    return this.itemList;
  }
  /** On `workbook.notes` the address names its sheet (`'Sheet 1'!A1`). */
  getItemOrNullObject(address: string): FakeNote {
    return new FakeNote(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(address)})`, () => {
      this.check();
      const s = this.sheetOf(address);
      const { row, col } = singleCellOf(localPart(address), s, this.path);
      return s.notes.has(cellKey(row, col)) ? { sheet: s, key: cellKey(row, col) } : null;
    });
  }
  add(cell: FakeRange | string, content: string): void {
    const fake = this.context.fake;
    this.context.enqueue({
      describe: { path: this.path, op: 'add', args: [typeof cell === 'string' ? cell : cell.path, content] },
      mutating: true,
      run: () => {
        this.check();
        const s = this.sheetOf(cell);
        writable(s);
        const { row, col } = singleCellOf(typeof cell === 'string' ? localPart(cell) : cell, s, this.path);
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

function localPart(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** The sheet a sheet-qualified address names, for `workbook.notes`. */
export function sheetNamed(fake: { sheets: FakeSheet[] }, address: string): FakeSheet {
  const { sheet } = splitSheetAddress(address);
  const found = fake.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
  if (!found) throw new FakeOfficeError('InvalidCellAddress', `no sheet in note address ${address}`);
  return found;
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
    return Object.fromEntries(
      names.map((n) => (n === 'content' ? [n, t.sheet.notes.get(t.key)] : n === 'authorName' ? [n, 'Author'] : unknownProp(this.path, n))),
    );
  }
  /** The note's cell (ExcelApi 1.18). */
  getLocation(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getLocation()`, () => {
      const t = this.must();
      const [row, col] = t.key.split(',').map(Number) as [number, number];
      return { sheet: t.sheet, area: { top: row, left: col, bottom: row, right: col } };
    });
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
