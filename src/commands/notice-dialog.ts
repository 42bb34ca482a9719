/// <reference types="office-js" />

/** The query parameter of notice.html that carries the text, and the message that closes it. */
export const NOTICE_TEXT_PARAM = 'm';
export const NOTICE_CLOSE_MESSAGE = 'close';

/** Percent of the screen; the text is one or two short lines. */
const DIALOG_SIZE = { height: 20, width: 30 };

/** notice.html beside the page the command runs in (the shared runtime's taskpane.html). */
export function noticeUrl(text: string, runtimeUrl: string): string {
  const url = new URL('notice.html', runtimeUrl);
  url.searchParams.set(NOTICE_TEXT_PARAM, text);
  return url.href;
}

const MIN_SHOWN_MS = 4000;
const MAX_SHOWN_MS = 20000;
const MS_PER_CHARACTER = 150;

/** How long the notice stays up: long enough to read it, so a long error stays longer than "已清除". */
export function noticeDuration(text: string): number {
  return Math.min(MAX_SHOWN_MS, Math.max(MIN_SHOWN_MS, [...text].length * MS_PER_CHARACTER));
}

/** Office allows one dialog at a time, so a new notice replaces the one still showing. */
let shown: Office.Dialog | null = null;

function forget(dialog: Office.Dialog): void {
  if (shown === dialog) shown = null;
}

/** `displayDialogAsync`'s answer while the add-in's previous dialog is still open (or still closing). */
export const DIALOG_ALREADY_OPEN = 12007;

/**
 * `dialog.close()` returns before Office has closed the dialog, so a notice opened right after it
 * fails with 12007: it is tried again after these waits (ms), then given up.
 */
export const REOPEN_WAITS_MS = [100, 200, 400, 800, 1500] as const;

function open(text: string): Promise<Office.AsyncResult<Office.Dialog>> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(noticeUrl(text, globalThis.location.href), { ...DIALOG_SIZE, displayInIframe: true }, resolve);
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Shows `text` in a small dialog: Excel has no notification banner for add-in commands (that API
 * is Outlook's). Never rejects: a notice that cannot be shown must not fail the command, and the
 * pane shows the same outcome.
 */
export async function showNotice(text: string): Promise<void> {
  shown?.close();
  shown = null;
  try {
    let result = await open(text);
    for (const ms of REOPEN_WAITS_MS) {
      if (result.status === Office.AsyncResultStatus.Succeeded || result.error.code !== DIALOG_ALREADY_OPEN) break;
      await wait(ms);
      result = await open(text);
    }
    if (result.status !== Office.AsyncResultStatus.Succeeded) {
      console.warn(`Notice not shown (${result.error.code}): ${result.error.message}`, text);
      return;
    }
    const dialog = result.value;
    shown = dialog;
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
      dialog.close();
      forget(dialog);
    });
    // The user closed it (or it failed to load): Office has already closed it.
    dialog.addEventHandler(Office.EventType.DialogEventReceived, () => forget(dialog));
  } catch (e) {
    console.warn('Notice not shown:', e, text);
  }
}
