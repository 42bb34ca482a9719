/**
 * 自动检查 on the WPS host: a re-check after an edit reads the changed sheet alone and writes only
 * what differs, leaving the workbook and report a whole check leaves; it checks the whole workbook
 * when it cannot be sure it saw every change (WPS raising change events after the writes, a sheet
 * deleted, a finding that comes or goes).
 */
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { checkWorkbook } from '../../src/core/engine';
import { buildWritePlan } from '../../src/core/plan/build-write-plan';
import { DEFAULT_PROFILE } from '../../src/core/profile/profile-schema';
import { FakeExcel } from '../../src/harness/fake-excel';
import { FakeEt } from '../../src/harness/fake-et';
import { createWpsAddinHost } from '../../src/wps/wps-addin-host';
import { OWN_WRITE_GRACE_MS } from '../../src/wps/wps-own-writes';
import { stackedFixture } from '../excel/excel-fixtures';
import { DEPARTMENT_SHEET } from '../fixtures/sample-layout';

type Edit = (fake: FakeExcel, snapshot: WorkbookSnapshot) => void;

const typeActual: Edit = (fake, snapshot) => {
  const cell = buildWritePlan(snapshot, checkWorkbook(snapshot)).sheets.flatMap((s) => s.cells.filter((c) => c.input).map((c) => ({ sheet: s.sheet, ...c })))[0];
  if (!cell) throw new Error('the plan has no input cell');
  fake.userEdit(cell.sheet, cell.row, cell.col, '90');
};

const fixTemplateText: Edit = (fake, snapshot) => {
  const f = checkWorkbook(snapshot).findings.find((x) => x.rule === 'required.template-text');
  if (!f) throw new Error('the sample has no template text');
  fake.userEdit(f.sheet, f.row, f.col, '按时足额发放补贴，保障队伍稳定');
};

const deleteDepartment: Edit = (fake) => fake.deleteSheet(fake.sheet(DEPARTMENT_SHEET));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Checks with a listener on, makes the edits, checks again; what the second check cost and left. */
async function recheckAfter(edits: Edit[], options: { changesOnly: boolean; eventDelayMs?: number }) {
  const { snapshot } = await stackedFixture();
  const fake = FakeExcel.fromSnapshot(snapshot);
  const et = new FakeEt(fake, { fileName: '2023年绩效目标表.xlsx', eventDelayMs: options.eventDelayMs });
  const host = createWpsAddinHost(et.application);
  const stop = await host.watchEdits(() => undefined);
  await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
  // Past the grace period in which a late event is taken for the add-in's own write.
  await pause((options.eventDelayMs ?? 0) + OWN_WRITE_GRACE_MS + 20);
  for (const edit of edits) edit(fake, snapshot);
  await pause((options.eventDelayMs ?? 0) + 20);
  const [calls, mutations] = [et.calls, fake.mutations];
  const outcome = await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE, changesOnly: options.changesOnly });
  await stop();
  // WPS calculates as it writes; the fake calculates when read: the results as the grid shows them.
  fake.calculateNow();
  return { calls: et.calls - calls, writes: fake.mutations - mutations, dump: fake.dump(), report: outcome.report };
}

describe('a re-check of what the user changed, on the WPS host', () => {
  it('after an actual value is typed, writes only what differs and leaves what a whole check leaves', async () => {
    const whole = await recheckAfter([typeActual], { changesOnly: false });
    const changes = await recheckAfter([typeActual], { changesOnly: true });
    expect(changes.report).toEqual(whole.report);
    expect(changes.dump).toEqual(whole.dump);
    expect(changes.writes * 20).toBeLessThan(whole.writes);
    // Reading the changed sheet is most of it: the sample keeps 39 of its 40 tables on that sheet.
    expect(changes.calls * 2).toBeLessThan(whole.calls);
  });

  it('writes the whole result again when a finding goes', async () => {
    const whole = await recheckAfter([fixTemplateText], { changesOnly: false });
    const changes = await recheckAfter([fixTemplateText], { changesOnly: true });
    expect(changes.report).toEqual(whole.report);
    expect(changes.dump).toEqual(whole.dump);
    expect(changes.writes).toBe(whole.writes);
  });

  it('checks the whole workbook when a sheet was deleted since', async () => {
    const whole = await recheckAfter([deleteDepartment, typeActual], { changesOnly: false });
    const changes = await recheckAfter([deleteDepartment, typeActual], { changesOnly: true });
    expect(changes.report.tables.some((t) => t.sheet === DEPARTMENT_SHEET)).toBe(false);
    expect(changes.dump).toEqual(whole.dump);
  });

  it('checks the whole workbook where WPS raises change events after the writes (an edit could pass for the add-in’s own)', async () => {
    const whole = await recheckAfter([typeActual], { changesOnly: false, eventDelayMs: 5 });
    const changes = await recheckAfter([typeActual], { changesOnly: true, eventDelayMs: 5 });
    expect(changes.writes).toBe(whole.writes);
    expect(changes.dump).toEqual(whole.dump);
  });
});
