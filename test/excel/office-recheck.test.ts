/// <reference types="office-js" />
import { checkWorkbook } from '../../src/core/engine';
import { buildWritePlan } from '../../src/core/plan/build-write-plan';
import { DEFAULT_PROFILE } from '../../src/core/profile/profile-schema';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { OfficeAddinHost } from '../../src/excel/office-addin-host';
import { FakeExcel } from '../../src/harness/fake-excel';
import { DEPARTMENT_SHEET } from '../fixtures/sample-layout';
import { stackedFixture } from './excel-fixtures';
import { installOffice, uninstallOffice } from './office-globals';

afterEach(uninstallOffice);

type Edit = (fake: FakeExcel, snapshot: WorkbookSnapshot) => void;

/** The plan's first input cell, where a person types first. */
function firstInput(snapshot: WorkbookSnapshot) {
  const cell = buildWritePlan(snapshot, checkWorkbook(snapshot)).sheets.flatMap((s) => s.cells.filter((c) => c.input).map((c) => ({ sheet: s.sheet, ...c })))[0];
  if (!cell) throw new Error('the plan has no input cell');
  return cell;
}

const typeActual: Edit = (fake, snapshot) => {
  const cell = firstInput(snapshot);
  fake.userEdit(cell.sheet, cell.row, cell.col, '90');
};

/** Template text left in (an error of the sample) replaced by the user's own words: its finding goes. */
const fixTemplateText: Edit = (fake, snapshot) => {
  const f = checkWorkbook(snapshot).findings.find((x) => x.rule === 'required.template-text');
  if (!f) throw new Error('the sample has no template text');
  fake.userEdit(f.sheet, f.row, f.col, '按时足额发放补贴，保障队伍稳定');
};

/**
 * Checks, makes the edits (with a listener on when `watch`), checks again with `changesOnly`;
 * gives what the second check sent and what the workbook and report came to.
 */
async function recheckAfter(edits: Edit[], options: { watch: boolean; changesOnly: boolean }) {
  const { snapshot } = await stackedFixture();
  const fake = FakeExcel.fromSnapshot(snapshot);
  installOffice(fake);
  const host = new OfficeAddinHost();
  const stop = options.watch ? await host.watchEdits(() => undefined) : null;
  await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
  for (const edit of edits) edit(fake, snapshot);
  // Change events arrive after the edit, as in Excel; 自动检查 starts only once they have.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const before = fake.syncs;
  const sentBefore = fake.syncLog.reduce((n, r) => n + r.requestBytes, 0);
  const outcome = await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE, changesOnly: options.changesOnly });
  await stop?.();
  uninstallOffice();
  return {
    syncs: fake.syncs - before,
    bytes: fake.syncLog.reduce((n, r) => n + r.requestBytes, 0) - sentBefore,
    dump: fake.dump(),
    report: outcome.report,
  };
}

describe('a re-check of what the user changed', () => {
  it('after an actual value is typed, reads the changed sheet and writes only what differs, leaving what a whole check leaves', async () => {
    const whole = await recheckAfter([typeActual], { watch: true, changesOnly: false });
    const changes = await recheckAfter([typeActual], { watch: true, changesOnly: true });
    expect(changes.report).toEqual(whole.report);
    expect(changes.dump).toEqual(whole.dump);
    expect(changes.syncs).toBeLessThanOrEqual(4);
    expect(changes.bytes * 50).toBeLessThan(whole.bytes);
  });

  it('stays in step over several re-checks in a row', async () => {
    const second: Edit = (fake, snapshot) => {
      const cell = firstInput(snapshot);
      fake.userEdit(cell.sheet, cell.row, cell.col, '95');
    };
    const whole = await recheckAfter([typeActual, second], { watch: true, changesOnly: false });
    const changes = await recheckAfter([typeActual, second], { watch: true, changesOnly: true });
    expect(changes.dump).toEqual(whole.dump);
  });

  it('writes the whole result again when a finding goes (its flag and note are taken away)', async () => {
    const whole = await recheckAfter([fixTemplateText], { watch: true, changesOnly: false });
    const changes = await recheckAfter([fixTemplateText], { watch: true, changesOnly: true });
    expect(changes.report).toEqual(whole.report);
    expect(changes.dump).toEqual(whole.dump);
    // The changed sheet was read first (one sync or more) before the whole check ran.
    expect(changes.syncs).toBeGreaterThan(whole.syncs);
  });

  it('checks the whole workbook when a sheet was deleted since (no cell of it raised a change)', async () => {
    const deleteDepartment: Edit = (fake) => fake.deleteSheet(fake.sheet(DEPARTMENT_SHEET));
    const whole = await recheckAfter([deleteDepartment, typeActual], { watch: true, changesOnly: false });
    const changes = await recheckAfter([deleteDepartment, typeActual], { watch: true, changesOnly: true });
    expect(changes.report.tables.some((t) => t.sheet === DEPARTMENT_SHEET)).toBe(false);
    expect(changes.report).toEqual(whole.report);
    expect(changes.dump).toEqual(whole.dump);
  });

  it('after a sheet is renamed, checks everything once, then re-checks the renamed sheet alone again', async () => {
    const { snapshot } = await stackedFixture();
    const fake = FakeExcel.fromSnapshot(snapshot);
    installOffice(fake);
    const host = new OfficeAddinHost();
    const stop = await host.watchEdits(() => undefined);
    await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
    const cell = firstInput(snapshot);
    const edit = async (value: string) => {
      fake.userEdit('项目表（改名）', cell.row, cell.col, value);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const before = fake.syncs;
      await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE, changesOnly: true });
      return fake.syncs - before;
    };
    // A first edit under the old name fills the host's id → name map.
    fake.userEdit(cell.sheet, cell.row, cell.col, '80');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE, changesOnly: true });
    fake.sheet(cell.sheet).name = '项目表（改名）';
    const afterRename = await edit('85');
    const next = await edit('90');
    await stop();
    expect(afterRename).toBeGreaterThan(4);
    expect(next).toBeLessThanOrEqual(4);
  });

  it('checks the whole workbook when no listener saw the edits', async () => {
    const unseen = await recheckAfter([typeActual], { watch: false, changesOnly: true });
    const whole = await recheckAfter([typeActual], { watch: false, changesOnly: false });
    expect(unseen.syncs).toBe(whole.syncs);
    expect(unseen.dump).toEqual(whole.dump);
  });
});
