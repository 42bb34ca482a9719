/**
 * The WPS 表格 (ET) object model of src/wps/et-facade.ts over the same in-memory workbook as the
 * Office.js fake (one state, two API surfaces): `new FakeEt(fakeExcel).application` is what the WPS
 * host is given. Calls run at once, as ET's do; writes go through the Office fake's checks
 * (protected sheets, injected failures) and change log, so formulas are calculated, the harness
 * grid redraws and `SheetChange` is raised, synchronously inside the write or after `eventDelayMs`.
 *
 * What WPS does and the fake copies: a sheet added becomes the active one; deleting a sheet asks the
 * user unless `DisplayAlerts` is off (here: it fails); a very hidden sheet cannot be deleted; a
 * second comment on a cell is refused; `Clear` removes comments too. Simplifications: `UsedRange` is
 * the cells holding anything (content or format) and merged areas, A1 when there are none; `Text` of
 * a cell is the Office fake's; `Value2` of an empty cell is undefined.
 */
import type { Area } from '../../core/snapshot';
import { parseRangeAddress } from '../../excel/a1';
import {
  SHEET_HIDDEN, SHEET_VERY_HIDDEN, SHEET_VISIBLE, type EtApiEvent, type EtApplication, type EtPluginStorage, type EtRange, type EtWorkbook, type EtWorksheet,
  type EtWorksheets, type SheetChangeListener, visibilityName,
} from '../../wps/et-facade';
import type { FakeExcel } from '../fake-excel/fake-excel';
import { widen } from '../fake-excel/fake-address';
import { isDefault } from '../fake-excel/fake-cells';
import type { ChangeSet } from '../fake-excel/fake-changes';
import { FakeOfficeError } from '../fake-excel/fake-office-error';
import { parseCellKey, type FakeSheet } from '../fake-excel/fake-state';
import { FakeEtRange } from './fake-et-range';

export interface FakeEtOptions {
  /** The workbook's file name (`Workbook.Name`). */
  fileName?: string;
  /** Undefined: `SheetChange` is raised inside the write that changed the cells, as WPS does; else this many ms later. */
  eventDelayMs?: number;
}

const VISIBILITY: Record<string, number> = { Visible: SHEET_VISIBLE, Hidden: SHEET_HIDDEN, VeryHidden: SHEET_VERY_HIDDEN };
const SHEET_NAME_BAD = /[[\]:*?/\\]/;

export class FakeEt {
  readonly application: EtApplication;
  /** ET calls made (each property read or write, each method). */
  calls = 0;
  private readonly listeners = new Set<SheetChangeListener>();

  constructor(
    readonly fake: FakeExcel,
    readonly options: FakeEtOptions = {},
  ) {
    this.application = new FakeEtApplication(this);
    fake.changeObservers.add((changes) => this.raise(changes));
  }

  read<T>(run: () => T): T {
    this.calls++;
    return run();
  }

  /** A read of values: formulas written before it are calculated first. */
  readValues<T>(run: () => T): T {
    this.fake.calculateNow();
    return this.read(run);
  }

  /** A change of what is shown (the active sheet, the selection): no write, but the grid redraws. */
  view(run: () => void): void {
    this.calls++;
    run();
    this.fake.commandDone();
  }

  /** A write: counted (and failed when the Office fake was told to fail it), then reported. */
  write(run: () => void): void {
    this.calls++;
    this.fake.noteMutation();
    try {
      run();
    } finally {
      this.fake.commandDone();
    }
  }

  /** A proxy's sheet must still be in the workbook. */
  live(sheet: FakeSheet): void {
    if (!this.fake.sheets.includes(sheet)) throw new FakeOfficeError('ItemNotFound', `sheet ${sheet.name} was deleted`);
  }

  worksheet(sheet: FakeSheet): EtWorksheet {
    return new FakeEtWorksheet(this, sheet);
  }

  addListener(listener: SheetChangeListener): void {
    this.listeners.add(listener);
  }

  removeListener(listener?: SheetChangeListener): void {
    if (listener) this.listeners.delete(listener);
    else this.listeners.clear();
  }

  private raise(changes: ChangeSet): void {
    for (const sheet of changes.cells.keys()) {
      const area = changes.bounds(sheet);
      if (!area || !this.fake.sheets.includes(sheet)) continue;
      const ws = this.worksheet(sheet);
      const target = new FakeEtRange(this, sheet, area);
      for (const listener of [...this.listeners]) {
        if (this.options.eventDelayMs === undefined) listener(ws, target);
        else setTimeout(() => listener(ws, target), this.options.eventDelayMs);
      }
    }
  }
}

class FakeEtWorksheet implements EtWorksheet {
  constructor(
    private readonly et: FakeEt,
    readonly sheet: FakeSheet,
  ) {}
  get Name(): string {
    return this.et.read(() => {
      this.et.live(this.sheet);
      return this.sheet.name;
    });
  }
  set Name(name: string) {
    this.et.write(() => {
      this.et.live(this.sheet);
      if (name === '' || [...name].length > 31 || SHEET_NAME_BAD.test(name)) throw new FakeOfficeError('InvalidArgument', `bad sheet name ${name}`);
      if (this.et.fake.sheets.some((s) => s !== this.sheet && s.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', name);
      this.et.fake.noteSheetChange(this.sheet.name);
      this.sheet.name = name;
      this.et.fake.noteSheetChange(name);
    });
  }
  get Visible(): unknown {
    return this.et.read(() => VISIBILITY[this.sheet.visibility] ?? SHEET_VISIBLE);
  }
  set Visible(v: unknown) {
    this.et.write(() => {
      this.et.live(this.sheet);
      this.sheet.visibility = visibilityName(v === true ? SHEET_VISIBLE : v === false ? SHEET_HIDDEN : v);
    });
  }
  get ProtectContents(): boolean {
    return this.et.read(() => this.sheet.protected);
  }
  get UsedRange(): EtRange {
    const area = this.et.read(() => {
      this.et.live(this.sheet);
      let used: Area | null = null;
      for (const [key, c] of this.sheet.cells) if (!isDefault(c)) used = widen(used, ...parseCellKey(key));
      for (const m of this.sheet.merges) used = widen(widen(used, m.top, m.left), m.bottom, m.right);
      return used ?? { top: 1, left: 1, bottom: 1, right: 1 };
    });
    return new FakeEtRange(this.et, this.sheet, area);
  }
  Range(address: string): EtRange {
    return new FakeEtRange(this.et, this.sheet, parseRangeAddress(address.replace(/\$/g, '')));
  }
  Activate(): void {
    this.et.view(() => {
      this.et.live(this.sheet);
      if (this.sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', `sheet ${this.sheet.name} is hidden`);
      this.et.fake.activateSheet(this.sheet);
    });
  }
  Delete(): void {
    this.et.write(() => {
      this.et.live(this.sheet);
      if (this.et.application.DisplayAlerts) throw new FakeOfficeError('InvalidOperation', 'WPS would ask the user before deleting the sheet');
      if (this.sheet.visibility === 'VeryHidden') throw new FakeOfficeError('InvalidOperation', `sheet ${this.sheet.name} is very hidden`);
      this.et.fake.deleteSheet(this.sheet);
    });
  }
}

class FakeEtWorksheets implements EtWorksheets {
  constructor(private readonly et: FakeEt) {}
  get Count(): number {
    return this.et.read(() => this.et.fake.sheets.length);
  }
  Item(index: number | string): EtWorksheet {
    const sheets = this.et.fake.sheets;
    const sheet = this.et.read(() =>
      typeof index === 'number' ? sheets[index - 1] : sheets.find((s) => s.name.toLowerCase() === index.toLowerCase()));
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `no sheet ${index}`);
    return this.et.worksheet(sheet);
  }
  /** A new sheet before `before`, after `after`, else before the active sheet; it becomes the active sheet. */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet {
    const fake = this.et.fake;
    const added: { sheet?: FakeSheet } = {};
    this.et.write(() => {
      if (fake.workbookProtected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
      const anchor = (before ?? after) as FakeEtWorksheet | undefined;
      const active = fake.activeSheetState();
      let name = '';
      for (let i = fake.sheets.length + 1; name === '' || fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()); i++) name = `Sheet${i}`;
      const sheet = fake.addSheet(name);
      fake.sheets.splice(fake.sheets.indexOf(sheet), 1);
      const at = anchor ? fake.sheets.indexOf(anchor.sheet) + (after ? 1 : 0) : active ? fake.sheets.indexOf(active) : fake.sheets.length;
      fake.sheets.splice(at, 0, sheet);
      fake.noteSheetChange(name);
      fake.activateSheet(sheet);
      added.sheet = sheet;
    });
    if (!added.sheet) throw new FakeOfficeError('GeneralException', 'no sheet added');
    return this.et.worksheet(added.sheet);
  }
}

class FakeEtWorkbook implements EtWorkbook {
  readonly Worksheets: EtWorksheets;
  constructor(private readonly et: FakeEt) {
    this.Worksheets = new FakeEtWorksheets(et);
  }
  get Name(): string {
    return this.et.options.fileName ?? '工作簿1.xlsx';
  }
  get ActiveSheet(): EtWorksheet {
    const sheet = this.et.read(() => this.et.fake.activeSheetState());
    if (!sheet) throw new FakeOfficeError('ItemNotFound', 'the workbook has no visible sheet');
    return this.et.worksheet(sheet);
  }
  get ProtectStructure(): boolean {
    return this.et.read(() => this.et.fake.workbookProtected);
  }
}

class FakeEtApiEvent implements EtApiEvent {
  constructor(private readonly et: FakeEt) {}
  AddApiEventListener(_name: 'SheetChange', callback: SheetChangeListener): void {
    this.et.addListener(callback);
  }
  RemoveApiEventListener(_name: 'SheetChange', callback?: SheetChangeListener): void {
    this.et.removeListener(callback);
  }
}

class FakePluginStorage implements EtPluginStorage {
  private readonly items = new Map<string, string>();
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
}

class FakeEtApplication implements EtApplication {
  readonly ActiveWorkbook: EtWorkbook;
  readonly ApiEvent: EtApiEvent;
  readonly PluginStorage: EtPluginStorage = new FakePluginStorage();
  DisplayAlerts = true;
  ScreenUpdating = true;
  constructor(et: FakeEt) {
    this.ActiveWorkbook = new FakeEtWorkbook(et);
    this.ApiEvent = new FakeEtApiEvent(et);
  }
}
