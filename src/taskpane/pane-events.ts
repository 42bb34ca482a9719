import type { CheckOutcome } from '../addin/addin-host';
import type { Profile } from '../core/profile/profile-schema';

/**
 * The ribbon commands and the task pane share one JavaScript runtime (the manifest's shared
 * runtime), so a module-level channel is enough to let a check started from the ribbon show in the
 * pane, and the ribbon check with the profile the pane holds.
 */
type OutcomeListener = (outcome: CheckOutcome | null) => void;

const listeners = new Set<OutcomeListener>();
let latest: CheckOutcome | null = null;
let profile: Profile | null = null;

/** A finished check, from the ribbon or the pane: every open pane shows it. */
export function publishOutcome(outcome: CheckOutcome): void {
  latest = outcome;
  for (const listener of [...listeners]) listener(outcome);
}

/** 清除检查结果 ran: open panes drop the findings they show. */
export function publishCleared(): void {
  latest = null;
  for (const listener of [...listeners]) listener(null);
}

/** The last published outcome, for a pane that opens after the ribbon checked. */
export function latestOutcome(): CheckOutcome | null {
  return latest;
}

export function subscribeOutcomes(listener: OutcomeListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The profile the open pane checks with; null when no pane has loaded one. */
export function currentProfile(): Profile | null {
  return profile;
}

export function setCurrentProfile(next: Profile | null): void {
  profile = next;
}
