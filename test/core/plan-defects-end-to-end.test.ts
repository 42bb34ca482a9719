import { checkWorkbook } from '../../src/core/engine';
import { loadSeed } from '../fixtures/seed';
import { layoutProjectTable, type ProjectLayoutOptions } from '../fixtures/layout-project';
import type { SeedProject } from '../fixtures/seed-parser';
import { snapshotOfGrids } from './snapshot-of';

const project = loadSeed().projects[1] as SeedProject;

/**
 * Builds the seed's project 2 with the given plan, checks it, and returns its plan defects by
 * checkpoint (序时进度 advice, plan.milestone, is tested on its own).
 */
async function planFindings(options: ProjectLayoutOptions) {
  const layout = layoutProjectTable(project, options);
  const { findings } = checkWorkbook(await snapshotOfGrids([{ name: 'S', grid: layout.grid }]));
  const cells = layout.fields.planValues;
  return findings
    .filter((f) => f.rule.startsWith('plan.') && f.rule !== 'plan.milestone')
    .map((f) => ({ rule: f.rule, checkpoint: cells.findIndex((c) => c.row === f.row && c.col === f.col), message: f.message }));
}

describe('disbursement plan defects, found in workbooks built from the seed', () => {
  it.each(['text', 'fraction', 'number'] as const)('a falling plan stored as %s is flagged on the checkpoint that falls', async (percentAs) => {
    const values = percentAs === 'text' ? ['50%', '40%', '80%', '100%'] : percentAs === 'fraction' ? [0.5, 0.4, 0.8, 1] : [50, 40, 80, 100];
    const found = await planFindings({ percentAs, planValues: values });
    expect(found).toEqual([{ rule: 'plan.monotonic', checkpoint: 1, message: '资金支出计划应为累计百分比，6月底(40%)低于3月底(50%)' }]);
  });

  it('a plan that stops short of 100% is flagged on its last checkpoint', async () => {
    expect(await planFindings({ planValues: ['25%', '50%', '80%', '90%'] })).toEqual([expect.objectContaining({ rule: 'plan.final-100', checkpoint: 3 })]);
  });

  it('a gap between filled checkpoints, and a value above 100%', async () => {
    const found = await planFindings({ planValues: ['25%', null, '80%', '120%'] });
    expect(found.map((f) => [f.rule, f.checkpoint])).toEqual([['plan.gap', 1], ['plan.range', 3], ['plan.final-100', 3]]);
  });

  it('an empty plan is one finding, on its first checkpoint', async () => {
    expect(await planFindings({ planValues: [null, null, null, null] })).toEqual([expect.objectContaining({ rule: 'plan.empty', checkpoint: 0 })]);
  });

  it('twelve monthly checkpoints are read from the header, not assumed to be four', async () => {
    const monthly = Array.from({ length: 12 }, (_, i) => `${Math.round(((i + 1) * 100) / 12)}%`);
    expect(await planFindings({ plan: 'months12', planValues: monthly })).toEqual([]);
    monthly[9] = '60%';
    expect(await planFindings({ plan: 'months12', planValues: monthly })).toEqual([
      expect.objectContaining({ rule: 'plan.monotonic', checkpoint: 9, message: expect.stringContaining('10月(60%)低于9月(75%)') }),
    ]);
  });

  it('the seed’s own plans, empty leading checkpoints included, raise nothing', async () => {
    expect(await planFindings({})).toEqual([]);
    expect(await planFindings({ planValues: [null, null, null, '100%'] })).toEqual([]);
  });
});
