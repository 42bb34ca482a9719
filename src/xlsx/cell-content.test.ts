import { plainContent } from './cell-content';

describe('plainContent', () => {
  test.each<[string, unknown, unknown]>([
    ['null', null, null],
    ['undefined', undefined, null],
    ['a string', '文本', '文本'],
    ['a number', 1.5, 1.5],
    ['NaN', NaN, null],
    ['a boolean', false, false],
    ['a formula result', { formula: 'A1', result: 3 }, 3],
    ['a formula without result', { formula: 'A1' }, null],
    ['a shared formula result', { sharedFormula: 'B1', result: 'x' }, 'x'],
    ['a formula error result', { formula: '1/0', result: { error: '#DIV/0!' } }, { error: '#DIV/0!' }],
    ['an error ExcelJS does not type', { error: '#SPILL!' }, { error: '#SPILL!' }],
    ['rich text', { richText: [{ text: '项目' }, { text: '名称', font: { bold: true } }] }, '项目名称'],
    ['rich text with a broken run', { richText: [{ text: 'a' }, null, { font: {} }] }, 'a'],
    ['a hyperlink', { text: '链接', hyperlink: 'https://example.com' }, '链接'],
    ['a hyperlink with rich text', { text: { richText: [{ text: '富' }, { text: '文本' }] }, hyperlink: '#A1' }, '富文本'],
    ['a hyperlink on a formula', { text: 0, hyperlink: '#A1' }, 0],
    ['an unknown object', { foo: 1 }, null],
  ])('%s', (_name, raw, expected) => {
    expect(plainContent(raw)).toEqual(expected);
  });

  test('dates stay dates, invalid dates are blank', () => {
    const d = new Date(Date.UTC(2023, 2, 15));
    expect(plainContent(d)).toBe(d);
    expect(plainContent({ formula: 'TODAY()', result: d })).toBe(d);
    expect(plainContent(new Date(NaN))).toBeNull();
  });
});
