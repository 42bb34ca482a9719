import rule from '../../../src/core/rules/schedule-end-before-start';
import { onCorrectWorkbooks, plantedAndFound } from './fixture-defects';

describe('schedule.end-before-start', () => {
  it('finds every mistake planted in the template fixtures, at its cell', async () => {
    const runs = await plantedAndFound(rule);
    expect(runs.length).toBeGreaterThan(0);
    for (const { planted, found } of runs) {
      expect(found.cells).toEqual(expect.arrayContaining(planted));
      expect(found.messages.every((m) => m.includes('早于开始时间'))).toBe(true);
    }
  });

  it('stays quiet on the correct template workbooks', async () => {
    expect(await onCorrectWorkbooks(rule)).toEqual([]);
  });
});
