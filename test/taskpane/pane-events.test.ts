import { DEFAULT_PROFILE } from '../../src/core/profile/profile-schema';
import {
  currentProfile,
  latestOutcome,
  publishCleared,
  publishOutcome,
  setCurrentProfile,
  subscribeOutcomes,
} from '../../src/taskpane/pane-events';
import { outcome, report } from './report-fixture';

describe('pane events', () => {
  it('delivers a published outcome to subscribers until they unsubscribe', () => {
    const seen: unknown[] = [];
    const unsubscribe = subscribeOutcomes((o) => seen.push(o));
    const first = outcome(report([], []));
    publishOutcome(first);
    expect(seen).toEqual([first]);
    expect(latestOutcome()).toBe(first);

    publishCleared();
    expect(seen).toEqual([first, null]);
    expect(latestOutcome()).toBeNull();

    unsubscribe();
    publishOutcome(outcome(report([], [])));
    expect(seen).toHaveLength(2);
  });

  it('lets the ribbon read the profile the pane holds', () => {
    expect(currentProfile()).toBeNull();
    setCurrentProfile(DEFAULT_PROFILE);
    expect(currentProfile()).toBe(DEFAULT_PROFILE);
    setCurrentProfile(null);
    expect(currentProfile()).toBeNull();
  });
});
