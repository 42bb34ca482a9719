/**
 * The Office.js globals the task pane uses, over a fake workbook, so the real pane runs in a plain
 * web page: `Excel.run` and the Excel enums, `Office.onReady`, `Office.context` (display language,
 * requirement sets up to ExcelApi 1.18, document settings kept in memory, dialogs),
 * `Office.actions` (ribbon commands) and the Office enums.
 *
 * The workbook may be given as a promise (a seed still downloading): the globals exist at once, as
 * Office.js's do once its script has run, and `Office.onReady` and `Excel.run` wait for the workbook,
 * as Office.js waits for its host. If it fails to load, both reject, so the page reports the error.
 */
import { FakeExcel, FakeOfficeError, FakeRequestContext } from './fake-excel';
import { DIALOG_EVENT_RECEIVED, DIALOG_MESSAGE_RECEIVED, FakeRibbon } from './fake-ribbon';

export interface FakeOfficeOptions {
  /** What `Office.context.displayLanguage` reports, e.g. `zh-CN` or `en-US`. */
  displayLanguage: string;
  /** What `Office.context.document.url` reports; the pane names the workbook after it. */
  documentUrl?: string;
}

type Batch = (context: FakeRequestContext) => unknown;

interface AsyncResult {
  status: string;
  value: undefined;
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof (v as { then?: unknown } | null)?.then === 'function';
}

function fakeExcelGlobal(workbook: FakeExcel | Promise<FakeExcel>): Record<string, unknown> {
  // Once loaded, a batch starts in the same tick as `Excel.run`, as it always did with a fake given outright.
  let loaded = workbook instanceof FakeExcel ? workbook : null;
  return {
    /** `Excel.run(batch)`, or `Excel.run(context, batch)` to reuse a context (as event-handler removal does). */
    run: async (...args: unknown[]): Promise<unknown> => {
      const fake = loaded ?? (loaded = await workbook);
      const batch = args[args.length - 1] as Batch;
      const given = args.length > 1 ? args[0] : undefined;
      const context = given instanceof FakeRequestContext ? given : fake.newContext();
      const result = batch(context);
      if (!isThenable(result)) throw new FakeOfficeError('RunMustReturnPromise', 'the batch function passed to Excel.run must return a promise');
      return result;
    },
    EventTriggerSource: { unknown: 'Unknown', thisLocalAddin: 'ThisLocalAddin' },
    EventSource: { local: 'Local', remote: 'Remote' },
    EventType: { worksheetChanged: 'WorksheetChanged', worksheetSelectionChanged: 'WorksheetSelectionChanged' },
    DataChangeType: { unknown: 'Unknown', rangeEdited: 'RangeEdited' },
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents' },
  };
}

function fakeSettings(): Record<string, unknown> {
  const values = new Map<string, unknown>();
  return {
    // Settings are stored as JSON, so a caller never shares an object with them.
    get: (name: string): unknown => (values.has(name) ? structuredClone(values.get(name)) : null),
    set: (name: string, value: unknown): void => {
      values.set(name, structuredClone(value));
    },
    remove: (name: string): void => {
      values.delete(name);
    },
    saveAsync: (...args: unknown[]): void => {
      const callback = args[args.length - 1];
      const result: AsyncResult = { status: 'succeeded', value: undefined };
      if (typeof callback === 'function') setTimeout(() => (callback as (r: AsyncResult) => void)(result), 0);
    },
  };
}

function fakeOfficeGlobal(options: FakeOfficeOptions, ribbon: FakeRibbon, loaded: Promise<FakeExcel>): Record<string, unknown> {
  // Requirement sets are those of the workbook's Excel; asked before it has loaded, a default one's.
  // The platform is Excel on the web, so the workbook behaves as there (worksheet.notes fails).
  let excel = new FakeExcel();
  void loaded.then((fake) => {
    fake.onTheWeb = true;
    excel = fake;
  }, () => undefined);
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  return {
    onReady: (callback?: (i: typeof info) => void): Promise<typeof info> =>
      loaded.then(() => {
        callback?.(info);
        return info;
      }),
    context: {
      displayLanguage: options.displayLanguage,
      requirements: {
        isSetSupported: (name: string, minVersion?: string): boolean => excel.isSetSupported(name, minVersion),
      },
      document: { url: options.documentUrl ?? '', settings: fakeSettings() },
      ui: { displayDialogAsync: ribbon.displayDialogAsync.bind(ribbon) },
    },
    actions: { associate: ribbon.associate.bind(ribbon) },
    EventType: { DialogMessageReceived: DIALOG_MESSAGE_RECEIVED, DialogEventReceived: DIALOG_EVENT_RECEIVED },
    HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
}

/**
 * Defines `Excel` and `Office` on `globalThis` over `workbook` (or the workbook a promise brings),
 * replacing any defined before; returns the ribbon, whose buttons the harness presses and whose
 * notices it draws.
 */
export function installFakeOffice(workbook: FakeExcel | Promise<FakeExcel>, options: FakeOfficeOptions): FakeRibbon {
  const ribbon = new FakeRibbon();
  const g = globalThis as { Excel?: unknown; Office?: unknown };
  g.Excel = fakeExcelGlobal(workbook);
  g.Office = fakeOfficeGlobal(options, ribbon, Promise.resolve(workbook));
  return ribbon;
}
