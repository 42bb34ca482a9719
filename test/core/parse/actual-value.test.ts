import { parseActual, parseActualWithUnit } from '../../../src/core/parse/actual-value';
import type { CellValue } from '../../../src/core/snapshot';

const cell = (raw: CellValue, format = 'General', text?: string) => ({ raw, format, text: text ?? (raw === null ? '' : String(raw)) });
const percent = (raw: CellValue, format = 'General', text?: string) => parseActual(cell(raw, format, text), true);
const plain = (raw: CellValue, format = 'General', text?: string) => parseActual(cell(raw, format, text), false);

describe('parseActual for a percentage target', () => {
  it.each([
    ['a bare number above 1', 95],
    ['text with %', '95%'],
    ['text with a full-width ％', '95％'],
    ['text with 百分比', '95百分比'],
    ['full-width digits', '９５％'],
    ['a bare number typed as text', '95'],
    ['spaces around and inside', ' 95 % '],
    ['filler before the number', '达到95%'],
  ])('reads %s as 95 %%', (_name, raw) => {
    expect(percent(raw)).toEqual({ status: 'number', value: 95, unit: '%' });
  });

  it('reads 0.95 shown with a % format as 95 %, whatever the format details', () => {
    expect(percent(0.95, '0%', '95%')).toEqual({ status: 'number', value: 95, unit: '%' });
    expect(percent(0.955, '0.0%', '95.5%')).toEqual({ status: 'number', value: 95.5, unit: '%' });
    expect(percent(1.2, '0.00%;[Red]-0.00%')).toEqual({ status: 'number', value: 120, unit: '%' });
    // A quoted "%" prints literally: the number is not scaled.
    expect(percent(95, '0"%"', '95%')).toEqual({ status: 'number', value: 95, unit: '%' });
  });

  it('calls a bare 0.95 (number or text) ambiguous, with the ×100 reading and how to write it', () => {
    const r = percent(0.95);
    expect(r).toMatchObject({ status: 'ambiguous', value: 95 });
    expect(r.status === 'ambiguous' && r.reason).toBe('实际完成值0.95没有百分号，可能是0.95%也可能是95%；请写成“95%”，或把单元格设为百分比格式');
    expect(percent('0.95')).toMatchObject({ status: 'ambiguous', value: 95 });
    expect(percent(1)).toMatchObject({ status: 'ambiguous', value: 100 });
    expect(percent(0.07)).toMatchObject({ status: 'ambiguous', value: 7 });
  });

  it('takes 0, numbers above 1 and explicit small percentages at face value', () => {
    expect(percent(0)).toEqual({ status: 'number', value: 0, unit: '%' });
    expect(percent(1.5)).toEqual({ status: 'number', value: 1.5, unit: '%' });
    expect(percent('0.95%')).toEqual({ status: 'number', value: 0.95, unit: '%' });
    expect(percent(120)).toEqual({ status: 'number', value: 120, unit: '%' });
  });

  it('reads approximations and comparison words as the number, with a note', () => {
    expect(percent('约95%')).toEqual({ status: 'number', value: 95, unit: '%', note: '“约95%”是约数，按95%计' });
    expect(percent('95%左右')).toMatchObject({ status: 'number', value: 95, unit: '%' });
    expect(percent('≥95%')).toEqual({ status: 'number', value: 95, unit: '%', note: '“≥95%”带比较词“≥”，实际完成值应写实数，按95%计' });
    expect(percent('95%以上')).toMatchObject({ status: 'number', value: 95, unit: '%', note: expect.stringContaining('以上') });
  });

  it('keeps a number in another unit but says it is not a percentage', () => {
    expect(percent('280名')).toEqual({ status: 'number', value: 280, unit: '', note: '单位“名”不是百分比' });
  });
});

describe('parseActual for other targets', () => {
  it('strips the unit', () => {
    expect(plain('280名')).toEqual({ status: 'number', value: 280, unit: '' });
    expect(plain('完成280名')).toEqual({ status: 'number', value: 280, unit: '' });
    expect(plain('64.39万元')).toEqual({ status: 'number', value: 64.39, unit: '' });
    expect(plain('1,234次')).toEqual({ status: 'number', value: 1234, unit: '' });
    expect(plain('２８０名')).toEqual({ status: 'number', value: 280, unit: '' });
    expect(plain(280, '0"名"', '280名')).toEqual({ status: 'number', value: 280, unit: '' });
  });

  it('takes bare numbers, including small ones, as they are', () => {
    expect(plain(0.95)).toEqual({ status: 'number', value: 0.95, unit: '' });
    expect(plain(3)).toEqual({ status: 'number', value: 3, unit: '' });
    expect(plain(-2)).toEqual({ status: 'number', value: -2, unit: '' });
  });

  it('keeps a percentage a percentage', () => {
    expect(plain('95%')).toEqual({ status: 'number', value: 95, unit: '%' });
    expect(plain(0.95, '0%')).toEqual({ status: 'number', value: 95, unit: '%' });
  });

  it('reports the unit as written', () => {
    expect(parseActualWithUnit(cell('643900元'), false)).toEqual({ reading: { status: 'number', value: 643900, unit: '' }, unitText: '元' });
    expect(parseActualWithUnit(cell('95百分比'), false).unitText).toBe('百分比');
  });
});

describe('parseActual for words and blanks', () => {
  it('returns text for words, levels and sentences, as displayed', () => {
    expect(plain('达成')).toEqual({ status: 'text', text: '达成' });
    expect(percent('部分达成 75%')).toEqual({ status: 'text', text: '部分达成 75%' });
    expect(plain('合规')).toEqual({ status: 'text', text: '合规' });
    expect(plain('按季度\n发放')).toEqual({ status: 'text', text: '按季度 发放' });
    expect(plain('2023年12月完成')).toEqual({ status: 'text', text: '2023年12月完成' });
    expect(percent('完成')).toEqual({ status: 'text', text: '完成' });
  });

  it('returns empty for blank cells', () => {
    expect(plain(null)).toEqual({ status: 'empty' });
    expect(plain('')).toEqual({ status: 'empty' });
    expect(percent('  \u3000')).toEqual({ status: 'empty' });
  });

  it('treats booleans and non-finite numbers as text', () => {
    expect(plain(true, 'General', 'TRUE')).toEqual({ status: 'text', text: 'TRUE' });
    expect(plain(Number.NaN, 'General', '#NUM!')).toEqual({ status: 'text', text: '#NUM!' });
  });
});
