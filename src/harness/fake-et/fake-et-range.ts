/** `Range` of the WPS ET object model, with its `Interior`, `Font` and `Comment`, over the fake's cells. */
import type { Area, CellValue } from '../../core/snapshot';
import { areaContains, rangeAddress } from '../../excel/a1';
import { pointsToWidth, widthToPoints } from '../../excel/fill-codec';
import { etColorOf, hexOfEtColor, patternName, patternNumber, XL_NONE, XL_UNDERLINE_SINGLE, type EtComment, type EtFont, type EtInterior, type EtRange } from '../../wps/et-facade';
import { clearCells, getCell, grid, textOf, uniform, updateCells, updateContents, writable, type Cells } from '../fake-excel/fake-cells';
import { FakeOfficeError } from '../fake-excel/fake-office-error';
import { cellKey, DEFAULT_FILL, STANDARD_WIDTH_POINTS, type FakeCell, type FakeFill, type FakeSheet } from '../fake-excel/fake-state';
import { readEntry } from '../fake-excel/typed-input';
import type { FakeEt } from './fake-et';

/** One cell: its value; several: rows of values (as WPS answers for a multi-cell range). */
function shaped<V>(area: Area, read: (row: number, col: number) => V): V | V[][] {
  return area.top === area.bottom && area.left === area.right ? read(area.top, area.left) : grid(area, read);
}

/** A written value for each cell: one value for all, or rows of values matching the range. */
function entryAt(data: unknown, area: Area, row: number, col: number): unknown {
  if (!Array.isArray(data)) return data;
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (data.length !== rows || data.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new FakeOfficeError('InvalidArgument', `${data.length} rows written into a ${rows}x${cols} range`);
  }
  return (data[row - area.top] as unknown[])[col - area.left];
}

const rowIndex = new WeakMap<FakeSheet, { merges: Area[]; count: number; byRow: Map<number, Area[]> }>();

/** The sheet's merged areas that reach the area's rows, each once, through an index by row (rebuilt when the merges change). */
function mergesByRow(sheet: FakeSheet, area: Area): Set<Area> {
  let index = rowIndex.get(sheet);
  if (!index || index.merges !== sheet.merges || index.count !== sheet.merges.length) {
    const byRow = new Map<number, Area[]>();
    for (const m of sheet.merges) for (let r = m.top; r <= m.bottom; r++) byRow.set(r, [...(byRow.get(r) ?? []), m]);
    index = { merges: sheet.merges, count: sheet.merges.length, byRow };
    rowIndex.set(sheet, index);
  }
  const out = new Set<Area>();
  if (area.bottom - area.top + 1 > index.byRow.size) {
    for (const [row, list] of index.byRow) if (row >= area.top && row <= area.bottom) for (const m of list) out.add(m);
  } else {
    for (let r = area.top; r <= area.bottom; r++) for (const m of index.byRow.get(r) ?? []) out.add(m);
  }
  return out;
}

function valueOut(v: CellValue): CellValue | undefined {
  return v === null ? undefined : v;
}

function formulaOut(c: FakeCell): string {
  if (c.formula !== null) return `=${c.formula}`;
  if (c.value === null) return '';
  return typeof c.value === 'boolean' ? (c.value ? 'TRUE' : 'FALSE') : String(c.value);
}

export class FakeEtComment implements EtComment {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly key: string,
  ) {}
  /** A method, as Kingsoft's typings have it. */
  Text(): string {
    return this.sheet.notes.get(this.key) ?? '';
  }
}

class FakeEtInterior implements EtInterior {
  constructor(
    private readonly et: FakeEt,
    private readonly cells: () => Cells,
  ) {}
  private read<K extends keyof FakeFill>(key: K): FakeFill[K] | null {
    return this.et.read(() => uniform(this.cells(), (c) => (c.fill ?? DEFAULT_FILL)[key]));
  }
  private write(change: (f: FakeFill) => FakeFill | null): void {
    this.et.write(() => updateCells(this.cells(), (c) => {
      c.fill = change({ ...(c.fill ?? { ...DEFAULT_FILL, pattern: 'Solid' }) });
    }));
  }
  get Color(): unknown {
    const v = this.read('color');
    return v === null ? null : etColorOf(v);
  }
  set Color(v: unknown) {
    this.write((f) => ({ ...f, color: hexOfEtColor(v), pattern: f.pattern === 'None' ? 'Solid' : f.pattern }));
  }
  get Pattern(): unknown {
    const v = this.read('pattern');
    return v === null ? null : patternNumber(v);
  }
  set Pattern(v: unknown) {
    this.write((f) => (Number(v) === XL_NONE ? null : { ...f, pattern: patternName(v) }));
  }
  get PatternColor(): unknown {
    const v = this.read('patternColor');
    return v === null ? null : etColorOf(v);
  }
  set PatternColor(v: unknown) {
    this.write((f) => ({ ...f, patternColor: hexOfEtColor(v) }));
  }
  get TintAndShade(): unknown {
    return this.read('tintAndShade');
  }
  set TintAndShade(v: unknown) {
    this.write((f) => ({ ...f, tintAndShade: Number(v) }));
  }
  get PatternTintAndShade(): unknown {
    return this.read('patternTintAndShade');
  }
  set PatternTintAndShade(v: unknown) {
    this.write((f) => ({ ...f, patternTintAndShade: Number(v) }));
  }
}

class FakeEtFont implements EtFont {
  constructor(
    private readonly et: FakeEt,
    private readonly cells: () => Cells,
  ) {}
  get Bold(): unknown {
    return this.et.read(() => uniform(this.cells(), (c) => c.bold));
  }
  set Bold(v: unknown) {
    this.et.write(() => updateCells(this.cells(), (c) => {
      c.bold = v === true;
    }));
  }
  get Color(): unknown {
    const v = this.et.read(() => uniform(this.cells(), (c) => c.fontColor ?? '#000000'));
    return v === null ? null : etColorOf(v);
  }
  set Color(v: unknown) {
    this.et.write(() => updateCells(this.cells(), (c) => {
      const hex = hexOfEtColor(v);
      c.fontColor = hex === '#000000' ? null : hex;
    }));
  }
  get Underline(): unknown {
    const v = this.et.read(() => uniform(this.cells(), (c) => c.underline));
    return v === undefined ? null : v === 'Single' ? XL_UNDERLINE_SINGLE : XL_NONE;
  }
  set Underline(v: unknown) {
    this.et.write(() => updateCells(this.cells(), (c) => {
      c.underline = Number(v) === XL_UNDERLINE_SINGLE ? 'Single' : null;
    }));
  }
}

/**
 * A rectangle of one sheet. Reads of several cells give rows of values (`Value2`, `Formula`) or,
 * for formats, the value the cells share and null where they differ, as WPS does; a value written
 * is one for every cell or rows of values matching the range.
 */
export class FakeEtRange implements EtRange {
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  constructor(
    private readonly et: FakeEt,
    readonly sheet: FakeSheet,
    readonly area: Area,
  ) {
    this.Interior = new FakeEtInterior(et, () => this.cells());
    this.Font = new FakeEtFont(et, () => this.cells());
  }
  private cells(): Cells {
    this.et.live(this.sheet);
    return { sheet: this.sheet, areas: [this.area] };
  }
  private at = (row: number, col: number): FakeCell => getCell(this.sheet, row, col);
  private writeEntries(data: unknown): void {
    this.et.write(() => updateContents(this.cells(), this.et.fake, (c, row, col) => {
      Object.assign(c, readEntry(entryAt(data, this.area, row, col) ?? '', c.numberFormat), { text: null });
    }));
  }

  get Value2(): unknown {
    return this.et.readValues(() => shaped(this.area, (r, c) => valueOut(this.at(r, c).value)));
  }
  set Value2(data: unknown) {
    this.writeEntries(data);
  }
  get Formula(): unknown {
    return this.et.read(() => shaped(this.area, (r, c) => formulaOut(this.at(r, c))));
  }
  set Formula(data: unknown) {
    this.writeEntries(data);
  }
  get Text(): unknown {
    return this.et.readValues(() => uniform(this.cells(), textOf));
  }
  get NumberFormat(): unknown {
    return this.et.read(() => uniform(this.cells(), (c) => c.numberFormat));
  }
  set NumberFormat(v: unknown) {
    this.et.write(() => updateCells(this.cells(), (c, row, col) => {
      const f = String(entryAt(v, this.area, row, col) ?? '');
      c.numberFormat = f === '' ? 'General' : f;
      c.text = null;
    }));
  }
  get WrapText(): unknown {
    return this.et.read(() => uniform(this.cells(), (c) => c.wrap));
  }
  set WrapText(v: unknown) {
    this.et.write(() => updateCells(this.cells(), (c) => {
      c.wrap = v === true;
    }));
  }
  private columns(): number[] {
    const cols: number[] = [];
    for (let c = this.area.left; c <= Math.min(this.area.right, this.area.left + 16_384); c++) cols.push(c);
    return cols;
  }
  get ColumnWidth(): unknown {
    return this.et.read(() => {
      const widths = new Set(this.columns().map((c) => this.sheet.widths.get(c) ?? STANDARD_WIDTH_POINTS));
      return widths.size === 1 ? pointsToWidth([...widths][0] as number) : null;
    });
  }
  set ColumnWidth(chars: unknown) {
    this.et.write(() => {
      writable(this.sheet);
      for (const c of this.columns()) this.sheet.widths.set(c, widthToPoints(Number(chars)));
    });
  }
  get UseStandardWidth(): unknown {
    return this.et.read(() => [...this.sheet.widths.keys()].every((c) => c < this.area.left || c > this.area.right));
  }
  set UseStandardWidth(v: unknown) {
    this.et.write(() => {
      writable(this.sheet);
      if (v === true) for (const c of [...this.sheet.widths.keys()]) if (c >= this.area.left && c <= this.area.right) this.sheet.widths.delete(c);
    });
  }
  get MergeArea(): EtRange {
    const merge = this.et.read(() => this.sheet.merges.find((m) => areaContains(m, this.area.top, this.area.left)));
    return new FakeEtRange(this.et, this.sheet, merge ?? { top: this.area.top, left: this.area.left, bottom: this.area.top, right: this.area.left });
  }
  get MergeCells(): unknown {
    return this.et.read(() => {
      // Merged areas never overlap, so the cells they cover add up.
      let covered = 0;
      for (const m of mergesByRow(this.sheet, this.area)) {
        const rows = Math.min(m.bottom, this.area.bottom) - Math.max(m.top, this.area.top) + 1;
        const cols = Math.min(m.right, this.area.right) - Math.max(m.left, this.area.left) + 1;
        if (rows > 0 && cols > 0) covered += rows * cols;
      }
      const total = (this.area.bottom - this.area.top + 1) * (this.area.right - this.area.left + 1);
      return covered === 0 ? false : covered === total ? true : null;
    });
  }
  get Comment(): EtComment | null {
    const key = cellKey(this.area.top, this.area.left);
    return this.et.read(() => (this.sheet.notes.has(key) ? new FakeEtComment(this.sheet, key) : null));
  }
  AddComment(text = ''): EtComment {
    const key = cellKey(this.area.top, this.area.left);
    this.et.write(() => {
      writable(this.sheet);
      if (this.sheet.notes.has(key)) throw new FakeOfficeError('InvalidOperation', `a comment already exists at ${rangeAddress(this.area)}`);
      this.sheet.notes.set(key, text);
    });
    return new FakeEtComment(this.sheet, key);
  }
  ClearComments(): void {
    this.et.write(() => {
      writable(this.sheet);
      for (const key of [...this.sheet.notes.keys()]) {
        const [row, col] = key.split(',').map(Number) as [number, number];
        if (areaContains(this.area, row, col)) this.sheet.notes.delete(key);
      }
    });
  }
  ClearContents(): boolean {
    this.et.write(() => clearCells(this.cells(), 'Contents', this.et.fake));
    return true;
  }
  /** Contents, formats and comments, as WPS's `Clear` removes them. */
  Clear(): boolean {
    this.et.write(() => clearCells(this.cells(), 'All', this.et.fake));
    this.ClearComments();
    return true;
  }
  Select(): boolean {
    this.et.view(() => this.et.fake.selectRange(this.sheet, this.area));
    return true;
  }
  Address(rowAbsolute = true, columnAbsolute = true): string {
    const abs = (a: string) => a.replace(/([A-Z]+)(\d+)/g, (_, c: string, r: string) => `${columnAbsolute ? '$' : ''}${c}${rowAbsolute ? '$' : ''}${r}`);
    return abs(rangeAddress(this.area));
  }
  get Row(): number {
    return this.area.top;
  }
  get Column(): number {
    return this.area.left;
  }
  get Rows(): { Count: number } {
    return { Count: this.area.bottom - this.area.top + 1 };
  }
  get Columns(): { Count: number } {
    return { Count: this.area.right - this.area.left + 1 };
  }
}
