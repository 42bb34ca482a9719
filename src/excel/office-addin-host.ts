/// <reference types="office-js" />
import type { AddinHost, CellReading, CellTarget, CellText, CheckOutcome, CheckRequest, TypedEntriesChoice, UserEdit } from '../addin/addin-host';
import { checkOutcome, paneProgress } from '../addin/check-outcome';
import { runCheckSequence, type CheckPrimitives, type CheckWritten } from '../addin/check-sequence';
import { isAddinDataSheet, withProfileSheet } from '../addin/profile-sheet';
import { recheckChanges, type WrittenCheck } from '../addin/recheck-changes';
import { parseProfile } from '../core/check/parse-profile';
import type { Profile } from '../core/profile/profile-schema';
import { cellArea } from './a1';
import { applyPlanChanges } from './apply-plan-changes';
import { applyWritePlan } from './apply-write-plan';
import { readCells, writeCellTexts } from './cell-texts';
import { clearWritePlan, clearWritePlanKeepingInputs, countTypedInputs, hasRecordedResult } from './clear-write-plan';
import { ExcelHostError, officeErrorCode, unavailableError } from './host-error';
import { detectNotesMode, supports } from './api-support';
import { rangeOf } from './office-ops';
import { officeProfileSheet } from './profile-sheet-store';
import { readWorkbookSnapshot } from './read-workbook-snapshot';

/** Key of the profile in the workbook's document settings (saved with the file). */
export const PROFILE_SETTING = 'jixiao.profile';

/**
 * Without `triggerSource` (before ExcelApi 1.14) a change event cannot tell the add-in's own writes from
 * the user's: changes arriving while a write runs, or this soon after it, are taken as the add-in's.
 */
export const OWN_WRITE_GRACE_MS = 1500;

type SettingsLike = Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>;

function officeContext(): Office.Context | undefined {
  return (globalThis as { Office?: typeof Office }).Office?.context;
}

function settings(): SettingsLike {
  const s = officeContext()?.document?.settings;
  if (!s) throw unavailableError(new Error('Office.context.document.settings is missing'));
  return s;
}

/**
 * The workbook's file name for the report, from `document.url`: a web address (OneDrive, SharePoint)
 * is percent-encoded, a local path is not and may hold a `%` of its own (`完成率100%.xlsx`), so only
 * an address is decoded, and only where it decodes. Excel on the web and new files may have no URL.
 */
export function workbookFileName(url: string): string {
  const last = url.split(/[\\/]/).pop() ?? '';
  let name = last;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    try {
      name = decodeURIComponent(last.split(/[?#]/)[0] ?? '');
    } catch {
      name = last;
    }
  }
  return name === '' ? '工作簿.xlsx' : name;
}


async function activeSheetName(context: Excel.RequestContext): Promise<string> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  await context.sync();
  return sheet.name;
}

/**
 * The add-in's workbook operations on Office.js. A check always covers the whole workbook, because
 * one hidden record holds one result: checking one sheet alone would drop the other sheets' flags
 * and the 实际完成值 typed there. The `sheet` scope narrows what is reported to the user.
 */
export class OfficeAddinHost implements AddinHost {
  private writing = 0;
  private lastWriteEnd = 0;
  /** The result in the workbook, for a re-check to diff against; null after a clear. */
  private last: WrittenCheck | null = null;
  /** Sheets the user changed since `last`; null when a change may have gone unseen. */
  private changed: Set<string> | null = null;
  private watchers = 0;
  /**
   * Sheet names by worksheet id, for the change events (which give the id): emptied by every whole
   * check, which sees renames, so a renamed sheet's edits do not keep naming a sheet that is gone.
   */
  private readonly sheetNames = new Map<string, string>();

  async check(request: CheckRequest): Promise<CheckOutcome> {
    const progress = paneProgress(request);
    return this.whileWriting(() => Excel.run(async (context) => {
      const sheet = request.scope === 'sheet' ? await activeSheetName(context) : null;
      const file = workbookFileName(officeContext()?.document?.url ?? '');
      // Edits arriving while this check runs belong to the next one.
      const seen = this.changed;
      this.changed = this.watchers > 0 ? new Set() : null;
      try {
        const recheck = request.changesOnly === true ? await this.recheck(context, file, request.profile, seen) : null;
        if (recheck === null) this.sheetNames.clear();
        const written = recheck ?? await runCheckSequence(officeCheckPrimitives(context, file), request.profile, progress);
        this.last = { checked: written.checked, snapshot: written.snapshot, plan: written.plan, summarySheet: written.summarySheet };
        return checkOutcome(written, sheet);
      } catch (e) {
        // What the workbook holds now is not known: the next check writes everything.
        this.last = null;
        throw e;
      }
    }));
  }

  clear(typed: TypedEntriesChoice = 'keep'): Promise<boolean> {
    this.last = null;
    this.changed = null;
    return this.whileWriting(() => Excel.run((context) => clearWritePlan(context, { keepTyped: typed === 'keep' })));
  }

  hasResult(): Promise<boolean> {
    return Excel.run((context) => hasRecordedResult(context));
  }

  countTypedEntries(): Promise<number> {
    return Excel.run((context) => countTypedInputs(context));
  }

  async select(target: CellTarget): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(target.sheet);
      sheet.activate();
      rangeOf(sheet, cellArea(target)).select();
      await context.sync();
    });
  }

  async readCells(targets: readonly CellTarget[]): Promise<CellReading[]> {
    if (targets.length === 0) return [];
    return Excel.run((context) => readCells(context, targets));
  }

  async writeTexts(entries: readonly CellText[]): Promise<void> {
    if (entries.length === 0) return;
    // The user's cells, at the user's request: a re-check must read their sheets again.
    for (const e of entries) this.changed?.add(e.target.sheet);
    await this.whileWriting(() => Excel.run((context) => writeCellTexts(context, entries)));
  }

  activeSheet(): Promise<string> {
    return Excel.run((context) => activeSheetName(context));
  }

  async watchEdits(onEdit: (edit: UserEdit) => void): Promise<() => Promise<void>> {
    const names = this.sheetNames;
    const handler = async (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
      // A co-author's change starts no re-check, but the workbook is no longer the one checked.
      if (args.source === 'Remote') this.changed = null;
      if (this.isNotUsers(args)) return;
      let name = names.get(args.worksheetId);
      if (name === undefined) {
        name = await Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(args.worksheetId);
          sheet.load('name');
          await context.sync();
          return sheet.name;
        });
        names.set(args.worksheetId, name);
      }
      this.changed?.add(name);
      onEdit({ sheet: name, address: args.address });
    };
    const registration = await Excel.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
      return result;
    });
    // Edits made before this listener were not seen.
    this.watchers++;
    this.changed = null;
    return async () => {
      this.watchers--;
      if (this.watchers === 0) this.changed = null;
      await Excel.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      });
    };
  }

  async loadProfile(): Promise<Profile | null> {
    const saved: unknown = settings().get(PROFILE_SETTING);
    if (saved === null || saved === undefined) return null;
    const parsed = parseProfile(saved);
    return parsed.ok ? parsed.profile : null;
  }

  async saveProfile(profile: Profile): Promise<void> {
    const s = settings();
    s.set(PROFILE_SETTING, profile);
    await new Promise<void>((resolve, reject) => {
      s.saveAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
        else reject(new ExcelHostError('write-failed', `无法保存设置：${result.error?.message ?? ''}`, `Cannot save the settings: ${result.error?.message ?? ''}`));
      });
    });
  }

  displayLanguage(): string {
    return officeContext()?.displayLanguage ?? 'zh-CN';
  }

  /**
   * Not the user's: a co-author's change in a shared workbook (every co-author's pane re-checking at
   * once would rewrite the workbook at once), or the add-in's own write.
   */
  private isNotUsers(args: Excel.WorksheetChangedEventArgs): boolean {
    if (args.source === 'Remote') return true;
    if (supports('triggerSource')) return args.triggerSource === 'ThisLocalAddin';
    return this.writing > 0 || Date.now() - this.lastWriteEnd < OWN_WRITE_GRACE_MS;
  }

  /**
   * The changed sheets re-checked and only the difference written, when every change since the
   * last check was seen (a listener was on throughout, and Excel tells the add-in's writes from the
   * user's); null when the whole check must run.
   */
  private async recheck(context: Excel.RequestContext, file: string, profile: Profile, changed: Set<string> | null): Promise<CheckWritten | null> {
    const last = this.last;
    if (!last || !changed || !supports('triggerSource')) return null;
    if (last.summarySheet !== null && changed.has(last.summarySheet)) return null;
    try {
      const done = await recheckChanges({
        readSheets: async (names) => {
          // Queued before the read, so the list comes back with its first batch.
          const list = context.workbook.worksheets.load('items/name');
          const sheets = names.length === 0 ? [] : (await readWorkbookSnapshot(context, file, { only: names })).sheets;
          if (names.length === 0) await context.sync();
          return { sheets, names: list.items.map((s) => s.name).filter((n) => !isAddinDataSheet(n)) };
        },
        applyChanges: async (changes, summarySheet) => {
          await applyPlanChanges(context, changes, summarySheet);
        },
      }, last, [...changed], profile);
      return done?.written ?? null;
    } catch (e) {
      // A sheet renamed or deleted since: the whole check reads the workbook as it is.
      if (officeErrorCode(e) === 'ItemNotFound' || (e instanceof ExcelHostError && e.code === 'unavailable')) return null;
      throw e;
    }
  }

  private async whileWriting<T>(run: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await run();
    } finally {
      this.writing--;
      this.lastWriteEnd = Date.now();
    }
  }
}

/** The check sequence's operations through one request context; the emptied summary sheet is reused. */
export function officeCheckPrimitives(context: Excel.RequestContext, file: string): CheckPrimitives {
  let keptSummarySheet: string | null = null;
  return {
    read: () => readWorkbookSnapshot(context, file),
    clearPrevious: async () => {
      const cleared = await clearWritePlanKeepingInputs(context, { keepSheets: true });
      keptSummarySheet = cleared.keptSummarySheet;
      return cleared;
    },
    apply: (plan, onWritten) => applyWritePlan(context, plan, { notes: detectNotesMode(), keptSummarySheet, ...(onWritten ? { onProgress: onWritten } : {}) }),
  };
}

/** The profile kept in the workbook's profile sheet, the document settings as the fallback. */
export function createOfficeAddinHost(): AddinHost {
  return withProfileSheet(new OfficeAddinHost(), officeProfileSheet());
}
