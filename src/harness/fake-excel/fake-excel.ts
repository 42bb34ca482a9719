/**
 * An in-memory Excel behind the subset of the Office.js API the add-in uses, for tests and for the
 * browser harness, with Office.js's proxy semantics: calls only queue commands on their request
 * context; `context.sync()` runs them in order; a property is readable only after a `load` of it
 * has been synced (else `PropertyNotLoaded`), so code that reads too early fails here as it would
 * in Excel. It also refuses what Excel refuses and the add-in must avoid: batches over 5 MB each
 * way, writes into protected sheets, sheet changes in a protected workbook, methods called through
 * a null object, a note added over an existing one, 2D arrays of the wrong shape, address lists
 * longer than the adapter's limit. It counts syncs, measures each batch, and can fail the n-th
 * write to test rollback.
 *
 * Like Excel it calculates formulas (fast-formula-parser, see fake-calculation.ts) after each
 * write, before anything in the same batch reads them; keeps an active sheet and a selection per
 * sheet; raises `worksheets.onChanged` asynchronously after a batch or a person's edit changed
 * cell values or formulas; and tells the harness (`onChange`) after anything it would redraw.
 *
 * Simplifications: a cell's text is the seeded text, else its value under its number format
 * (numfmt, as the command line renders it), never `####` for a narrow column; typed dates,
 * currencies and thousands separators stay text; functions fast-formula-parser lacks (beyond those
 * in formula-functions.ts, e.g. CELL) give `#NAME?`; there are no defined names, no spilled arrays
 * and no circular-reference warning; volatile functions (NOW, RAND) recalculate only when something
 * they read changes; a range a formula reads is cut to the cells the sheet holds; a text equal to an
 * error code (`#N/A`) is that error; change events carry no `details`; commands left unsynced when
 * `Excel.run`'s batch ends are dropped; and a failed batch keeps the writes queued before the
 * failing one (as Excel does).
 */
import type { Area, WorkbookSnapshot } from '../../core/snapshot';
import { PAYLOAD_LIMIT_BYTES, utf8Length } from '../../excel/limits';
import { cellArea } from '../../excel/a1';
import { widen } from './fake-address';
import { FormulaCalculator } from './fake-calculation';
import { emptyCell, getCell, isDefault, textOf, updateContents, type ContentLog } from './fake-cells';
import { ChangeSet } from './fake-changes';
import { OTHER_SETS, versionAtMost } from './fake-api-version';
import { ChangedHandlers, type ChangeOrigin, type TriggerSource } from './fake-events';
import { FakeOfficeError } from './fake-office-error';
import type { Action, ActionResult } from './fake-proxy';
import { FakeRequestContext } from './fake-request-context';
import { cellKey, parseCellKey, type FakeCell, type FakeComment, type FakeSheet } from './fake-state';
import { readTypedEntry } from './typed-input';

export interface SyncRecord {
  actions: number;
  requestBytes: number;
  responseBytes: number;
  mutations: number;
  failed?: string;
}

const A1: Area = { top: 1, left: 1, bottom: 1, right: 1 };

export class FakeExcel implements ContentLog {
  readonly sheets: FakeSheet[] = [];
  comments: FakeComment[] = [];
  workbookProtected = false;
  readonly syncLog: SyncRecord[] = [];
  mutations = 0;
  /** The ExcelApi version this Excel supports; APIs of later sets fail with `ApiNotFound` when synced. */
  excelApi = '1.18';
  /**
   * Excel on the web, where `worksheet.notes` fails (office-js issue 6198) while `workbook.notes`
   * works; and where a co-author's edits arrive as change events with `source: 'Remote'`.
   */
  onTheWeb = false;
  /**
   * How `RangeAreas.copyFrom` behaves: as Excel's paste (`excel`), or as an Excel might that the
   * adapter was not tried on: refusing a destination of several areas, or copying formulas without
   * moving their references.
   */
  copyFromBehaviour: 'excel' | 'refuses-areas' | 'keeps-references' = 'excel';
  /** A request context for tests that need just one; `Excel.run` makes a new one per batch. */
  readonly context: FakeRequestContext;
  readonly changedHandlers = new ChangedHandlers();
  /** Told of every change of cell contents, as the WPS surface raises its `SheetChange` events from them. */
  readonly changeObservers = new Set<(changes: ChangeSet, origin: ChangeOrigin) => void>();
  private failAt: number | null = null;
  private nextId = 1;
  private activeId: number | null = null;
  private toCalculate = new ChangeSet();
  private toReport = new ChangeSet();
  /** Something a grid would redraw for changed since listeners were last told. */
  private touched = false;
  private readonly listeners = new Set<() => void>();
  private readonly calculator = new FormulaCalculator(this);

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
          sheet.cells.set(cellKey(s.origin.row + r, s.origin.col + c), { ...emptyCell(), value, text: text === '' ? null : text, numberFormat });
        });
      });
      sheet.merges = s.merges.map((m) => ({ ...m }));
    }
    return fake;
  }

  newContext(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /** Adds a sheet as seeding does: no command, no recalculation. */
  addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      id: this.nextId++, name, visibility: 'Visible', protected: false, cells: new Map(), merges: [], widths: new Map(), frozenRows: 0, notes: new Map(),
      selection: { ...A1 },
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
    return getCell(this.sheet(sheet), row, col);
  }

  /** What the cell shows. */
  displayText(sheet: string, row: number, col: number): string {
    return textOf(this.cell(sheet, row, col));
  }

  /** The area holding every cell with content or formatting and every merged area; null when none. */
  usedArea(sheet: string): Area | null {
    const s = this.sheet(sheet);
    let area: Area | null = null;
    for (const key of s.cells.keys()) area = widen(area, ...parseCellKey(key));
    for (const m of s.merges) area = widen(widen(area, m.top, m.left), m.bottom, m.right);
    return area;
  }

  /** `Office.context.requirements.isSetSupported` of this Excel. */
  isSetSupported(name: string, minVersion?: string): boolean {
    const set = name.toLowerCase();
    if (set === 'excelapi') return versionAtMost(minVersion, this.excelApi);
    const highest = OTHER_SETS[set];
    return highest !== undefined && versionAtMost(minVersion, highest);
  }

  /** Fails a command that needs a later ExcelApi than this Excel supports, as Excel does. */
  requireApi(version: string, what: string): void {
    if (!versionAtMost(version, this.excelApi)) throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi ${version}; this Excel supports ${this.excelApi}`);
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

  sheetById(id: number): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  newId(): number {
    return this.nextId++;
  }

  /** The sheet shown: the one last activated while it is visible, else the first visible one. */
  activeSheetState(): FakeSheet | null {
    const current = this.sheets.find((s) => s.id === this.activeId);
    if (current && current.visibility === 'Visible') return current;
    return this.sheets.find((s) => s.visibility === 'Visible') ?? null;
  }

  /** The active sheet's name ('' in a workbook without a visible sheet). Setting it is a person clicking the sheet's tab. */
  get activeSheet(): string {
    return this.activeSheetState()?.name ?? '';
  }

  set activeSheet(name: string) {
    this.activateSheet(this.sheet(name));
    this.notify();
  }

  /** The selected cells of the active sheet. */
  get selection(): { sheet: string; area: Area } | null {
    const sheet = this.activeSheetState();
    return sheet ? { sheet: sheet.name, area: { ...sheet.selection } } : null;
  }

  /** A person selecting cells (which activates their sheet). */
  userSelect(sheet: string, area: Area): void {
    this.selectRange(this.sheet(sheet), area);
    this.notify();
  }

  /**
   * A person typing `input` into a cell (into the top-left cell when it lies in a merged area), read
   * as Excel reads typed input (typed-input.ts); '' empties the cell. Refused on a protected sheet.
   * `Remote`: a co-author typed it, in a workbook shared on the web.
   */
  userEdit(sheet: string, row: number, col: number, input: string, origin: ChangeOrigin = 'Local'): void {
    const s = this.sheet(sheet);
    const merge = s.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    const at = cellArea(merge ? { row: merge.top, col: merge.left } : { row, col });
    updateContents({ sheet: s, areas: [at] }, this, (c) => {
      Object.assign(c, readTypedEntry(input, c.numberFormat), { text: null });
    });
    this.touched = true;
    this.settle('Unknown', origin);
  }

  /** Calls `listener` after every change a grid would redraw for; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  activateSheet(sheet: FakeSheet): void {
    this.activeId = sheet.id;
    this.touched = true;
  }

  selectRange(sheet: FakeSheet, area: Area): void {
    this.activateSheet(sheet);
    sheet.selection = { ...area };
  }

  /** Deletes a sheet as `worksheet.delete()` does. */
  deleteSheet(sheet: FakeSheet): void {
    if (this.workbookProtected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
    if (!this.sheets.some((x) => x !== sheet && x.visibility === 'Visible')) throw new FakeOfficeError('InvalidOperation', 'cannot delete the last visible sheet');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.comments = this.comments.filter((c) => c.sheetId !== sheet.id);
    this.noteSheetChange(sheet.name);
  }

  noteContent(sheet: FakeSheet, row: number, col: number): void {
    this.toCalculate.noteCell(sheet, row, col);
    this.toReport.noteCell(sheet, row, col);
  }

  /** A sheet added or deleted by a command: formulas naming it are calculated again. */
  noteSheetChange(name: string): void {
    this.toCalculate.noteSheet(name);
  }

  /** Sends a request context's queued commands as one request (every `context.sync()` comes here). */
  sync(context: FakeRequestContext = this.context): Promise<void> {
    return this.runBatch(context.take());
  }

  private async runBatch(actions: Action[]): Promise<void> {
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
    try {
      if (record.requestBytes > PAYLOAD_LIMIT_BYTES) fail(new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${record.requestBytes} bytes`));
      const results: ActionResult[] = [];
      for (const a of actions) {
        if (a.mutating) {
          try {
            this.noteMutation();
          } catch (e) {
            fail(e as FakeOfficeError);
          }
          record.mutations++;
        } else {
          // Excel calculates as it writes, so a read later in the same batch sees the results.
          this.calculate();
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
    } finally {
      this.settle('ThisLocalAddin');
    }
  }

  /** Counts a write, failing it when `failOnMutation` said so. */
  noteMutation(): void {
    if (this.failAt !== null && this.mutations + 1 >= this.failAt) {
      this.failAt = null;
      throw new FakeOfficeError('GeneralException', 'injected failure');
    }
    this.mutations++;
    this.touched = true;
  }

  /**
   * After a command of the WPS surface (src/harness/fake-et), whose calls run one at a time: change
   * events and redraws as after a batch. Formulas are calculated before the next read
   * (`calculateNow`) rather than after each of the many small writes, or at once when a grid is
   * listening.
   */
  commandDone(): void {
    if (this.listeners.size > 0) this.calculate();
    this.report('ThisLocalAddin');
  }

  calculateNow(): void {
    this.calculate();
  }

  private calculate(): void {
    if (this.toCalculate.empty) return;
    const changes = this.toCalculate;
    this.toCalculate = new ChangeSet();
    this.calculator.recalculate(changes);
  }

  /** After a batch or an edit: calculate, raise change events, tell the listeners. */
  private settle(triggerSource: TriggerSource, origin: ChangeOrigin = 'Local'): void {
    this.calculate();
    this.report(triggerSource, origin);
  }

  private report(triggerSource: TriggerSource, origin: ChangeOrigin = 'Local'): void {
    const report = this.toReport;
    this.toReport = new ChangeSet();
    if (!report.empty) {
      this.changedHandlers.dispatch(report, this.sheets, { triggerSource, origin, withTriggerSource: versionAtMost('1.14', this.excelApi) });
      for (const observer of [...this.changeObservers]) observer(report, origin);
    }
    if (this.touched) this.notify();
  }

  private notify(): void {
    this.touched = false;
    for (const listener of [...this.listeners]) listener();
  }
}
