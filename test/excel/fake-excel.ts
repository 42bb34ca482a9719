/**
 * An in-memory Excel behind the subset of the Office.js API the adapter uses, with Office.js's
 * proxy semantics: calls only queue commands; `context.sync()` runs them in order; a property is
 * readable only after a `load` of it has been synced (else `PropertyNotLoaded`), so code that reads
 * too early fails here as it would in Excel. It also refuses what Excel refuses and the adapter must
 * avoid: batches over 5 MB each way, writes into protected sheets, sheet changes in a protected
 * workbook, methods called through a null object, a note added over an existing one, 2D arrays of
 * the wrong shape, address lists longer than the adapter's limit. It counts syncs, measures each
 * batch, and can fail the n-th write to test rollback.
 *
 * Simplifications: no calculation (a formula's value is empty), `text` is the seeded text or the
 * value as a string, and a failed batch keeps the writes queued before the failing one (as Excel does).
 */
import { cellAddress, MAX_COLS, MAX_ROWS, parseCellAddress } from '../../src/core/address';
import type { Area, CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { MAX_AREAS_ADDRESS_CHARS, PAYLOAD_LIMIT_BYTES, utf8Length } from '../../src/excel/limits';

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface FakeCell {
  value: CellValue;
  formula: string | null;
  /** Display text as seeded; null: the value as a string. */
  text: string | null;
  numberFormat: string;
  fill: FakeFill | null;
  bold: boolean;
  wrap: boolean;
  fontColor: string | null;
  underline: string | null;
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: string;
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: Area[];
  /** Column widths in points, where set. */
  widths: Map<number, number>;
  frozenRows: number;
  notes: Map<string, string>;
}

export interface FakeComment {
  id: string;
  sheetId: number;
  row: number;
  col: number;
  content: string;
}

export interface SyncRecord {
  actions: number;
  requestBytes: number;
  responseBytes: number;
  mutations: number;
  failed?: string;
}

export const STANDARD_WIDTH_POINTS = 48;
const DEFAULT_FILL: FakeFill = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };

const emptyCell = (): FakeCell => ({
  value: null, formula: null, text: null, numberFormat: 'General', fill: null, bold: false, wrap: false, fontColor: null, underline: null,
});

function isDefault(c: FakeCell): boolean {
  return c.value === null && c.formula === null && c.text === null && c.numberFormat === 'General' && c.fill === null && !c.bold && !c.wrap &&
    c.fontColor === null && c.underline === null;
}

const key = (row: number, col: number) => `${row},${col}`;

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function a1(area: Area): string {
  const first = cellAddress(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? first : `${first}:${cellAddress(area.bottom, area.right)}`;
}

function parseLocal(address: string): Area {
  const [a, b] = address.trim().replace(/\$/g, '').split(':');
  const first = parseCellAddress(a ?? '');
  const last = b === undefined ? first : parseCellAddress(b);
  return { top: first.row, left: first.col, bottom: last.row, right: last.col };
}

function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function* cellsOf(areas: Area[]): Generator<[number, number]> {
  for (const a of areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) yield [r, c];
}

/** Excel's reading of a typed entry. */
function parseInput(v: unknown, numberFormat: string): { value: CellValue; formula: string | null } {
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v, formula: null };
  const s = String(v);
  if (s === '') return { value: null, formula: null };
  if (numberFormat === '@') return { value: s, formula: null };
  if (s.startsWith("'")) return { value: s.slice(1), formula: null };
  if (s.startsWith('=')) return { value: null, formula: s.slice(1) };
  if (/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(s)) return { value: Number(s), formula: null };
  const pct = /^\s*([-+]?(\d+\.?\d*|\.\d+))\s*%\s*$/.exec(s);
  if (pct) return { value: Number(pct[1]) / 100, formula: null };
  if (/^\s*(true|false)\s*$/i.test(s)) return { value: s.trim().toUpperCase() === 'TRUE', formula: null };
  return { value: s, formula: null };
}

type LoadSpec = string | string[] | { select?: string } | undefined;

function loadNames(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  const raw = typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : (spec.select ?? '').split(',');
  return raw.map((s) => s.trim()).filter((s) => s !== '');
}

interface ActionResult {
  data: unknown;
  commit: () => void;
}

interface Action {
  describe: unknown;
  mutating: boolean;
  run: () => ActionResult | undefined;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  comments: FakeComment[] = [];
  workbookProtected = false;
  readonly syncLog: SyncRecord[] = [];
  mutations = 0;
  readonly context: FakeRequestContext;
  private queue: Action[] = [];
  private failAt: number | null = null;
  private nextId = 1;

  constructor() {
    this.context = new FakeRequestContext(this);
  }

  /** A workbook holding the snapshot's sheets: values, seeded text, number formats, merges. */
  static fromSnapshot(snapshot: WorkbookSnapshot): FakeExcel {
    const fake = new FakeExcel();
    for (const s of snapshot.sheets) {
      const sheet = fake.addSheet(s.name);
      s.values.forEach((line, r) => {
        line.forEach((value, c) => {
          const text = s.text[r]?.[c] ?? '';
          const numberFormat = s.formats[r]?.[c] ?? 'General';
          if (value === null && text === '' && numberFormat === 'General') return;
          sheet.cells.set(key(s.origin.row + r, s.origin.col + c), { ...emptyCell(), value, text: text === '' ? null : text, numberFormat });
        });
      });
      sheet.merges = s.merges.map((m) => ({ ...m }));
    }
    return fake;
  }

  addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      id: this.nextId++, name, visibility: 'Visible', protected: false, cells: new Map(), merges: [], widths: new Map(), frozenRows: 0, notes: new Map(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  cell(sheet: string, row: number, col: number): FakeCell {
    return this.sheet(sheet).cells.get(key(row, col)) ?? emptyCell();
  }

  get syncs(): number {
    return this.syncLog.length;
  }

  /** Makes the n-th write from now (1: the next one) fail with `GeneralException`. */
  failOnMutation(n: number): void {
    this.failAt = this.mutations + n;
  }

  /** Everything a user could see or the adapter could leave behind, as plain sorted data. */
  dump(): unknown {
    return {
      workbookProtected: this.workbookProtected,
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        frozenRows: s.frozenRows,
        merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
        widths: [...s.widths].sort((a, b) => a[0] - b[0]),
        notes: [...s.notes].sort(),
        cells: [...s.cells].filter(([, c]) => !isDefault(c)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      })),
      comments: this.comments
        .map((c) => ({ sheet: this.sheets.find((s) => s.id === c.sheetId)?.name, row: c.row, col: c.col, content: c.content }))
        .sort((a, b) => `${a.sheet}${a.row},${a.col}`.localeCompare(`${b.sheet}${b.row},${b.col}`)),
    };
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      actions: actions.length,
      requestBytes: utf8Length(JSON.stringify(actions.map((a) => a.describe))),
      responseBytes: 0,
      mutations: 0,
    };
    this.syncLog.push(record);
    await Promise.resolve();
    const fail = (e: FakeOfficeError): never => {
      record.failed = e.code;
      throw e;
    };
    if (record.requestBytes > PAYLOAD_LIMIT_BYTES) fail(new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${record.requestBytes} bytes`));
    const results: ActionResult[] = [];
    for (const a of actions) {
      if (a.mutating) {
        if (this.failAt !== null && this.mutations + 1 >= this.failAt) {
          this.failAt = null;
          fail(new FakeOfficeError('GeneralException', 'injected failure'));
        }
        this.mutations++;
        record.mutations++;
      }
      let out: ActionResult | undefined;
      try {
        out = a.run();
      } catch (e) {
        if (e instanceof FakeOfficeError) fail(e);
        throw e;
      }
      if (out) results.push(out);
    }
    record.responseBytes = utf8Length(JSON.stringify(results.map((r) => r.data)));
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) fail(new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `response of ${record.responseBytes} bytes`));
    for (const r of results) r.commit();
  }

  sheetById(id: number): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  newId(): number {
    return this.nextId++;
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(fake);
  }
  sync(): Promise<void> {
    return this.fake.sync();
  }
}

/** A proxy: `target()` finds what it stands for when a command runs (null for a null object). */
abstract class FakeObject<T> {
  protected loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  constructor(
    protected readonly fake: FakeExcel,
    readonly path: string,
  ) {}

  protected abstract target(): T | null;
  protected abstract readProps(t: T, names: string[]): Record<string, unknown>;

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new FakeOfficeError('PropertyNotLoaded', `${this.path}.isNullObject read before a load was synced`);
    return this.nullState;
  }

  protected must(): T {
    const t = this.target();
    if (t === null) throw new FakeOfficeError('InvalidObjectPath', `${this.path} is a null object`);
    return t;
  }

  protected prop<V>(name: string): V {
    if (!this.loaded.has(name)) throw new FakeOfficeError('PropertyNotLoaded', `${this.path}.${name} read before it was loaded and synced`);
    return this.loaded.get(name) as V;
  }

  load(spec?: LoadSpec): this {
    const names = loadNames(spec);
    this.fake.enqueue({
      describe: { path: this.path, op: 'load', names },
      mutating: false,
      run: () => {
        const t = this.target();
        if (t === null) return { data: null, commit: () => { this.nullState = true; } };
        const data = this.readProps(t, names);
        return { data, commit: () => { this.nullState = false; this.applyLoaded(data); } };
      },
    });
    return this;
  }

  protected applyLoaded(data: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
  }

  protected mutate(op: string, args: unknown, apply: (t: T) => void): void {
    this.fake.enqueue({
      describe: { path: this.path, op, args },
      mutating: true,
      run: () => {
        apply(this.must());
        return undefined;
      },
    });
  }
}

function unknownProp(path: string, name: string): never {
  throw new FakeOfficeError('InvalidArgument', `${path}: the fake does not know property ${name}`);
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  readonly comments: FakeCommentCollection;
  constructor(fake: FakeExcel) {
    this.worksheets = new FakeWorksheetCollection(fake);
    this.protection = new FakeWorkbookProtection(fake, 'workbook.protection');
    this.comments = new FakeCommentCollection(fake);
  }
}

class FakeWorkbookProtection extends FakeObject<FakeExcel> {
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

const SHEET_NAME_BAD = /[[\]:*?/\\]/;

class FakeWorksheetCollection extends FakeObject<FakeExcel> {
  private itemProxies: FakeWorksheet[] | undefined;
  constructor(fake: FakeExcel) {
    super(fake, 'workbook.worksheets');
  }
  protected target(): FakeExcel {
    return this.fake;
  }
  protected readProps(t: FakeExcel, names: string[]): Record<string, unknown> {
    const itemNames = names.filter((n) => n.startsWith('items/')).map((n) => n.slice('items/'.length));
    if (itemNames.length !== names.length) unknownProp(this.path, names.join());
    return {
      items: t.sheets.map((s) => {
        const item: Record<string, unknown> = { id: s.id };
        for (const n of itemNames) {
          if (n === 'name') item.name = s.name;
          else if (n === 'visibility') item.visibility = s.visibility;
          else if (n === 'protection/protected') item['protection/protected'] = s.protected;
          else unknownProp(this.path, n);
        }
        return item;
      }),
    };
  }
  protected override applyLoaded(data: Record<string, unknown>): void {
    this.itemProxies = (data.items as Record<string, unknown>[]).map((d) => {
      const proxy = new FakeWorksheet(this.fake, `${this.path}.items[${String(d.id)}]`, () => this.fake.sheetById(d.id as number) ?? null);
      proxy.setLoaded(d);
      return proxy;
    });
  }
  get items(): FakeWorksheet[] {
    if (!this.itemProxies) throw new FakeOfficeError('PropertyNotLoaded', `${this.path}.items read before a load was synced`);
    return this.itemProxies;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
      const s = this.fake.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!s) throw new FakeOfficeError('ItemNotFound', `no sheet ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, () =>
      this.fake.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null,
    );
  }
  add(name: string): FakeWorksheet {
    let id: number | null = null;
    this.fake.enqueue({
      describe: { path: this.path, op: 'add', args: name },
      mutating: true,
      run: () => {
        if (this.fake.workbookProtected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
        if (name === '' || [...name].length > 31 || SHEET_NAME_BAD.test(name)) throw new FakeOfficeError('InvalidArgument', `bad sheet name ${name}`);
        if (this.fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', name);
        id = this.fake.addSheet(name).id;
        return undefined;
      },
    });
    return new FakeWorksheet(this.fake, `${this.path}.add(${JSON.stringify(name)})`, () => {
      if (id === null) throw new FakeOfficeError('InvalidObjectPath', `sheet ${name} not added yet`);
      return this.fake.sheetById(id) ?? null;
    });
  }
}

class FakeWorksheet extends FakeObject<FakeSheet> {
  readonly protection: FakeWorksheetProtection;
  readonly notes: FakeNoteCollection;
  readonly freezePanes: { freezeRows: (n: number) => void };
  constructor(
    fake: FakeExcel,
    path: string,
    private readonly find: () => FakeSheet | null,
  ) {
    super(fake, path);
    this.protection = new FakeWorksheetProtection(fake, `${path}.protection`, () => this.must());
    this.notes = new FakeNoteCollection(fake, `${path}.notes`, () => this.must());
    this.freezePanes = {
      freezeRows: (n: number) => this.mutate('freezeRows', n, (s) => {
        s.frozenRows = n;
      }),
    };
  }
  protected target(): FakeSheet | null {
    return this.find();
  }
  setLoaded(d: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(d)) {
      if (k === 'protection/protected') this.protection.setProtected(v as boolean);
      else if (k !== 'id') this.loaded.set(k, v);
    }
  }
  protected readProps(t: FakeSheet, names: string[]): Record<string, unknown> {
    return Object.fromEntries(names.map((n) => (n === 'name' ? [n, t.name] : n === 'visibility' ? [n, t.visibility] : unknownProp(this.path, n))));
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
  delete(): void {
    this.mutate('delete', null, (s) => {
      if (this.fake.workbookProtected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
      if (!this.fake.sheets.some((x) => x !== s && x.visibility === 'Visible')) throw new FakeOfficeError('InvalidOperation', 'cannot delete the last visible sheet');
      this.fake.sheets.splice(this.fake.sheets.indexOf(s), 1);
      this.fake.comments = this.fake.comments.filter((c) => c.sheetId !== s.id);
    });
  }
  private rangeProxy(path: string, area: () => Area): FakeRange {
    return new FakeRange(this.fake, `${this.path}.${path}`, () => ({ sheet: this.must(), area: area() }));
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
    return new FakeRangeAreas(this.fake, `${this.path}.getRanges(${JSON.stringify(address)})`, () => {
      if (address.length > MAX_AREAS_ADDRESS_CHARS) throw new FakeOfficeError('InvalidArgument', `address list of ${address.length} characters`);
      return { sheet: this.must(), areas: address.split(',').map(parseLocal) };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.fake, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const s = this.must();
      let area: Area | null = null;
      for (const [k, c] of s.cells) {
        if (valuesOnly ? c.value === null && c.formula === null : isDefault(c)) continue;
        const [row, col] = k.split(',').map(Number) as [number, number];
        area = area
          ? { top: Math.min(area.top, row), left: Math.min(area.left, col), bottom: Math.max(area.bottom, row), right: Math.max(area.right, col) }
          : { top: row, left: col, bottom: row, right: col };
      }
      return area ? { sheet: s, area } : null;
    });
  }
}

class FakeWorksheetProtection extends FakeObject<FakeSheet> {
  constructor(
    fake: FakeExcel,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(fake, path);
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

interface Cells {
  sheet: FakeSheet;
  areas: Area[];
}

function writable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', `sheet ${sheet.name} is protected`);
}

function getCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  return sheet.cells.get(key(row, col)) ?? emptyCell();
}

function updateCells(t: Cells, change: (c: FakeCell, row: number, col: number) => void): void {
  writable(t.sheet);
  for (const [row, col] of cellsOf(t.areas)) {
    const c = { ...getCell(t.sheet, row, col) };
    change(c, row, col);
    if (isDefault(c)) t.sheet.cells.delete(key(row, col));
    else t.sheet.cells.set(key(row, col), c);
  }
}

function uniform<V>(t: Cells, read: (c: FakeCell) => V): V | null {
  let first: { v: V } | null = null;
  for (const [row, col] of cellsOf(t.areas)) {
    const v = read(getCell(t.sheet, row, col));
    if (first === null) first = { v };
    else if (JSON.stringify(first.v) !== JSON.stringify(v)) return null;
  }
  return first ? first.v : null;
}

function clearCells(t: Cells, applyTo: string): void {
  updateCells(t, (c) => {
    if (applyTo === 'All' || applyTo === 'Contents') {
      c.value = null;
      c.formula = null;
      c.text = null;
    }
    if (applyTo === 'All' || applyTo === 'Formats') {
      Object.assign(c, { numberFormat: 'General', fill: null, bold: false, wrap: false, fontColor: null, underline: null });
    }
  });
}

function textOf(c: FakeCell): string {
  if (c.text !== null) return c.text;
  if (c.value === null) return '';
  if (typeof c.value === 'boolean') return c.value ? 'TRUE' : 'FALSE';
  return String(c.value);
}

function grid<V>(area: Area, read: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const line: V[] = [];
    for (let c = area.left; c <= area.right; c++) line.push(read(r, c));
    out.push(line);
  }
  return out;
}

function fillView(f: FakeFill | null): FakeFill {
  return f ?? DEFAULT_FILL;
}

class FakeRange extends FakeObject<{ sheet: FakeSheet; area: Area }> {
  private formatProxy: FakeRangeFormat | undefined;
  constructor(
    fake: FakeExcel,
    path: string,
    private readonly find: () => { sheet: FakeSheet; area: Area } | null,
  ) {
    super(fake, path);
  }
  protected target(): { sheet: FakeSheet; area: Area } | null {
    return this.find();
  }
  /** Where the range is, resolved now (for commands that take a range argument). */
  locate(): { sheet: FakeSheet; area: Area } {
    return this.must();
  }
  private cells(): Cells {
    const t = this.must();
    return { sheet: t.sheet, areas: [t.area] };
  }
  protected readProps(t: { sheet: FakeSheet; area: Area }, names: string[]): Record<string, unknown> {
    const { sheet, area } = t;
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    const out: Record<string, unknown> = {};
    for (const n of names) {
      if (['values', 'text', 'numberFormat', 'formulas'].includes(n) && cells > 5_000_000) throw new FakeOfficeError('InvalidOperation', 'range too large');
      const at = (r: number, c: number) => getCell(sheet, r, c);
      if (n === 'values') out[n] = grid(area, (r, c) => at(r, c).value ?? '');
      else if (n === 'text') out[n] = grid(area, (r, c) => textOf(at(r, c)));
      else if (n === 'numberFormat') out[n] = grid(area, (r, c) => at(r, c).numberFormat);
      else if (n === 'formulas') out[n] = grid(area, (r, c) => (at(r, c).formula !== null ? `=${at(r, c).formula}` : (at(r, c).value ?? '')));
      else if (n === 'address') out[n] = `${quoteSheet(sheet.name)}!${a1(area)}`;
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
  private write2d(op: string, data: unknown[][], apply: (c: FakeCell, v: unknown) => void): void {
    this.mutate(op, data, (t) => {
      const rows = t.area.bottom - t.area.top + 1;
      const cols = t.area.right - t.area.left + 1;
      if (data.length !== rows || data.some((line) => line.length !== cols)) throw new FakeOfficeError('InvalidArgument', `${op}: ${data.length} rows for a ${rows}x${cols} range`);
      updateCells({ sheet: t.sheet, areas: [t.area] }, (c, row, col) => {
        const v = data[row - t.area.top]?.[col - t.area.left];
        if (v !== null && v !== undefined) apply(c, v);
      });
    });
  }
  set values(data: unknown[][]) {
    this.write2d('values', data, (c, v) => {
      Object.assign(c, parseInput(v, c.numberFormat), { text: null });
    });
  }
  set formulas(data: unknown[][]) {
    this.write2d('formulas', data, (c, v) => {
      Object.assign(c, parseInput(v, c.numberFormat), { text: null });
    });
  }
  set numberFormat(data: unknown[][]) {
    this.write2d('numberFormat', data, (c, v) => {
      c.numberFormat = String(v) === '' ? 'General' : String(v);
      c.text = null;
    });
  }
  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.fake, `${this.path}.format`, () => this.cells());
    return this.formatProxy;
  }
  clear(applyTo = 'All'): void {
    this.mutate('clear', applyTo, (t) => clearCells({ sheet: t.sheet, areas: [t.area] }, applyTo));
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.fake, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const t = this.must();
      const areas = t.sheet.merges.filter((m) => intersects(m, t.area));
      return areas.length > 0 ? { sheet: t.sheet, areas } : null;
    });
  }
  getCellProperties(options: { format?: { fill?: Record<string, boolean>; font?: { bold?: boolean }; wrapText?: boolean } }): FakeClientResult<unknown[][]> {
    const result = new FakeClientResult<unknown[][]>(`${this.path}.getCellProperties`);
    this.fake.enqueue({
      describe: { path: this.path, op: 'getCellProperties', options },
      mutating: false,
      run: () => {
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

class FakeRangeAreas extends FakeObject<Cells> {
  private formatProxy: FakeRangeFormat | undefined;
  constructor(
    fake: FakeExcel,
    path: string,
    private readonly find: () => Cells | null,
  ) {
    super(fake, path);
  }
  protected target(): Cells | null {
    return this.find();
  }
  protected readProps(t: Cells, names: string[]): Record<string, unknown> {
    return Object.fromEntries(
      names.map((n) => (n === 'address' ? [n, t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${a1(a)}`).join(', ')] : unknownProp(this.path, n))),
    );
  }
  get address(): string {
    return this.prop('address');
  }
  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.fake, `${this.path}.format`, () => this.must());
    return this.formatProxy;
  }
  clear(applyTo = 'All'): void {
    this.mutate('clear', applyTo, (t) => clearCells(t, applyTo));
  }
}

/** A proxy over a set of cells that its owner resolves when a command runs. */
abstract class FakeCellsObject extends FakeObject<Cells> {
  constructor(
    fake: FakeExcel,
    path: string,
    protected readonly cells: () => Cells,
  ) {
    super(fake, path);
  }
  protected target(): Cells {
    return this.cells();
  }
}

class FakeRangeFormat extends FakeCellsObject {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  constructor(fake: FakeExcel, path: string, cells: () => Cells) {
    super(fake, path, cells);
    this.fill = new FakeRangeFill(fake, `${path}.fill`, cells);
    this.font = new FakeRangeFont(fake, `${path}.font`, cells);
  }
  private columns(t: Cells): number[] {
    const cols = new Set<number>();
    for (const a of t.areas) for (let c = a.left; c <= Math.min(a.right, a.left + 16_384); c++) cols.add(c);
    return [...cols];
  }
  protected readProps(t: Cells, names: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const n of names) {
      if (n === 'wrapText') out[n] = uniform(t, (c) => c.wrap);
      else if (n === 'columnWidth') {
        const widths = new Set(this.columns(t).map((c) => t.sheet.widths.get(c) ?? STANDARD_WIDTH_POINTS));
        out[n] = widths.size === 1 ? [...widths][0] : null;
      } else if (n === 'useStandardWidth') out[n] = this.columns(t).every((c) => !t.sheet.widths.has(c));
      else unknownProp(this.path, n);
    }
    return out;
  }
  get wrapText(): boolean | null {
    return this.prop('wrapText');
  }
  set wrapText(v: boolean | null) {
    this.mutate('wrapText', v, (t) => updateCells(t, (c) => {
      c.wrap = v === true;
    }));
  }
  get columnWidth(): number {
    return this.prop('columnWidth');
  }
  set columnWidth(points: number) {
    this.mutate('columnWidth', points, (t) => {
      writable(t.sheet);
      for (const c of this.columns(t)) t.sheet.widths.set(c, points);
    });
  }
  get useStandardWidth(): boolean {
    return this.prop('useStandardWidth');
  }
  set useStandardWidth(v: boolean) {
    this.mutate('useStandardWidth', v, (t) => {
      writable(t.sheet);
      if (v) for (const c of this.columns(t)) t.sheet.widths.delete(c);
    });
  }
}

class FakeRangeFill extends FakeCellsObject {
  protected readProps(t: Cells, names: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const n of names) {
      if (!(n in DEFAULT_FILL)) unknownProp(this.path, n);
      out[n] = uniform(t, (c) => fillView(c.fill)[n as keyof FakeFill]);
    }
    return out;
  }
  get color(): string | null {
    return this.prop('color');
  }
  get pattern(): string | null {
    return this.prop('pattern');
  }
  get patternColor(): string | null {
    return this.prop('patternColor');
  }
  get tintAndShade(): number | null {
    return this.prop('tintAndShade');
  }
  get patternTintAndShade(): number | null {
    return this.prop('patternTintAndShade');
  }
  private setFill(op: string, v: unknown, change: (f: FakeFill) => FakeFill | null): void {
    this.mutate(op, v, (t) => updateCells(t, (c) => {
      c.fill = change({ ...(c.fill ?? { ...DEFAULT_FILL, pattern: 'Solid' }) });
    }));
  }
  set color(v: string | null) {
    this.setFill('fill.color', v, (f) => ({ ...f, color: String(v).toUpperCase(), pattern: f.pattern === 'None' ? 'Solid' : f.pattern }));
  }
  set pattern(v: string | null) {
    this.setFill('fill.pattern', v, (f) => (v === 'None' ? null : { ...f, pattern: String(v) }));
  }
  set patternColor(v: string | null) {
    this.setFill('fill.patternColor', v, (f) => ({ ...f, patternColor: String(v).toUpperCase() }));
  }
  set tintAndShade(v: number | null) {
    this.setFill('fill.tintAndShade', v, (f) => ({ ...f, tintAndShade: Number(v) }));
  }
  set patternTintAndShade(v: number | null) {
    this.setFill('fill.patternTintAndShade', v, (f) => ({ ...f, patternTintAndShade: Number(v) }));
  }
  clear(): void {
    this.mutate('fill.clear', null, (t) => updateCells(t, (c) => {
      c.fill = null;
    }));
  }
}

class FakeRangeFont extends FakeCellsObject {
  protected readProps(t: Cells, names: string[]): Record<string, unknown> {
    return Object.fromEntries(
      names.map((n) => {
        if (n === 'bold') return [n, uniform(t, (c) => c.bold)];
        if (n === 'color') return [n, uniform(t, (c) => c.fontColor ?? '#000000')];
        if (n === 'underline') return [n, uniform(t, (c) => c.underline ?? 'None')];
        return unknownProp(this.path, n);
      }),
    );
  }
  get bold(): boolean | null {
    return this.prop('bold');
  }
  set bold(v: boolean | null) {
    this.mutate('font.bold', v, (t) => updateCells(t, (c) => {
      c.bold = v === true;
    }));
  }
  set color(v: string) {
    this.mutate('font.color', v, (t) => updateCells(t, (c) => {
      c.fontColor = v.toUpperCase() === '#000000' ? null : v.toUpperCase();
    }));
  }
  set underline(v: string) {
    this.mutate('font.underline', v, (t) => updateCells(t, (c) => {
      c.underline = v === 'None' ? null : v;
    }));
  }
}

export class FakeClientResult<V> {
  private resolved: { v: V } | undefined;
  constructor(private readonly path: string) {}
  resolve(v: V): void {
    this.resolved = { v };
  }
  get value(): V {
    if (!this.resolved) throw new FakeOfficeError('PropertyNotLoaded', `${this.path}.value read before sync`);
    return this.resolved.v;
  }
}

function singleCell(target: FakeRange | string, sheet: FakeSheet, path: string): { row: number; col: number } {
  const area = typeof target === 'string' ? parseLocal(target) : target.locate().area;
  if (area.top !== area.bottom || area.left !== area.right) throw new FakeOfficeError('InvalidCellAddress', `${path}: not a single cell (${sheet.name})`);
  return { row: area.top, col: area.left };
}

class FakeNoteCollection {
  constructor(
    private readonly fake: FakeExcel,
    private readonly path: string,
    private readonly sheet: () => FakeSheet,
  ) {}
  getItemOrNullObject(address: string): FakeNote {
    return new FakeNote(this.fake, `${this.path}.getItemOrNullObject(${JSON.stringify(address)})`, () => {
      const s = this.sheet();
      const { row, col } = singleCell(address, s, this.path);
      return s.notes.has(key(row, col)) ? { sheet: s, key: key(row, col) } : null;
    });
  }
  add(cell: FakeRange | string, content: string): void {
    this.fake.enqueue({
      describe: { path: this.path, op: 'add', args: [typeof cell === 'string' ? cell : cell.path, content] },
      mutating: true,
      run: () => {
        const s = this.sheet();
        writable(s);
        const { row, col } = singleCell(cell, s, this.path);
        if (s.notes.has(key(row, col))) throw new FakeOfficeError('InvalidArgument', `a note already exists at ${cellAddress(row, col)}`);
        if (this.fake.comments.some((c) => c.sheetId === s.id && c.row === row && c.col === col)) {
          throw new FakeOfficeError('InvalidOperation', `a threaded comment is already at ${cellAddress(row, col)}`);
        }
        s.notes.set(key(row, col), content);
        return undefined;
      },
    });
  }
}

class FakeNote extends FakeObject<{ sheet: FakeSheet; key: string }> {
  constructor(
    fake: FakeExcel,
    path: string,
    private readonly find: () => { sheet: FakeSheet; key: string } | null,
  ) {
    super(fake, path);
  }
  protected target(): { sheet: FakeSheet; key: string } | null {
    return this.find();
  }
  protected readProps(t: { sheet: FakeSheet; key: string }, names: string[]): Record<string, unknown> {
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

class FakeCommentCollection extends FakeObject<FakeExcel> {
  private itemProxies: FakeCommentProxy[] | undefined;
  constructor(fake: FakeExcel) {
    super(fake, 'workbook.comments');
  }
  protected target(): FakeExcel {
    return this.fake;
  }
  protected readProps(t: FakeExcel, names: string[]): Record<string, unknown> {
    if (names.some((n) => n !== 'items/id')) unknownProp(this.path, names.join());
    return { items: t.comments.map((c) => ({ id: c.id })) };
  }
  protected override applyLoaded(data: Record<string, unknown>): void {
    this.itemProxies = (data.items as { id: string }[]).map((d) => {
      const p = new FakeCommentProxy(this.fake, `${this.path}.getItem(${d.id})`, d.id);
      p.setId(d.id);
      return p;
    });
  }
  get items(): FakeCommentProxy[] {
    if (!this.itemProxies) throw new FakeOfficeError('PropertyNotLoaded', `${this.path}.items read before a load was synced`);
    return this.itemProxies;
  }
  add(cell: FakeRange, content: string): void {
    this.fake.enqueue({
      describe: { path: this.path, op: 'add', args: [cell.path, content] },
      mutating: true,
      run: () => {
        const t = cell.locate();
        writable(t.sheet);
        const { row, col } = singleCell(cell, t.sheet, this.path);
        if (this.fake.comments.some((c) => c.sheetId === t.sheet.id && c.row === row && c.col === col)) {
          throw new FakeOfficeError('InvalidArgument', `a comment already exists at ${cellAddress(row, col)}`);
        }
        this.fake.comments.push({ id: `c${this.fake.newId()}`, sheetId: t.sheet.id, row, col, content });
        return undefined;
      },
    });
  }
}

class FakeCommentProxy extends FakeObject<FakeComment> {
  constructor(
    fake: FakeExcel,
    path: string,
    private readonly commentId: string,
  ) {
    super(fake, path);
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
    return new FakeRange(this.fake, `${this.path}.getLocation()`, () => {
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

/** Seeds a note (a user's own) into a fake workbook. */
export function seedNote(fake: FakeExcel, sheet: string, row: number, col: number, content: string): void {
  fake.sheet(sheet).notes.set(key(row, col), content);
}

/** Seeds a cell format into a fake workbook. */
export function seedCell(fake: FakeExcel, sheet: string, row: number, col: number, patch: Partial<FakeCell>): void {
  const s = fake.sheet(sheet);
  const c = { ...getCell(s, row, col), ...patch };
  if (isDefault(c)) s.cells.delete(key(row, col));
  else s.cells.set(key(row, col), c);
}
