import type { CheckOutcome, CheckProgress, CheckScope } from '../addin/addin-host';
import type { Notice } from './pane-messages';

/** What the pane is doing to the workbook; null when idle. Buttons are disabled while it is set. */
export type Busy = 'check' | 'clear' | 'fix';

export interface SessionState {
  scope: CheckScope;
  auto: boolean;
  busy: Busy | null;
  progress: CheckProgress | null;
  outcome: CheckOutcome | null;
  /** Host error in the pane's language, shown until dismissed or the next action. */
  error: string | null;
  notice: Notice | null;
  /** Text of the live region. */
  announcement: string;
}

export type SessionAction =
  | { type: 'scope'; scope: CheckScope }
  | { type: 'auto'; on: boolean }
  | { type: 'started'; busy: Busy }
  | { type: 'progress'; progress: CheckProgress }
  /** A check outcome arrived, from the pane or from the ribbon. */
  | { type: 'outcome'; outcome: CheckOutcome | null; announcement: string }
  | { type: 'finished'; notice?: Notice }
  /** The job failed: it ends, and says why. */
  | { type: 'failed'; error: string; announcement?: string }
  /** Something outside a job failed (selecting a cell, listening to edits). */
  | { type: 'error'; error: string }
  | { type: 'dismissError' }
  | { type: 'dismissNotice' };

export function initialSession(outcome: CheckOutcome | null): SessionState {
  return { scope: 'workbook', auto: false, busy: null, progress: null, outcome, error: null, notice: null, announcement: '' };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'scope':
      return { ...state, scope: action.scope };
    case 'auto':
      return { ...state, auto: action.on };
    case 'started':
      // The live region is emptied so that the same summary twice is still announced twice.
      return { ...state, busy: action.busy, progress: null, error: null, notice: null, announcement: '' };
    case 'progress':
      return state.busy === 'check' ? { ...state, progress: action.progress } : state;
    case 'outcome':
      return { ...state, outcome: action.outcome, announcement: action.announcement };
    case 'finished':
      return { ...state, busy: null, progress: null, notice: action.notice ?? state.notice };
    case 'failed':
      return { ...state, busy: null, progress: null, error: action.error, announcement: action.announcement ?? state.announcement };
    case 'error':
      return { ...state, error: action.error };
    case 'dismissError':
      return { ...state, error: null };
    case 'dismissNotice':
      return { ...state, notice: null };
  }
}
