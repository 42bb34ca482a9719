import rule from '../../../src/core/rules/band-gap';
import { bandCell } from '../make-department-table';
import { fireBands } from './run-department-rule';

describe('band.gap', () => {
  it('fires on the 差 cell when it shares 中’s bound (50% and 50%以下), suggesting 低于', () => {
    const hits = fireBands(rule, ['70%', '60%', '50%', '50%以下'], '项目建设完成率');
    expect(hits).toEqual([expect.objectContaining({ ...bandCell(0, 3), suggestion: '低于50%' })]);
    expect(hits[0]?.message).toBe('指标“项目建设完成率”的中档“50%”与差档“50%以下”都包含50%，正好50%时该评哪一档不明确，请调整界限，使相邻两档首尾相接、互不重叠');
  });

  it('fires on ranges sharing an end (3-5次 / 5-10次), with no suggestion, and on 以上 in a downward row', () => {
    const hits = fireBands(rule, ['小于3次', '3-5次', '5-10次', '10次以上'], '重大森林火灾次数');
    expect(hits.map((h) => [h.col, h.suggestion])).toEqual([[bandCell(0, 2).col, undefined], [bandCell(0, 3).col, '高于10次']]);
    expect(hits[0]?.params.detail).toBe('都包含5次，正好5次时该评哪一档不明确');
  });

  it('fires on a real overlap and on a hole between ranges', () => {
    expect(fireBands(rule, ['100%', '90%', '80%', '85%以下'])[0]?.params.detail).toBe('在80%到85%之间重叠');
    const hole = fireBands(rule, ['大于5%', '3%-4%', '1%-2%', '低于1%']);
    expect(hole.map((h) => h.col)).toEqual([bandCell(0, 1).col, bandCell(0, 2).col]);
    expect(hole[0]?.params.detail).toBe('之间留有空档：4%到5%之间的数值不属于任何一档');
    expect(hole[1]?.params.detail).toBe('之间留有空档：2%到3%之间的数值不属于任何一档');
  });

  it('counts whole things: 10-15次 then 16-20次 leave no hole, 10-13次 then 16-20次 do', () => {
    expect(fireBands(rule, ['小于10次', '10-15次', '16-20次', '高于20次'], '山火发生次数')).toEqual([]);
    expect(fireBands(rule, ['小于10次', '10-13次', '16-20次', '高于20次'], '山火发生次数')[0]?.params.detail).toBe('之间留有空档：13次到16次之间的数值不属于任何一档');
    expect(fireBands(rule, ['大于50次', '40-49次', '30-39次', '低于30次'])[0]?.params.detail).toBe('之间留有空档：49次到51次之间的数值不属于任何一档');
    expect(fireBands(rule, ['大于3', '2-3次', '1-2次', '0'], '整改问题数').map((h) => h.col)).toEqual([bandCell(0, 2).col]);
    // Not counts: 15% and 16% leave a hole.
    expect(fireBands(rule, ['低于10%', '10%-15%', '16%-20%', '高于20%'], '再次犯罪率')).toHaveLength(1);
  });

  it('stays quiet on threshold gaps (80% then 60%以下: graded 差 by §4.1) and on bands that meet exactly', () => {
    const quiet: [string, string, string, string][] = [
      ['100%', '90%', '80%', '60%以下'], ['20', '15', '12', '10以下'], ['5%', '3%', '2%', '低于2%'], ['2', '1', '', '0'],
      ['0%以下', '5%以下', '7%以下', '10%以上'], ['0%', '1%', '2%', '3%以上'], ['2%以下', '3%', '4%', '5%以上'],
      ['50%', '40%', '30%', '低于30%'], ['23个', '', '', '低于23个'], ['50次以上', '40-49次', '30-39次', '低于30次'],
      ['合规', '', '', '不合规'], ['', '', '', ''], ['60%', '50%', '40%%', '30%以下'],
    ];
    for (const bands of quiet) expect([bands, fireBands(rule, bands)]).toEqual([bands, []]);
  });

  it('leaves rows out of order to band.order', () => {
    expect(fireBands(rule, ['80%', '90%', '70%', '75%以下'])).toEqual([]);
  });
});
