import rule from '../../../src/core/rules/target-vague';
import { makeProjectTable } from '../make-project-table';
import { fire } from './run-rule';
import { onCorrectWorkbooks } from './fixture-defects';
import { extractWorkbook } from '../../../src/core/extract/extract-workbook';
import { mofDepartmentFixture } from '../../fixtures/families/mof-department';
import { edit, plant } from '../../fixtures/families/planting';
import { snapshotOfGrids } from '../snapshot-of';
import { fireOn } from './run-self-rule';

/** The 绩效目标 cell of the table the builder lays out with this target text. */
const goalCell = (goal: string) => {
  const cell = makeProjectTable({ goal }).goals[0]?.cell;
  return cell && [cell.row, cell.col];
};

describe('target.vague', () => {
  it('names, once per cell, every numbered item that only says things will get better', () => {
    const goal = '1.进一步优化公共环境，提升居民幸福感\n2.全年清运生活垃圾1200吨\n3.使我镇生态环境得到改善。';
    const hits = fire(rule, { goal });
    expect(hits.map((h) => [h.row, h.col])).toEqual([goalCell(goal)]);
    expect(hits[0]?.params).toEqual({ items: '进一步优化公共环境，提升居民幸福感”“使我镇生态环境得到改善', words: '进一步、提升、得到、改善' });
    expect(hits[0]?.message).toBe('绩效目标“进一步优化公共环境，提升居民幸福感”“使我镇生态环境得到改善”只有“进一步、提升、得到、改善”一类的笼统说法，年底无法据此考核；请写出做什么、做多少、达到什么标准、何时完成，如“全年清运生活垃圾1200吨，主次干道保洁覆盖率100%”');
  });

  it('reads a text without numbering as one item', () => {
    expect(fire(rule, { goal: '提高农村人居环境，促进乡村振兴' }).map((h) => h.params.items)).toEqual(['提高农村人居环境，促进乡村振兴']);
    expect(fire(rule, { goal: '确保项目顺利实施' }).map((h) => h.params.words)).toEqual(['顺利']);
  });

  it('stays quiet on items with a number, a number in words, a definite result, or no slogan', () => {
    const goals = [
      '1.保障全镇118名干部职工健康权益，提升健康水平',
      '1.为城南、城北两个社区的老人提供养老服务，提升服务质量',
      '1.对辖区内所有企业安全隐患进行排查，确保不发生安全生产事故，提升安全意识',
      '1.按上级要求完成秸秆回收，维护全镇消防安全',
      '1.村民小组长误工补贴发放到位，提高工作积极性',
      '1.及时发放村务监督委员会工资',
    ];
    for (const goal of goals) expect([goal, fire(rule, { goal })]).toEqual([goal, []]);
  });

  it('reads the 年度总体目标 of a department table as well', async () => {
    const correct = mofDepartmentFixture().correct;
    const unit = correct.tables[0];
    const goal = unit?.fields.goal;
    if (!unit || !goal) throw new Error('the fixture prints a 年度总体目标');
    const { workbook } = plant(correct, [edit(rule.meta.id, unit.sheet, goal, '进一步加强水利管理，提升防汛能力', '笼统的年度总体目标')]);
    const table = extractWorkbook(await snapshotOfGrids(workbook.sheets)).find((t) => t.sheet === unit.sheet);
    if (!table) throw new Error('no table on the unit sheet');
    expect(table.kind).toBe('department');
    expect(fireOn(rule, table).map((h) => [h.row, h.col])).toEqual([[goal.row, goal.col]]);
  });

  it('stays quiet on the correct template workbooks', async () => {
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });

  it('leaves template text and empty targets to the required.* rules', () => {
    expect(fire(rule, { goal: '1.目标内容1' })).toEqual([]);
    expect(fire(rule, { goal: '' })).toEqual([]);
  });
});
