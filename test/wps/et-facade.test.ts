/**
 * The facade's tolerant reads, the one place that knows how WPS builds differ: a property or a
 * method, a 2D, flat or single answer for several cells; and the colour and pattern numbers.
 */
import { cellGrid, commentText, etColorOf, hexOfEtColor, patternName, patternNumber, readMember, visibilityName, XL_NONE } from '../../src/wps/et-facade';

describe('the ET facade', () => {
  it('reads a member whether the build made it a property or a method', () => {
    expect(readMember({ Value2: 3 }, 'Value2')).toBe(3);
    const asMethod = { Value2: function (this: { v: number }) {
      return this.v;
    }, v: 4 };
    expect(readMember(asMethod, 'Value2')).toBe(4);
    expect(commentText({ Text: () => '批注' })).toBe('批注');
    expect(commentText({ Text: '批注' })).toBe('批注');
    expect(commentText({ Text: null })).toBe('');
  });

  it('gives a multi-cell read as rows whether it came as rows, as one flat list or as one shared value', () => {
    expect(cellGrid([[1, 2], [3, 4]], 2, 2)).toEqual([[1, 2], [3, 4]]);
    expect(cellGrid([1, 2, 3, 4], 2, 2)).toEqual([[1, 2], [3, 4]]);
    expect(cellGrid('General', 2, 3)).toEqual([['General', 'General', 'General'], ['General', 'General', 'General']]);
  });

  it('converts colours between #RRGGBB and BGR numbers, and patterns between names and XlPattern numbers', () => {
    expect(etColorOf('#FFC7CE')).toBe(0xcec7ff);
    expect(hexOfEtColor(0xcec7ff)).toBe('#FFC7CE');
    expect(hexOfEtColor(etColorOf('#0563C1'))).toBe('#0563C1');
    expect(patternNumber('None')).toBe(XL_NONE);
    expect(patternName(-4125)).toBe('Gray50');
    expect(patternName(-4105)).toBe('Solid');
    expect([-1, 0, 2].map(visibilityName)).toEqual(['Visible', 'Hidden', 'VeryHidden']);
  });
});
