/** `Worksheet` and its `protection`. */
import { MAX_COLS, MAX_ROWS } from '../../core/address';
import type { Area } from '../../core/snapshot';
import { MAX_AREAS_ADDRESS_CHARS } from '../../excel/limits';
import { parseLocal, widen } from './fake-address';
import { isDefault } from './fake-cells';
import { FakeNoteCollection } from './fake-notes';
import { FakeOfficeError, unknownProp } from './fake-office-error';
import { FakeObject } from './fake-proxy';
import { FakeRange, FakeRangeAreas } from './fake-range';
import type { FakeRequestContext } from './fake-request-context';
import { officeSheetId, parseCellKey, type FakeSheet } from './fake-state';

/** Key of the fake's own sheet id in a collection load's items, which finds each item's sheet later. */
export const INTERNAL_ID = '_id';

export class FakeWorksheet extends FakeObject<FakeSheet> {
  readonly protection: FakeWorksheetProtection;
  readonly notes: FakeNoteCollection;
  readonly freezePanes: { freezeRows: (n: number) => void; unfreeze: () => void };
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => FakeSheet | null,
  ) {
    super(context, path);
    this.protection = new FakeWorksheetProtection(context, `${path}.protection`, () => this.must());
    this.notes = new FakeNoteCollection(context, `${path}.notes`, () => this.must(), true);
    this.freezePanes = {
      freezeRows: (n: number) => this.mutate('freezeRows', n, (s) => {
        s.frozenRows = n;
      }),
      unfreeze: () => this.mutate('unfreeze', null, (s) => {
        s.frozenRows = 0;
      }),
    };
  }
  protected target(): FakeSheet | null {
    return this.find();
  }
  /** Fills in what a collection load brought for this item (`items/name`, `items/protection/protected`). */
  setLoaded(d: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(d)) {
      if (k === 'protection/protected') this.protection.setProtected(v as boolean);
      else if (k !== INTERNAL_ID) this.loaded.set(k, v);
    }
  }
  protected readProps(t: FakeSheet, names: string[]): Record<string, unknown> {
    return Object.fromEntries(names.map((n) => {
      if (n === 'name') return [n, t.name];
      if (n === 'visibility') return [n, t.visibility];
      if (n === 'id') return [n, officeSheetId(t)];
      return unknownProp(this.path, n);
    }));
  }
  get id(): string {
    return this.prop('id');
  }
  get name(): string {
    return this.prop('name');
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  set visibility(v: string) {
    this.mutate('visibility', v, (s) => {
      s.visibility = v;
    });
  }
  activate(): void {
    this.view('activate', null, (s) => this.fake.activateSheet(s));
  }
  delete(): void {
    this.mutate('delete', null, (s) => this.fake.deleteSheet(s));
  }
  private rangeProxy(path: string, area: () => Area): FakeRange {
    return new FakeRange(this.context, `${this.path}.${path}`, () => ({ sheet: this.must(), area: area() }));
  }
  getRange(address?: string): FakeRange {
    return this.rangeProxy(`getRange(${JSON.stringify(address ?? '')})`, () =>
      address === undefined ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } : parseLocal(address),
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return this.rangeProxy(`getRangeByIndexes(${row},${col},${rows},${cols})`, () => {
      if (rows < 1 || cols < 1 || row < 0 || col < 0 || row + rows > MAX_ROWS || col + cols > MAX_COLS) throw new FakeOfficeError('InvalidArgument', 'range out of the sheet');
      return { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols };
    });
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this.path}.getRanges(${JSON.stringify(address)})`, () => {
      this.fake.requireApi('1.9', 'worksheet.getRanges');
      if (address.length > MAX_AREAS_ADDRESS_CHARS) throw new FakeOfficeError('InvalidArgument', `address list of ${address.length} characters`);
      return { sheet: this.must(), areas: address.split(',').map(parseLocal) };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const s = this.must();
      let area: Area | null = null;
      for (const [k, c] of s.cells) {
        if (valuesOnly ? c.value === null && c.formula === null : isDefault(c)) continue;
        const [row, col] = parseCellKey(k);
        area = widen(area, row, col);
      }
      return area ? { sheet: s, area } : null;
    });
  }
}

export class FakeWorksheetProtection extends FakeObject<FakeSheet> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, path);
  }
  protected target(): FakeSheet {
    return this.sheet();
  }
  protected readProps(t: FakeSheet, names: string[]): Record<string, unknown> {
    return Object.fromEntries(names.map((n) => (n === 'protected' ? [n, t.protected] : unknownProp(this.path, n))));
  }
  setProtected(v: boolean): void {
    this.loaded.set('protected', v);
  }
  get protected(): boolean {
    return this.prop('protected');
  }
}
