import type { CheckOutcome } from '../../src/addin/addin-host';
import { checkWorkbook } from '../../src/core/engine';
import { OUTCOME_KEY, OUTCOME_STAMP_KEY, RELAY_POLL_MS, relayOutcomes, type OutcomeChannel } from '../../src/wps/wps-outcome-relay';
import { snapshotWorkbook } from '../../src/xlsx/read-snapshot';
import { gridToWorkbook } from '../fixtures/grid';
import { layoutProjectTable } from '../fixtures/layout-project';
import { loadSeed } from '../fixtures/seed';
import { ManualClock, memoryStorage } from '../addin/manual-clock';

/** One page's own pane-events channel: what it published and what its pane was shown. */
function page() {
  const listeners = new Set<(o: CheckOutcome | null) => void>();
  const shown: (CheckOutcome | null)[] = [];
  const channel: OutcomeChannel = {
    subscribe: (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    publish: (o) => {
      shown.push(o);
      for (const l of [...listeners]) l(o);
    },
    publishCleared: () => {
      shown.push(null);
      for (const l of [...listeners]) l(null);
    },
  };
  return { channel, shown };
}

/** A real check's outcome: the seed's first project table. */
function outcomeOf(file: string): CheckOutcome {
  const [project] = loadSeed().projects;
  if (!project) throw new Error('the seed has no project table');
  const wb = gridToWorkbook([{ name: '项目表', grid: layoutProjectTable(project).grid }]);
  const report = checkWorkbook(snapshotWorkbook(wb, file)).report;
  return { report, sheet: null, problems: [], summarySheet: '检查汇总' };
}

describe('the outcome relay between the WPS ribbon page and the task pane', () => {
  const setup = (activeFile = 'a.xlsx') => {
    const clock = new ManualClock();
    const storage = memoryStorage();
    const ribbon = page();
    const pane = page();
    const accepts = (o: CheckOutcome) => o.report.file === activeFile;
    const stops = [
      relayOutcomes(storage, 'ribbon', ribbon.channel, { accepts, clock }),
      relayOutcomes(storage, 'pane', pane.channel, { accepts, clock }),
    ];
    return { clock, storage, ribbon, pane, stop: () => stops.forEach((s) => s()) };
  };

  it('shows a ribbon check in the pane within one poll, as it was published, and does not echo it back', async () => {
    const { clock, ribbon, pane, stop } = setup();
    const outcome = outcomeOf('a.xlsx');
    ribbon.channel.publish(outcome);
    await clock.advance(RELAY_POLL_MS);
    expect(pane.shown).toEqual([outcome]);
    await clock.advance(RELAY_POLL_MS * 4);
    expect(ribbon.shown).toEqual([outcome]);
    expect(pane.shown).toHaveLength(1);
    stop();
  });

  it('carries a clear from the ribbon to the pane', async () => {
    const { clock, ribbon, pane, stop } = setup();
    ribbon.channel.publish(outcomeOf('a.xlsx'));
    await clock.advance(RELAY_POLL_MS);
    ribbon.channel.publishCleared();
    await clock.advance(RELAY_POLL_MS);
    expect(pane.shown.at(-1)).toBeNull();
    stop();
  });

  it('gives a pane opened after a ribbon check that check on its first look', async () => {
    const clock = new ManualClock();
    const storage = memoryStorage();
    const ribbon = page();
    const accepts = () => true;
    relayOutcomes(storage, 'ribbon', ribbon.channel, { accepts, clock });
    const outcome = outcomeOf('a.xlsx');
    ribbon.channel.publish(outcome);
    const pane = page();
    relayOutcomes(storage, 'pane', pane.channel, { accepts, clock });
    await clock.advance(RELAY_POLL_MS);
    expect(pane.shown).toEqual([outcome]);
  });

  it('ignores the check of another open workbook and a payload that is not an outcome', async () => {
    const { clock, storage, ribbon, pane, stop } = setup('a.xlsx');
    ribbon.channel.publish(outcomeOf('b.xlsx'));
    await clock.advance(RELAY_POLL_MS);
    storage.setItem(OUTCOME_KEY, '{"report":');
    storage.setItem(OUTCOME_STAMP_KEY, 'other 1 1');
    await clock.advance(RELAY_POLL_MS);
    expect(pane.shown).toEqual([]);
    stop();
  });

  it('stops relaying once stopped', async () => {
    const { clock, ribbon, pane, stop } = setup();
    stop();
    ribbon.channel.publish(outcomeOf('a.xlsx'));
    await clock.advance(RELAY_POLL_MS * 2);
    expect(pane.shown).toEqual([]);
  });
});
