/** `Range` (one rectangle) and `RangeAreas` (several, from `getRanges` or merged areas). */
import type { Area } from '../../core/snapshot';
import { intersects, parseLocal, sheetAddress } from './fake-address';
import { clearCells, fillView, getCell, grid, textOf, updateCells, updateContents, type Cells } from './fake-cells';
import { FakeRangeFormat } from './fake-format';
import { movedFormula } from './fake-copy';
import { FakeOfficeError, unknownProp } from './fake-office-error';
import { FakeClientResult, FakeObject } from './fake-proxy';
import type { FakeRequestContext } from './fake-request-context';
import type { FakeCell, FakeFill, FakeSheet } from './fake-state';
import { readEntry } from './typed-input';

export interface RangeTarget {
  sheet: FakeSheet;
  area: Area;
}

/** Excel refuses to load the cell data of more than 5 million cells at once. */
const MAX_LOAD_CELLS = 5_000_000;

export class FakeRange extends FakeObject<RangeTarget> {
  private formatProxy: FakeRangeFormat | undefined;
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => RangeTarget | null,
  ) {
    super(context, path);
  }
  protected target(): RangeTarget | null {
    return this.find();
  }
  /** Where the range is, resolved now (for commands that take a range argument). */
  locate(): RangeTarget {
    return this.must();
  }
  private cells(): Cells {
    const t = this.must();
    return { sheet: t.sheet, areas: [t.area] };
  }
  protected readProps(t: RangeTarget, names: string[]): Record<string, unknown> {
    const { sheet, area } = t;
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    const out: Record<string, unknown> = {};
    for (const n of names) {
      if (['values', 'text', 'numberFormat', 'formulas'].includes(n) && cells > MAX_LOAD_CELLS) throw new FakeOfficeError('InvalidOperation', 'range too large');
      const at = (r: number, c: number) => getCell(sheet, r, c);
      if (n === 'values') out[n] = grid(area, (r, c) => at(r, c).value ?? '');
      else if (n === 'text') out[n] = grid(area, (r, c) => textOf(at(r, c)));
      else if (n === 'numberFormat') out[n] = grid(area, (r, c) => at(r, c).numberFormat);
      else if (n === 'formulas') out[n] = grid(area, (r, c) => (at(r, c).formula !== null ? `=${at(r, c).formula}` : (at(r, c).value ?? '')));
      else if (n === 'address') out[n] = sheetAddress(sheet.name, area);
      else if (n === 'rowIndex') out[n] = area.top - 1;
      else if (n === 'columnIndex') out[n] = area.left - 1;
      else if (n === 'rowCount') out[n] = area.bottom - area.top + 1;
      else if (n === 'columnCount') out[n] = area.right - area.left + 1;
      else unknownProp(this.path, n);
    }
    return out;
  }
  get values(): unknown[][] {
    return this.prop('values');
  }
  get text(): string[][] {
    return this.prop('text');
  }
  get numberFormat(): unknown[][] {
    return this.prop('numberFormat');
  }
  get formulas(): unknown[][] {
    return this.prop('formulas');
  }
  get address(): string {
    return this.prop('address');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  private write2d(op: string, data: unknown[][], content: boolean, apply: (c: FakeCell, v: unknown) => void): void {
    this.mutate(op, data, (t) => {
      const rows = t.area.bottom - t.area.top + 1;
      const cols = t.area.right - t.area.left + 1;
      if (data.length !== rows || data.some((line) => line.length !== cols)) throw new FakeOfficeError('InvalidArgument', `${op}: ${data.length} rows for a ${rows}x${cols} range`);
      const each = (c: FakeCell, row: number, col: number) => {
        const v = data[row - t.area.top]?.[col - t.area.left];
        if (v !== null && v !== undefined) apply(c, v);
      };
      const cells = { sheet: t.sheet, areas: [t.area] };
      if (content) updateContents(cells, this.fake, each);
      else updateCells(cells, each);
    });
  }
  set values(data: unknown[][]) {
    this.write2d('values', data, true, (c, v) => {
      Object.assign(c, readEntry(v, c.numberFormat), { text: null });
    });
  }
  set formulas(data: unknown[][]) {
    this.write2d('formulas', data, true, (c, v) => {
      Object.assign(c, readEntry(v, c.numberFormat), { text: null });
    });
  }
  set numberFormat(data: unknown[][]) {
    this.write2d('numberFormat', data, false, (c, v) => {
      c.numberFormat = String(v) === '' ? 'General' : String(v);
      c.text = null;
    });
  }
  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.context, `${this.path}.format`, () => this.cells());
    return this.formatProxy;
  }
  clear(applyTo = 'All'): void {
    this.mutate('clear', applyTo, (t) => clearCells({ sheet: t.sheet, areas: [t.area] }, applyTo, this.fake));
  }
  /** Selects the range and activates its sheet, as Excel does. */
  select(): void {
    this.view('select', null, (t) => this.fake.selectRange(t.sheet, t.area));
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this.path}.getMergedAreasOrNullObject()`, () => {
      this.fake.requireApi('1.13', 'range.getMergedAreasOrNullObject');
      const t = this.must();
      const areas = t.sheet.merges.filter((m) => intersects(m, t.area));
      return areas.length > 0 ? { sheet: t.sheet, areas } : null;
    });
  }
  getCellProperties(options: { format?: { fill?: Record<string, boolean>; font?: { bold?: boolean }; wrapText?: boolean } }): FakeClientResult<unknown[][]> {
    const result = new FakeClientResult<unknown[][]>(`${this.path}.getCellProperties`);
    this.context.enqueue({
      describe: { path: this.path, op: 'getCellProperties', options },
      mutating: false,
      run: () => {
        this.fake.requireApi('1.9', 'range.getCellProperties');
        const t = this.must();
        const data = grid(t.area, (r, c) => {
          const cell = getCell(t.sheet, r, c);
          const format: Record<string, unknown> = {};
          if (options.format?.fill) {
            const f = fillView(cell.fill);
            format.fill = Object.fromEntries(Object.keys(options.format.fill).filter((k) => options.format?.fill?.[k]).map((k) => [k, f[k as keyof FakeFill]]));
          }
          if (options.format?.font?.bold) format.font = { bold: cell.bold };
          if (options.format?.wrapText) format.wrapText = cell.wrap;
          return { format };
        });
        return { data, commit: () => result.resolve(data) };
      },
    });
    return result;
  }
}

export class FakeRangeAreas extends FakeObject<Cells> {
  private formatProxy: FakeRangeFormat | undefined;
  private areasProxy: FakeRangeCollection | undefined;
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => Cells | null,
  ) {
    super(context, path);
  }
  protected target(): Cells | null {
    return this.find();
  }
  protected readProps(t: Cells, names: string[]): Record<string, unknown> {
    return Object.fromEntries(
      names.map((n) => (n === 'address' ? [n, t.areas.map((a) => sheetAddress(t.sheet.name, a)).join(', ')] : unknownProp(this.path, n))),
    );
  }
  get address(): string {
    return this.prop('address');
  }
  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.context, `${this.path}.format`, () => this.must());
    return this.formatProxy;
  }
  /** The rectangles, each a range (ExcelApi 1.9). */
  get areas(): FakeRangeCollection {
    this.areasProxy ??= new FakeRangeCollection(this.context, `${this.path}.areas`, () => this.must());
    return this.areasProxy;
  }
  clear(applyTo = 'All'): void {
    this.mutate('clear', applyTo, (t) => clearCells(t, applyTo, this.fake));
  }
  /**
   * Formulas only (what the adapter copies), into areas that are each a whole number of copies of
   * the source, as Excel's paste repeats a source into a larger destination.
   */
  copyFrom(source: string | FakeRange, copyType = 'All'): void {
    this.mutate('copyFrom', { source: typeof source === 'string' ? source : source.path, copyType }, (t) => {
      this.fake.requireApi('1.9', 'rangeAreas.copyFrom');
      if (copyType !== 'Formulas') throw new FakeOfficeError('InvalidArgument', `copyFrom: the fake copies formulas only, not ${copyType}`);
      const behaviour = this.fake.copyFromBehaviour;
      if (behaviour === 'refuses-areas' && t.areas.length > 1) throw new FakeOfficeError('InvalidArgument', 'copyFrom: the destination has several areas');
      const from = typeof source === 'string' ? this.sourceAt(source) : source.locate();
      const height = from.area.bottom - from.area.top + 1;
      const width = from.area.right - from.area.left + 1;
      const sources = grid(from.area, (r, c) => getCell(from.sheet, r, c));
      for (const a of t.areas) {
        if ((a.bottom - a.top + 1) % height !== 0 || (a.right - a.left + 1) % width !== 0) throw new FakeOfficeError('InvalidArgument', 'copyFrom: the destination is no multiple of the source');
      }
      updateContents(t, this.fake, (c, row, col) => {
        const area = t.areas.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) as Area;
        const dr = (row - area.top) % height;
        const dc = (col - area.left) % width;
        const src = sources[dr]?.[dc] as FakeCell;
        const moved = src.formula === null || behaviour === 'keeps-references' ? src.formula : movedFormula(src.formula, row - (from.area.top + dr), col - (from.area.left + dc));
        Object.assign(c, { value: moved === null ? src.value : null, formula: moved, text: null });
      });
    });
  }
  private sourceAt(address: string): RangeTarget {
    const bang = address.lastIndexOf('!');
    const quoted = address.slice(0, bang);
    const name = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
    const sheet = this.fake.sheets.find((s) => s.name === name);
    if (bang < 0 || !sheet) throw new FakeOfficeError('InvalidArgument', `copyFrom: no sheet in ${address}`);
    return { sheet, area: parseLocal(address.slice(bang + 1)) };
  }
}

/**
 * `rangeAreas.areas`: one range per rectangle. Loading `items/<property>` reads each range's
 * property, `items/format/…`, `items/format/fill/…` and `items/format/font/…` its format's, in one
 * command, as Office.js loads a collection's items along their navigation paths.
 */
export class FakeRangeCollection extends FakeObject<Cells> {
  private itemProxies: FakeRange[] | undefined;
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly find: () => Cells,
  ) {
    super(context, path);
  }
  protected target(): Cells {
    return this.find();
  }
  private static owner(range: FakeRange, path: string): FakeObject<unknown> {
    if (path === '') return range;
    if (path === 'format') return range.format;
    if (path === 'format/fill') return range.format.fill;
    if (path === 'format/font') return range.format.font;
    throw new FakeOfficeError('InvalidArgument', `cannot load items/${path}/…`);
  }
  protected readProps(t: Cells, names: string[]): Record<string, unknown> {
    if (!names.every((n) => n.startsWith('items/'))) unknownProp(this.path, names.join());
    const byOwner = new Map<string, string[]>();
    for (const n of names) {
      const parts = n.slice('items/'.length).split('/');
      const key = parts.slice(0, -1).join('/');
      byOwner.set(key, [...(byOwner.get(key) ?? []), parts[parts.length - 1] as string]);
    }
    // Read through throwaway proxies; the response holds only data, the items are made on commit.
    const items = t.areas.map((area) => {
      const range = this.rangeAt(t.sheet, area);
      return { area, loaded: Object.fromEntries([...byOwner].map(([owner, props]) => [owner, FakeRangeCollection.owner(range, owner).readNow(props)])) };
    });
    return { sheetId: t.sheet.id, items };
  }
  private rangeAt(sheet: FakeSheet, area: Area): FakeRange {
    return new FakeRange(this.context, `${this.path}.items[${sheetAddress(sheet.name, area)}]`, () => ({ sheet, area }));
  }
  protected override applyLoaded(data: Record<string, unknown>): void {
    const sheet = this.fake.sheetById(data.sheetId as number) as FakeSheet;
    this.itemProxies = (data.items as { area: Area; loaded: Record<string, Record<string, unknown>> }[]).map(({ area, loaded }) => {
      const range = this.rangeAt(sheet, area);
      for (const [owner, d] of Object.entries(loaded)) FakeRangeCollection.owner(range, owner).acceptLoaded(d);
      return range;
    });
  }
  get items(): FakeRange[] {
    if (!this.itemProxies) throw new FakeOfficeError('PropertyNotLoaded', `${this.path}.items read before a load was synced`);
    return this.itemProxies;
  }
}

/** The one cell a range or a local address names; Excel refuses a larger range where a cell is expected. */
export function singleCellOf(target: FakeRange | string, sheet: FakeSheet, path: string): { row: number; col: number } {
  const area = typeof target === 'string' ? parseLocal(target) : target.locate().area;
  if (area.top !== area.bottom || area.left !== area.right) throw new FakeOfficeError('InvalidCellAddress', `${path}: not a single cell (${sheet.name})`);
  return { row: area.top, col: area.left };
}
