import type { AddinHost, CheckOutcome, CheckRequest } from '../addin/addin-host';
import { DEFAULT_PROFILE, type Profile } from '../core/profile/profile-schema';
import { ExcelHostError } from '../excel/host-error';
import { latestOutcome, publishOutcome, setCurrentProfile, subscribeOutcomes } from '../taskpane/pane-events';
import { FakeRibbon } from '../harness/fake-ribbon';
import { AutoCheckScheduler } from '../taskpane/auto-check-scheduler';
import { noticeDuration, noticeUrl } from './notice-dialog';
import { CHECK_COMMAND, CLEAR_COMMAND, registerCommands } from './register-commands';

type Handler = (event: { completed(): void }) => Promise<void>;

interface FakeDialog {
  url: string;
  options: Office.DialogOptions;
  handlers: Map<string, () => void>;
  close: jest.Mock;
}

/** The slice of Office.js the commands use: associate, displayDialogAsync and the enums. */
function installFakeOffice(dialogFails = false): { handlers: Map<string, Handler>; dialogs: FakeDialog[] } {
  const handlers = new Map<string, Handler>();
  const dialogs: FakeDialog[] = [];
  const fake = {
    actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      ui: {
        displayDialogAsync(url: string, options: Office.DialogOptions, callback: (result: unknown) => void) {
          if (dialogFails) {
            callback({ status: 'failed', error: { code: 12007, message: 'A dialog is already open' } });
            return;
          }
          const dialog: FakeDialog = { url, options, handlers: new Map(), close: jest.fn() };
          dialogs.push(dialog);
          callback({
            status: 'succeeded',
            value: { close: dialog.close, addEventHandler: (type: string, h: () => void) => dialog.handlers.set(type, h) },
          });
        },
      },
    },
  };
  Object.assign(globalThis, { Office: fake, location: { href: 'https://localhost:3000/taskpane.html' } });
  return { handlers, dialogs };
}

const OUTCOME: CheckOutcome = {
  report: { schemaVersion: 1, file: 'x.xlsx', tables: [], findings: [], summary: { tables: 40, errors: 16, warnings: 30, infos: 5 } },
  sheet: null,
  problems: [],
  summarySheet: '检查汇总',
};

function stubHost(overrides: Partial<AddinHost> = {}, language = 'zh-CN'): AddinHost & { requests: CheckRequest[] } {
  const requests: CheckRequest[] = [];
  const unused = (): never => {
    throw new Error('not used by the ribbon commands');
  };
  return {
    requests,
    check: async (request) => {
      requests.push(request);
      return OUTCOME;
    },
    clear: async () => true,
    countTypedEntries: async () => 0,
    hasResult: unused,
    select: unused,
    readTexts: unused,
    writeTexts: unused,
    activeSheet: unused,
    watchEdits: unused,
    loadProfile: async () => null,
    saveProfile: unused,
    displayLanguage: () => language,
    ...overrides,
  };
}

/** Runs one ribbon command as Office would and returns how often it completed and the notice shown. */
async function press(name: string, host: AddinHost, dialogFails = false): Promise<{ completed: number; notices: string[]; dialogs: FakeDialog[] }> {
  const { handlers, dialogs } = installFakeOffice(dialogFails);
  registerCommands(host);
  const event = { completed: jest.fn() };
  const handler = handlers.get(name);
  if (!handler) throw new Error(`${name} was not associated`);
  await handler(event);
  const notices = dialogs.map((d) => new URL(d.url).searchParams.get('m') ?? '');
  return { completed: event.completed.mock.calls.length, notices, dialogs };
}

const SAVED: Profile = { ...DEFAULT_PROFILE, name: '已保存', minSatisfactionPercent: 95 };

afterEach(() => {
  setCurrentProfile(null);
  jest.restoreAllMocks();
});

describe('ribbon commands', () => {
  it('associates both function names of manifest.xml', () => {
    const { handlers } = installFakeOffice();
    registerCommands(stubHost());
    expect([...handlers.keys()].sort()).toEqual(['checkWorkbook', 'clearCheckResults']);
    expect([CHECK_COMMAND, CLEAR_COMMAND]).toEqual(['checkWorkbook', 'clearCheckResults']);
  });

  it('checks the whole workbook with the saved profile, publishes the outcome to the pane and says what it found', async () => {
    const host = stubHost({ loadProfile: async () => SAVED });
    const published: (CheckOutcome | null)[] = [];
    const stop = subscribeOutcomes((o) => published.push(o));
    const { completed, notices, dialogs } = await press(CHECK_COMMAND, host);
    stop();
    expect(host.requests).toEqual([{ scope: 'workbook', profile: SAVED }]);
    expect(published).toEqual([OUTCOME]);
    expect(completed).toBe(1);
    expect(notices).toEqual(['检查完成：16 个错误，30 个警告，5 个提示，共 40 张表']);
    expect(dialogs[0]?.url.startsWith('https://localhost:3000/notice.html?m=')).toBe(true);
    expect(dialogs[0]?.options).toEqual({ height: 20, width: 30, displayInIframe: true });
  });

  it('prefers the profile the open pane holds, and falls back to the default one', async () => {
    const paneProfile: Profile = { ...DEFAULT_PROFILE, name: '面板' };
    setCurrentProfile(paneProfile);
    const withPane = stubHost({ loadProfile: async () => SAVED });
    await press(CHECK_COMMAND, withPane);
    expect(withPane.requests[0]?.profile).toBe(paneProfile);

    setCurrentProfile(null);
    const unsaved = stubHost();
    await press(CHECK_COMMAND, unsaved);
    expect(unsaved.requests[0]?.profile).toBe(DEFAULT_PROFILE);
  });

  it('completes exactly once and shows the error in the Office language when the check fails', async () => {
    const failing = stubHost({
      check: async () => {
        throw new ExcelHostError('protected', '工作表受保护', 'The sheet is protected');
      },
    }, 'en-US');
    const { completed, notices } = await press(CHECK_COMMAND, failing);
    expect(completed).toBe(1);
    expect(notices).toEqual(['The check did not finish: The sheet is protected']);
  });

  it('completes exactly once when the notice cannot be shown', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { completed } = await press(CHECK_COMMAND, stubHost(), true);
    expect(completed).toBe(1);
    expect(warn).toHaveBeenCalled();
  });

  it('waits for the pane’s check before its own, and the pane for the ribbon’s: one queue for every entry point', async () => {
    let running = 0;
    let most = 0;
    const order: string[] = [];
    const host = stubHost({
      check: async (request) => {
        running++;
        most = Math.max(most, running);
        order.push(request.onProgress ? 'pane' : 'ribbon');
        await new Promise((resolve) => setTimeout(resolve, 20));
        running--;
        return OUTCOME;
      },
    });
    const { handlers } = installFakeOffice();
    registerCommands(host);
    const pane = new AutoCheckScheduler(() => host.check({ scope: 'workbook', profile: DEFAULT_PROFILE, onProgress: () => undefined }).then(() => undefined));
    const paneCheck = pane.checkNow();
    const ribbonCheck = handlers.get(CHECK_COMMAND)?.({ completed: () => undefined });
    const paneAgain = pane.checkNow();
    await Promise.all([paneCheck, ribbonCheck, paneAgain]);
    pane.dispose();
    expect(most).toBe(1);
    expect(order).toEqual(['pane', 'ribbon', 'pane']);
  });

  it('clears, tells the pane, and says whether there was anything to clear', async () => {
    publishOutcome(OUTCOME);
    const cleared = await press(CLEAR_COMMAND, stubHost({ clear: async () => true }));
    expect(latestOutcome()).toBeNull();
    expect(cleared).toMatchObject({ completed: 1, notices: ['已清除检查结果'] });
    expect((await press(CLEAR_COMMAND, stubHost({ clear: async () => false }))).notices).toEqual(['没有需要清除的检查结果']);
  });

  it('completes exactly once when clearing fails', async () => {
    const failing = stubHost({
      clear: async () => {
        throw new Error('检查记录已损坏 / The record is corrupt');
      },
    });
    expect(await press(CLEAR_COMMAND, failing)).toMatchObject({ completed: 1, notices: ['清除未完成：检查记录已损坏'] });
  });

  it('closes a notice when it asks to, and replaces one still showing', async () => {
    const { handlers, dialogs } = installFakeOffice();
    registerCommands(stubHost());
    const check = handlers.get(CHECK_COMMAND);
    await check?.({ completed: () => undefined });
    await check?.({ completed: () => undefined });
    expect(dialogs).toHaveLength(2);
    expect(dialogs[0]?.close).toHaveBeenCalledTimes(1);
    dialogs[1]?.handlers.get('dialogMessageReceived')?.();
    expect(dialogs[1]?.close).toHaveBeenCalledTimes(1);
    await check?.({ completed: () => undefined });
    expect(dialogs[1]?.close).toHaveBeenCalledTimes(1);
  });
});

describe('notice dialog', () => {
  it('shows a new notice right after closing the last one, although Office closes a dialog asynchronously (12007)', async () => {
    const ribbon = new FakeRibbon();
    const { EventType, AsyncResultStatus } = { EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' }, AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' } };
    Object.assign(globalThis, {
      Office: { EventType, AsyncResultStatus, actions: { associate: ribbon.associate.bind(ribbon) }, context: { ui: { displayDialogAsync: ribbon.displayDialogAsync.bind(ribbon) } } },
      location: { href: 'https://localhost:3000/taskpane.html' },
    });
    registerCommands(stubHost({ clear: async () => false }));
    await ribbon.press(CHECK_COMMAND);
    const first = ribbon.dialog;
    expect(first).not.toBeNull();
    await ribbon.press(CLEAR_COMMAND);
    expect(first?.closed).toBe(true);
    expect(new URL(ribbon.dialog?.url ?? 'https://x').searchParams.get('m')).toBe('没有需要清除的检查结果');
  });

  it('puts the text in notice.html beside the runtime page, intact', () => {
    const text = '检查完成：1 个错误 & 50% / "x"';
    const url = new URL(noticeUrl(text, 'https://localhost:3000/addin/taskpane.html?_host_Info=Excel'));
    expect(url.origin + url.pathname).toBe('https://localhost:3000/addin/notice.html');
    expect(url.searchParams.get('m')).toBe(text);
  });

  it('keeps a notice up longer the longer it is, within bounds', () => {
    expect(noticeDuration('已清除检查结果')).toBe(4000);
    expect(noticeDuration('字'.repeat(60))).toBe(9000);
    expect(noticeDuration('字'.repeat(1000))).toBe(20000);
  });
});
