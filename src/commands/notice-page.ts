/// <reference types="office-js" />
import { NOTICE_CLOSE_MESSAGE, NOTICE_TEXT_PARAM, noticeDuration } from './notice-dialog';

/**
 * notice.html: shows the text the ribbon command passed in the URL and asks the command to close
 * the dialog once it has been read, or at a click. Plain DOM, so the dialog shows at once.
 */
const text = new URLSearchParams(window.location.search).get(NOTICE_TEXT_PARAM) ?? '';
const message = document.getElementById('message');
if (message) message.textContent = text;

Office.onReady(() => {
  const close = (): void => Office.context.ui.messageParent(NOTICE_CLOSE_MESSAGE);
  window.setTimeout(close, noticeDuration(text));
  document.addEventListener('click', close);
});
