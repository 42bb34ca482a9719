/// <reference types="office-js" />
import type { AddinHost, CellTarget, CellText, CheckOutcome, CheckProgress, CheckRequest, TypedEntriesChoice, UserEdit } from '../addin/addin-host';
import { runCheckSequence, type CheckPrimitives } from '../addin/check-sequence';
import { parseProfile } from '../core/check/parse-profile';
import type { Profile } from '../core/profile/profile-schema';
import { reportSummary, type Report } from '../core/report';
import { cellArea } from './a1';
import { applyWritePlan } from './apply-write-plan';
import { readCellTexts, writeCellTexts } from './cell-texts';
import { clearWritePlan, clearWritePlanKeepingInputs, countTypedInputs, hasRecordedResult } from './clear-write-plan';
import { ExcelHostError, unavailableError } from './host-error';
import { detectNotesMode, supports } from './api-support';
import { rangeOf } from './office-ops';
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

function onlySheet(report: Report, sheet: string): Report {
  const tables = report.tables.filter((t) => t.sheet === sheet);
  const findings = report.findings.filter((f) => f.sheet === sheet);
  return { ...report, tables, findings, summary: reportSummary(tables.length, findings) };
}

/**
 * Resolves once the browser has had a chance to render and paint what was just reported: after the
 * next animation frame, then a macrotask (a frame is never awaited longer than `PAINT_WAIT_MS`, as a
 * hidden pane gets no frames).
 */
const PAINT_WAIT_MS = 50;
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame !== 'function') return done();
    const timer = setTimeout(done, PAINT_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      done();
    });
  });
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

  async check(request: CheckRequest): Promise<CheckOutcome> {
    const report = request.onProgress ?? (() => undefined);
    // The engine and (in the harness) the workbook run on the pane's own thread: a macrotask after
    // each report lets the pane draw it before the work that follows holds the thread again.
    const progress = async (p: CheckProgress): Promise<void> => {
      report(p);
      await nextPaint();
    };
    return this.whileWriting(() => Excel.run(async (context) => {
      const sheet = request.scope === 'sheet' ? await activeSheetName(context) : null;
      const { result, plan, summarySheet } = await runCheckSequence(officeCheckPrimitives(context, workbookFileName(officeContext()?.document?.url ?? '')), request.profile, progress);
      return {
        report: sheet === null ? result.report : onlySheet(result.report, sheet),
        sheet,
        problems: sheet === null ? plan.problems : plan.problems.filter((p) => p.sheet === sheet),
        summarySheet,
      };
    }));
  }

  clear(typed: TypedEntriesChoice = 'keep'): Promise<boolean> {
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

  async readTexts(targets: readonly CellTarget[]): Promise<string[]> {
    if (targets.length === 0) return [];
    return Excel.run((context) => readCellTexts(context, targets));
  }

  async writeTexts(entries: readonly CellText[]): Promise<void> {
    if (entries.length === 0) return;
    await this.whileWriting(() => Excel.run((context) => writeCellTexts(context, entries)));
  }

  activeSheet(): Promise<string> {
    return Excel.run((context) => activeSheetName(context));
  }

  async watchEdits(onEdit: (edit: UserEdit) => void): Promise<() => Promise<void>> {
    const names = new Map<string, string>();
    const handler = async (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
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
      onEdit({ sheet: name, address: args.address });
    };
    const registration = await Excel.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
      return result;
    });
    return async () => {
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

export function createOfficeAddinHost(): AddinHost {
  return new OfficeAddinHost();
}
