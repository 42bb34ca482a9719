/** One table of money units answers every question about them: what a name declares, how big, how to convert. */
import { countUnitOf, measureOfName, moneyFactor, readMoneyUnit } from '../../src/core/vocabulary';

describe('money units', () => {
  it('reads every money unit the cost rules read as an amount in a name’s brackets, 亿元 and per-unit units included', () => {
    for (const unit of ['元', '万元', '万', '亿元', '元/人', '万元/个']) {
      expect(readMoneyUnit(unit)).not.toBeNull();
      expect(measureOfName(`补助资金(${unit})`).kind).toBe('amount');
    }
    expect(measureOfName('补助人数(人)').kind).toBe('count');
    expect(readMoneyUnit('人')).toBeNull();
  });

  it('converts between sizes of the same per-unit only', () => {
    expect(moneyFactor('万元', '元')).toBe(1 / 10000);
    expect(moneyFactor('元', '万')).toBe(10000);
    expect(moneyFactor('万元', '亿元')).toBe(10000);
    expect(moneyFactor('万元/人', '元/人')).toBe(1 / 10000);
    expect(moneyFactor('万元/人', '元')).toBe(1);
    expect(moneyFactor('次', '元')).toBe(1);
  });

  it('makes 人, 名 and 位 one count unit', () => {
    expect(['人', '名', '位'].map(countUnitOf)).toEqual(['人', '人', '人']);
    expect(countUnitOf('人次')).toBe('人次');
  });
});
