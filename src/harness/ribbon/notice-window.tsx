import { useEffect, useSyncExternalStore } from 'react';
import { NOTICE_CLOSE_MESSAGE, NOTICE_TEXT_PARAM, noticeDuration } from '../../commands/notice-dialog';
import type { FakeRibbon } from '../fake-ribbon';

/**
 * The dialog a ribbon command opens, drawn where Excel would float it. Its content behaves as
 * notice.html does (src/commands/notice-page.ts): it shows the text from its URL and asks to be
 * closed once read or at a click; its ✕ is Office's own close button.
 */
export function NoticeWindow({ ribbon }: { ribbon: FakeRibbon }) {
  const dialog = useSyncExternalStore((listener) => ribbon.onChange(listener), () => ribbon.dialog);
  const text = dialog ? (new URL(dialog.url).searchParams.get(NOTICE_TEXT_PARAM) ?? '') : '';
  useEffect(() => {
    if (!dialog) return undefined;
    const timer = setTimeout(() => dialog.messageParent(NOTICE_CLOSE_MESSAGE), noticeDuration(text));
    return () => clearTimeout(timer);
  }, [dialog, text]);
  if (!dialog) return null;
  return (
    <div className="notice-window" role="dialog" aria-label="绩效目标表检查" data-testid="notice-window">
      <button type="button" className="notice-close" aria-label="关闭 Close" onClick={() => dialog.closeByUser()}>
        ✕
      </button>
      <p onClick={() => dialog.messageParent(NOTICE_CLOSE_MESSAGE)} data-testid="notice-text">
        {text}
      </p>
    </div>
  );
}
