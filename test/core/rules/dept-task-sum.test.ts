import rule from '../../../src/core/rules/dept-task-sum';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';

describe('dept.task-sum', () => {
  it('finds every mistake planted in the template fixtures, at its cell', async () => {
    const runs = await plantedAndFound(rule);
    expect(runs.length).toBeGreaterThan(0);
    for (const { planted, found } of runs) {
      expect(found.cells).toEqual(expect.arrayContaining(planted));
      expect(found.messages.every((m) => m.includes('不等于财政拨款'))).toBe(true);
    }
  });

  it('stays quiet on the correct template workbooks', async () => {
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });
});
