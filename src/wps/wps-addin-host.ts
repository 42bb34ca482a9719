import type { AddinHost, CellReading, CellTarget, CellText, CheckOutcome, CheckRequest, TypedEntriesChoice, UserEdit } from '../addin/addin-host';
import { fixInput } from '../addin/cell-input';
import { checkOutcome, paneProgress } from '../addin/check-outcome';
import { runCheckSequence, type CheckWritten } from '../addin/check-sequence';
import { isAddinDataSheet } from '../addin/profile-sheet';
import { recheckChanges, type WrittenCheck } from '../addin/recheck-changes';
import { parseProfile } from '../core/check/parse-profile';
import type { Profile } from '../core/profile/profile-schema';
import { cellArea, rangeAddress } from '../excel/a1';
import { ExcelHostError } from '../excel/host-error';
import { cellText, values2, type EtApplication, type EtRange, type EtWorkbook, type EtWorksheet, type SheetChangeListener } from './et-facade';
import { applyWpsPlanChanges } from './wps-apply-changes';
import { cellAt, missingSheetError, sheetNamed, worksheets } from './wps-cells';
import { readSheetSnapshot, wpsCellValue } from './wps-read-snapshot';
import { hasRecord } from './wps-record';
import { RECORD_SHEET } from '../core/plan/write-plan';
import { clearWpsResult, countWpsTypedInputs } from './wps-clear-plan';
import { wpsCheckPrimitives } from './wps-check-primitives';
import { OwnWrites } from './wps-own-writes';

/** Key of the profile in the add-in's PluginStorage. */
export const PROFILE_STORAGE_KEY = 'jixiao.profile';

function noWorkbookError(): ExcelHostError {
  return new ExcelHostError('unavailable', '没有打开的工作簿：请先在 WPS 表格中打开要检查的工作簿', 'No workbook is open: open the workbook to check in WPS Spreadsheets first');
}

/**
 * The add-in's workbook operations on the WPS 表格 (ET) object model, through the facade. The
 * check is the one sequence every host runs; only reading and writing cells differ.
 */
class WpsAddinHost implements AddinHost {
  private readonly own = new OwnWrites();
  /** What the last check wrote, and into which workbook (one WPS window runs the add-in for all of them). */
  private last: { book: string; written: WrittenCheck } | null = null;
  /** Sheets the user changed since `last`, in any open workbook; null when a change may have gone unseen. */
  private changed: Set<string> | null = null;
  private watchers = 0;

  constructor(private readonly app: EtApplication) {}

  private book(): EtWorkbook {
    const book = this.app.ActiveWorkbook;
    if (!book) throw noWorkbookError();
    return book;
  }

  private sheet(name: string): EtWorksheet {
    const ws = sheetNamed(this.book(), name);
    if (!ws) throw missingSheetError(name);
    return ws;
  }

  private cell(target: CellTarget): EtRange {
    return cellAt(this.sheet(target.sheet), target.row, target.col);
  }

  /** ET calls redraw the grid one by one unless screen updating is off while the add-in writes. */
  private quietly<T>(run: () => Promise<T>): Promise<T> {
    const updating = this.app.ScreenUpdating;
    this.app.ScreenUpdating = false;
    return run().finally(() => {
      this.app.ScreenUpdating = updating;
    });
  }

  async check(request: CheckRequest): Promise<CheckOutcome> {
    const book = this.book();
    const sheet = request.scope === 'sheet' ? book.ActiveSheet.Name : null;
    // Edits arriving while this check runs belong to the next one.
    const seen = this.changed;
    this.changed = this.watchers > 0 ? new Set() : null;
    return this.quietly(async () => {
      try {
        const recheck = request.changesOnly === true ? await this.recheck(book, request.profile, seen) : null;
        const written = recheck ?? await runCheckSequence(wpsCheckPrimitives(this.app, book, this.own), request.profile, paneProgress(request));
        this.last = { book: book.Name, written: { checked: written.checked, snapshot: written.snapshot, plan: written.plan, summarySheet: written.summarySheet } };
        return checkOutcome(written, sheet);
      } catch (e) {
        // What the workbook holds now is not known: the next check writes everything.
        this.last = null;
        throw e;
      }
    });
  }

  /**
   * The changed sheets re-checked and only the difference written, when every change since the
   * last check of this workbook was seen: a listener was on throughout, and this WPS raises change
   * events inside the writes, so the add-in's own are told from the user's exactly. Null when the
   * whole check must run.
   */
  private async recheck(book: EtWorkbook, profile: Profile, changed: Set<string> | null): Promise<CheckWritten | null> {
    const last = this.last;
    if (!last || last.book !== book.Name || !changed || !this.own.exact()) return null;
    const { summarySheet } = last.written;
    if (summarySheet !== null && (changed.has(summarySheet) || !sheetNamed(book, summarySheet))) return null;
    try {
      const done = await recheckChanges({
        readSheets: async (names) => ({
          sheets: names.flatMap((name) => {
            const ws = sheetNamed(book, name);
            return ws ? [readSheetSnapshot(ws)] : [];
          }),
          names: worksheets(book).map((ws) => ws.Name).filter((name) => !isAddinDataSheet(name)),
        }),
        applyChanges: async (changes, summary) => {
          this.own.run(() => applyWpsPlanChanges(book, changes, summary));
        },
      }, last.written, [...changed], profile);
      return done?.written ?? null;
    } catch (e) {
      if (e instanceof ExcelHostError && e.code === 'missing-sheet') return null;
      throw e;
    }
  }

  async countTypedEntries(): Promise<number> {
    return countWpsTypedInputs(this.book());
  }

  async hasResult(): Promise<boolean> {
    return hasRecord(sheetNamed(this.book(), RECORD_SHEET));
  }

  async clear(typed: TypedEntriesChoice = 'keep'): Promise<boolean> {
    this.last = null;
    this.changed = null;
    const book = this.book();
    return this.quietly(async () => this.own.run(() => clearWpsResult(this.app, book, { keepTyped: typed === 'keep' }).cleared));
  }

  async select(target: CellTarget): Promise<void> {
    const ws = this.sheet(target.sheet);
    ws.Activate();
    ws.Range(rangeAddress(cellArea(target))).Select();
  }

  async readCells(targets: readonly CellTarget[]): Promise<CellReading[]> {
    return targets.map((t) => {
      const cell = this.cell(t);
      const text = cellText(cell);
      return { text, value: wpsCellValue(values2(cell, 1, 1)[0]?.[0], () => text) };
    });
  }

  async writeTexts(entries: readonly CellText[]): Promise<void> {
    const cells = entries.map((e) => ({ cell: this.cell(e.target), text: e.text, value: e.value }));
    // The user's cells, at the user's request: a re-check must read their sheets again.
    for (const e of entries) this.changed?.add(e.target.sheet);
    this.own.run(() => {
      for (const { cell, text, value } of cells) cell.Value2 = fixInput(text, values2(cell, 1, 1)[0]?.[0], value);
    });
  }

  async activeSheet(): Promise<string> {
    return this.book().ActiveSheet.Name;
  }

  async watchEdits(onEdit: (edit: UserEdit) => void): Promise<() => Promise<void>> {
    const listener: SheetChangeListener = (sheet, target) => {
      if (this.own.claims()) return;
      this.changed?.add(sheet.Name);
      onEdit({ sheet: sheet.Name, address: target.Address(false, false) });
    };
    const events = this.app.ApiEvent;
    events.AddApiEventListener('SheetChange', listener);
    // Edits made before this listener were not seen.
    this.watchers++;
    this.changed = null;
    return async () => {
      this.watchers--;
      if (this.watchers === 0) this.changed = null;
      events.RemoveApiEventListener('SheetChange', listener);
    };
  }

  /** Kept in PluginStorage for the session; a profile kept in the workbook itself comes with the hidden profile sheet. */
  async loadProfile(): Promise<Profile | null> {
    const saved = this.app.PluginStorage.getItem(PROFILE_STORAGE_KEY);
    if (saved === null || saved === '') return null;
    let json: unknown;
    try {
      json = JSON.parse(saved);
    } catch {
      return null;
    }
    const parsed = parseProfile(json);
    return parsed.ok ? parsed.profile : null;
  }

  async saveProfile(profile: Profile): Promise<void> {
    this.app.PluginStorage.setItem(PROFILE_STORAGE_KEY, JSON.stringify(profile));
  }

  /** WPS加载项 offer no UI-language call in the object model the add-in uses; WPS 表格 desktops here run in Chinese. */
  displayLanguage(): string {
    return 'zh-CN';
  }
}

/** The AddinHost of the WPS加载项: the pane and the ribbon's commands run against it. */
export function createWpsAddinHost(app: EtApplication): AddinHost {
  return new WpsAddinHost(app);
}
