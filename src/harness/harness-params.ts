/** What the harness page takes from its URL: `?lang=en-US&delay=200&workbook=other.json&host=wps`. */
export interface HarnessParams {
  /** `Office.context.displayLanguage`. */
  displayLanguage: string;
  /** 自动检查's debounce in ms; undefined: the pane's own default. */
  autoCheckDelayMs: number | undefined;
  /** The seed JSON to load, relative to the page. */
  workbookUrl: string;
  /** Which host the pane runs on: the Office.js one over the Office fake, or the WPS one over the ET fake (same workbook). */
  host: 'office' | 'wps';
}

export const DEFAULT_WORKBOOK = 'sample-workbook.json';

export function harnessParams(search: string): HarnessParams {
  const q = new URLSearchParams(search);
  const delayText = q.get('delay') ?? '';
  const delay = Number(delayText);
  const workbook = q.get('workbook') ?? '';
  return {
    displayLanguage: q.get('lang') || 'zh-CN',
    autoCheckDelayMs: delayText.trim() !== '' && Number.isFinite(delay) && delay >= 0 ? delay : undefined,
    // Only a plain file name next to the page: the harness must not be pointed at another site.
    workbookUrl: /^[\w.\-\u4e00-\u9fff]+\.json$/.test(workbook) ? workbook : DEFAULT_WORKBOOK,
    host: q.get('host') === 'wps' ? 'wps' : 'office',
  };
}
