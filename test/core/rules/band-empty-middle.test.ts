import rule from '../../../src/core/rules/band-empty-middle';
import { bandCell } from '../make-department-table';
import { fireBands } from './run-department-rule';

describe('band.empty-middle', () => {
  it('fires on the empty 中 between filled numeric bands (seed: 2 | 1 | | 0)', () => {
    const hits = fireBands(rule, ['2', '1', '', '0'], '人大会议召开次数');
    expect(hits).toEqual([expect.objectContaining(bandCell(0, 2))]);
    expect(hits[0]?.message).toBe('指标“人大会议召开次数”的中档为空，而优、差两档已填，评定等级时将跳过中档；如确实不设该档可不改，否则请补上中档标准');
  });

  it('fires on an empty 良 too', () => {
    expect(fireBands(rule, ['100%', '', '80%', '60%以下'])).toEqual([expect.objectContaining({ ...bandCell(0, 1), params: expect.objectContaining({ band: '良' }) })]);
  });

  it('stays quiet on two-level standards, words, full rows and rows missing 优 or 差', () => {
    expect(fireBands(rule, ['23个', '', '', '低于23个'])).toEqual([]);
    expect(fireBands(rule, ['合规', '', '', '不合规'])).toEqual([]);
    expect(fireBands(rule, ['合规', '基本合规', '', '不合规'])).toEqual([]);
    expect(fireBands(rule, ['100%', '90%', '80%', '60%以下'])).toEqual([]);
    expect(fireBands(rule, ['100%', '90%', '', ''])).toEqual([]);
    expect(fireBands(rule, ['', '', '', ''])).toEqual([]);
  });
});
