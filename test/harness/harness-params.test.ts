import { DEFAULT_WORKBOOK, harnessParams } from '../../src/harness/harness-params';

describe('harness URL parameters', () => {
  it('defaults to Chinese, the pane’s own debounce and the sample workbook', () => {
    expect(harnessParams('')).toEqual({ displayLanguage: 'zh-CN', autoCheckDelayMs: undefined, workbookUrl: DEFAULT_WORKBOOK, host: 'office' });
  });

  it('takes the language, a debounce in ms and a seed file next to the page', () => {
    expect(harnessParams('?lang=en-US&delay=150&workbook=%E5%88%86%E8%A1%A8.json&host=wps')).toEqual({
      displayLanguage: 'en-US',
      autoCheckDelayMs: 150,
      workbookUrl: '分表.json',
      host: 'wps',
    });
    expect(harnessParams('?host=other').host).toBe('office');
    expect(harnessParams('?delay=0').autoCheckDelayMs).toBe(0);
  });

  it('ignores a debounce that is not a non-negative number', () => {
    for (const delay of ['', 'soon', '-5']) expect(harnessParams(`?delay=${delay}`).autoCheckDelayMs).toBeUndefined();
  });

  it('loads nothing but a .json file beside the page, so the page cannot be pointed at another site', () => {
    for (const workbook of ['https://example.com/x.json', '//example.com/x.json', '../secret.json', 'dir/x.json', 'x.js']) {
      expect(harnessParams(`?workbook=${encodeURIComponent(workbook)}`).workbookUrl).toBe(DEFAULT_WORKBOOK);
    }
  });
});
