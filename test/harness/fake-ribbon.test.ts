/// <reference types="office-js" />
import { NOTICE_CLOSE_MESSAGE, NOTICE_TEXT_PARAM, showNotice } from '../../src/commands/notice-dialog';
import { FakeExcel } from '../../src/harness/fake-excel';
import { FakeRibbon } from '../../src/harness/fake-ribbon';
import { installFakeOffice } from '../../src/harness/install-fake-office';

afterEach(() => {
  const g = globalThis as { Excel?: unknown; Office?: unknown; location?: unknown };
  delete g.Excel;
  delete g.Office;
  delete g.location;
});

describe('the fake ribbon', () => {
  it('runs the command bound to a button and resolves only when the command completes', async () => {
    const ribbon = new FakeRibbon();
    let complete = (): void => undefined;
    ribbon.associate('checkWorkbook', (event) => {
      complete = () => event.completed();
    });
    let done = false;
    const pressed = ribbon.press('checkWorkbook').then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    complete();
    await pressed;
    expect(done).toBe(true);
    await expect(ribbon.press('unknown')).rejects.toThrow('no command is associated with unknown');
  });

  it('opens one dialog at a time, and tells the add-in of messages and of the user closing it', async () => {
    const ribbon = new FakeRibbon();
    const changes: (string | null)[] = [];
    ribbon.onChange(() => changes.push(ribbon.dialog?.url ?? null));
    const opened = await new Promise<{ status: string; value?: Office.Dialog }>((resolve) =>
      ribbon.displayDialogAsync('https://localhost/notice.html?m=1', {}, (r) => resolve(r as { status: string; value?: Office.Dialog })));
    expect(opened.status).toBe('succeeded');
    const refused = await new Promise<{ status: string; error?: { code: number } }>((resolve) =>
      ribbon.displayDialogAsync('https://localhost/notice.html?m=2', {}, (r) => resolve(r as { status: string; error?: { code: number } })));
    expect(refused).toMatchObject({ status: 'failed', error: { code: 12007 } });

    const messages: unknown[] = [];
    const events: unknown[] = [];
    const dialog = ribbon.dialog;
    dialog?.addEventHandler('dialogMessageReceived', (m) => messages.push(m));
    dialog?.addEventHandler('dialogEventReceived', (e) => events.push(e));
    dialog?.messageParent('hello');
    expect(messages).toEqual([{ message: 'hello', origin: 'https://localhost' }]);
    dialog?.closeByUser();
    expect(events).toEqual([{ error: 12006 }]);
    expect(ribbon.dialog).toBeNull();
    dialog?.messageParent('late');
    expect(messages).toHaveLength(1);
    expect(changes).toEqual(['https://localhost/notice.html?m=1', null]);
  });

  it('shows the ribbon commands’ notice through Office.context.ui, which closes when the notice asks', async () => {
    const ribbon = installFakeOffice(new FakeExcel(), { displayLanguage: 'zh-CN' });
    (globalThis as { location?: unknown }).location = { href: 'https://localhost:3000/taskpane.html' };
    await showNotice('检查完成');
    const dialog = ribbon.dialog;
    expect(new URL(dialog?.url ?? '').searchParams.get(NOTICE_TEXT_PARAM)).toBe('检查完成');
    dialog?.messageParent(NOTICE_CLOSE_MESSAGE);
    expect(ribbon.dialog).toBeNull();
    expect(dialog?.closed).toBe(true);
  });
});
