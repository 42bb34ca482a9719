import {
  LEVEL_WORDS, cellText, levelOf, readPlainNumber, readQualitative, readTypedQuantity,
} from '../../../src/core/parse/typed-actual';

describe('typed-actual: the forms the engine and the sheet formulas both read', () => {
  it('keeps every level word from opening a word of another level, so the formula may test them in any order', () => {
    for (const a of LEVEL_WORDS) {
      for (const b of LEVEL_WORDS) {
        if (a === b) continue;
        for (const w of a.words) for (const v of b.words) expect(v.startsWith(w)).toBe(false);
      }
    }
  });

  it('cleans as CLEAN does and drops ASCII and full-width spaces', () => {
    expect(cellText(' 部分\u3000达成\n 70 %\t')).toBe('部分达成70%');
  });

  it('reads a plain number: ASCII digits and at most one point', () => {
    expect(['75', '7.5', '5.', '.5', '0075'].map(readPlainNumber)).toEqual([75, 7.5, 5, 0.5, 75]);
    expect(['', '.', '1.2.3', '-5', '+5', '1,000', '1e3', '１２', ' 5'].map(readPlainNumber)).toEqual(Array(9).fill(null));
  });

  it('reads a quantity typed as text with the target’s unit, or a percent sign against a percentage', () => {
    expect(readTypedQuantity('274名', false, '名')).toBe(274);
    expect(readTypedQuantity(' 274 ', false, '名')).toBe(274);
    expect(readTypedQuantity('274人', false, '名')).toBeNull();
    expect(readTypedQuantity('64.39万元', false, '万元')).toBe(64.39);
    expect(readTypedQuantity('643900元', false, '万元')).toBeNull();
    expect(readTypedQuantity('95%', true, '%')).toBe(95);
    expect(readTypedQuantity('95百分比', true, '百分比')).toBe(95);
    expect(readTypedQuantity('95％', true, '')).toBe(95);
    expect(readTypedQuantity('95', true, '%')).toBeNull();
    expect(readTypedQuantity('约95%', true, '%')).toBeNull();
    expect(readTypedQuantity('95%', false, '名')).toBeNull();
  });

  it('reads the level a qualitative actual opens with, in each of its wordings', () => {
    expect(['达成', '已完成', '全部达成', '完成', '达成年度指标'].map(levelOf)).toEqual(Array(5).fill('达成'));
    expect(['部分达成', '基本完成', '基本达成', '部分完成', '部分达成年度指标并具有一定效果'].map(levelOf)).toEqual(Array(5).fill('部分达成'));
    expect(['未达成', '未完成', '未达成年度指标且效果较差'].map(levelOf)).toEqual(Array(3).fill('未达成'));
    expect(['效果良好', '已按季度发放', '按时完成', ''].map(levelOf)).toEqual(Array(4).fill(null));
  });

  it('reads a share, or points converted by the weight, after the level', () => {
    expect(readQualitative('部分达成', 10)).toEqual({ level: '部分达成', share: null });
    expect(readQualitative('部分达成 75%', 10)).toEqual({ level: '部分达成', share: 75 });
    expect(readQualitative('部分达成（75）', 10)).toEqual({ level: '部分达成', share: 75 });
    expect(readQualitative('未达成，得分50%', 10)).toEqual({ level: '未达成', share: 50 });
    expect(readQualitative('部分达成 7.5分', 10)).toEqual({ level: '部分达成', share: 75 });
    expect(readQualitative('基本达成8分', 10)).toEqual({ level: '部分达成', share: 80 });
    expect(readQualitative('部分达成 7.5分', 0)).toEqual({ level: '部分达成', share: 0 });
    expect(readQualitative('全部完成。', 10)).toEqual({ level: '达成', share: null });
  });

  it('reads nothing when what follows the level is not a plain number, or the cell is not text', () => {
    expect(readQualitative('部分达成很多', 10)).toBeNull();
    expect(readQualitative('部分达成 -5%', 10)).toBeNull();
    expect(readQualitative('达成 1.2.3', 10)).toBeNull();
    expect(readQualitative(75, 10)).toBeNull();
    expect(readQualitative(null, 10)).toBeNull();
  });
});
