import { checkWorkbook } from '../../src/core/engine';
import { buildWritePlan } from '../../src/core/plan/build-write-plan';
import { planChanges } from '../../src/core/plan/plan-changes';
import type { OwnedCell, WritePlan } from '../../src/core/plan/write-plan';
import { buildStackedSample } from '../fixtures/sample-layout';
import { snapshotOfWorkbook } from '../core/snapshot-of';

let plan: WritePlan;

beforeAll(async () => {
  const snapshot = await snapshotOfWorkbook(buildStackedSample().workbook);
  plan = buildWritePlan(snapshot, checkWorkbook(snapshot));
});

/** A copy of the plan with `edit` applied to the first owned cell `pick` chooses. */
function withCell(pick: (c: OwnedCell) => boolean, edit: (c: OwnedCell) => OwnedCell): { next: WritePlan; sheet: string; cell: OwnedCell } {
  const next = structuredClone(plan);
  for (const s of next.sheets) {
    const i = s.cells.findIndex(pick);
    if (i < 0) continue;
    const cell = edit(s.cells[i] as OwnedCell);
    s.cells[i] = cell;
    return { next, sheet: s.sheet, cell };
  }
  throw new Error('no such owned cell in the plan');
}

describe('planChanges', () => {
  it('finds nothing to send between a plan and itself', () => {
    expect(planChanges(plan, structuredClone(plan))).toEqual({ sheets: [], summaryRows: [] });
  });

  it('sends an owned cell whose formula changed, and nothing for a formula cell whose cached result alone changed', () => {
    const changed = withCell((c) => c.formula !== undefined, (c) => ({ ...c, formula: `${c.formula ?? ''}+0` }));
    expect(planChanges(plan, changed.next)).toEqual({ sheets: [{ sheet: changed.sheet, cells: [changed.cell] }], summaryRows: [] });
    const recalculated = withCell((c) => c.formula !== undefined, (c) => ({ ...c, value: 42 }));
    expect(planChanges(plan, recalculated.next)).toEqual({ sheets: [], summaryRows: [] });
  });

  it('never sends an input cell: what is in it is the user’s', () => {
    const typed = withCell((c) => c.input === true, (c) => ({ ...c, value: '90' }));
    expect(planChanges(plan, typed.next)).toEqual({ sheets: [], summaryRows: [] });
  });

  it('gives up (null: write everything) when a flag or an owned cell comes or goes, or a style changes', () => {
    const fewerFlags = structuredClone(plan);
    const flagged = fewerFlags.sheets.find((s) => s.flags.length > 0);
    flagged?.flags.pop();
    expect(flagged).not.toBeUndefined();
    expect(planChanges(plan, fewerFlags)).toBeNull();
    const fewerCells = structuredClone(plan);
    fewerCells.sheets[0]?.cells.pop();
    expect(planChanges(plan, fewerCells)).toBeNull();
    expect(planChanges(plan, withCell((c) => c.bold !== true, (c) => ({ ...c, bold: true })).next)).toBeNull();
  });

  it('sends a changed summary row by its number, and gives up when rows come or go', () => {
    const next = structuredClone(plan);
    const row = next.summary.rows.findIndex((r, i) => i > 0 && r.length > 0 && r.every((v) => v === null || typeof v !== 'object' || !('link' in v)));
    const cells = next.summary.rows[row] as WritePlan['summary']['rows'][number];
    cells[cells.length - 1] = '改过';
    expect(planChanges(plan, next)).toEqual({ sheets: [], summaryRows: [{ row: row + 1, cells }] });
    const longer = structuredClone(plan);
    longer.summary.rows.push(['新的一行']);
    expect(planChanges(plan, longer)).toBeNull();
  });
});
