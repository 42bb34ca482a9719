import { ALL_STRINGS, fill, paneLanguage, strings } from '../../src/taskpane/strings';

const slots = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('pane strings', () => {
  it.each(Object.entries(ALL_STRINGS))('%s has both languages with the same slots', (_key, pair) => {
    expect(pair.zh.trim()).not.toBe('');
    expect(pair.en.trim()).not.toBe('');
    expect(slots(pair.en)).toEqual(slots(pair.zh));
  });

  it('gives each language its own texts', () => {
    expect(strings('zh').check).toBe('检查表格');
    expect(strings('en').check).toBe('Check tables');
    expect(Object.keys(strings('en'))).toEqual(Object.keys(ALL_STRINGS));
  });

  it('is Chinese for any Chinese Office and English otherwise', () => {
    expect(paneLanguage('zh-CN')).toBe('zh');
    expect(paneLanguage('ZH-tw')).toBe('zh');
    expect(paneLanguage('en-US')).toBe('en');
    expect(paneLanguage('de-DE')).toBe('en');
  });

  it('fills slots and leaves unknown ones visible', () => {
    expect(fill('{a} 个错误，{b}', { a: 3 })).toBe('3 个错误，{b}');
  });
});
