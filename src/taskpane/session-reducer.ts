import type { CheckOutcome, CheckProgress, CheckScope } from '../addin/addin-host';
import type { FixedCell } from './fix-undo';
import type { Notice } from './pane-messages';

/** What the pane is doing to the workbook; null when idle. Buttons are disabled while it is set. */
export type Busy = 'check' | 'clear' | 'fix' | 'undo';

/** What the last 应用建议 or 撤销 did, shown beside the work list, with what 撤销 would take back. */
export interface FixOutcome {
  notice: Notice;
  /** The cells the last fix or batch wrote; empty when there is nothing to undo. */
  undo: FixedCell[];
}

export interface SessionState {
  scope: CheckScope;
  auto: boolean;
  busy: Busy | null;
  progress: CheckProgress | null;
  outcome: CheckOutcome | null;
  /** The user edited the workbook since the outcome was checked (自动检查 off): it may no longer hold. */
  stale: boolean;
  /** Whether the workbook holds a result to clear; null while not known (清除检查结果 stays enabled). */
  clearable: boolean | null;
  /** Host error in the pane's language, shown until dismissed or the next action. */
  error: string | null;
  notice: Notice | null;
  fix: FixOutcome | null;
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
  /** A fix or an undo is done (its re-check included). */
  | { type: 'fixed'; fix: FixOutcome }
  /** The job failed: it ends, and says why. */
  | { type: 'failed'; error: string; announcement?: string }
  /** Something outside a job failed (selecting a cell, listening to edits). */
  | { type: 'error'; error: string }
  /** The user changed the workbook. */
  | { type: 'edited' }
  | { type: 'clearable'; clearable: boolean | null }
  | { type: 'dismissError' }
  | { type: 'dismissNotice' }
  | { type: 'dismissFix' };

export function initialSession(outcome: CheckOutcome | null): SessionState {
  return {
    scope: 'workbook', auto: false, busy: null, progress: null, outcome, stale: false, clearable: null, error: null, notice: null, fix: null, announcement: '',
  };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'scope':
      return { ...state, scope: action.scope };
    case 'auto':
      return { ...state, auto: action.on };
    case 'started': {
      // The live region is emptied so that the same summary twice is still announced twice.
      const fix = action.busy === 'fix' || action.busy === 'undo' ? null : state.fix;
      return { ...state, busy: action.busy, progress: null, error: null, notice: null, fix, announcement: '' };
    }
    case 'progress':
      return state.busy === 'check' ? { ...state, progress: action.progress } : state;
    case 'outcome':
      return { ...state, outcome: action.outcome, stale: false, fix: action.outcome === null ? null : state.fix, announcement: action.announcement };
    case 'finished':
      return { ...state, busy: null, progress: null, notice: action.notice ?? state.notice };
    case 'fixed':
      return { ...state, busy: null, progress: null, fix: action.fix };
    case 'failed':
      return { ...state, busy: null, progress: null, error: action.error, announcement: action.announcement ?? state.announcement };
    case 'error':
      return { ...state, error: action.error };
    case 'edited':
      return state.outcome === null ? state : { ...state, stale: true };
    case 'clearable':
      return { ...state, clearable: action.clearable };
    case 'dismissError':
      return { ...state, error: null };
    case 'dismissNotice':
      return { ...state, notice: null };
    case 'dismissFix':
      return { ...state, fix: null };
  }
}
