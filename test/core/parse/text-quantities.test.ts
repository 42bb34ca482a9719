import { quantitiesInText } from '../../../src/core/parse/text-quantities';

const read = (text: string) => quantitiesInText(text).map((q) => [q.number, q.unit, q.text, q.index]);

describe('quantitiesInText', () => {
  it('reads a quantity at the start of the text and inside it, where it starts', () => {
    const text = '20个行政村，新建管网60公里';
    expect(read(text)).toEqual([[20, '个', '20个', 0], [60, '公里', '60公里', text.indexOf('60')]]);
  });

  it('reads two quantities written one right after the other', () => {
    const text = '完成3个5人';
    expect(read(text)).toEqual([[3, '个', '3个', text.indexOf('3')], [5, '人', '5人', text.indexOf('5')]]);
  });

  it('reads a decimal whole and no tail of a number after a point or a digit', () => {
    expect(read('1.5个')).toEqual([[1.5, '个', '1.5个', 0]]);
    expect(read('版本.5个')).toEqual([]);
    expect(read('第1..5个')).toEqual([]);
  });
});
