import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { AddinHost, CheckScope, TypedEntriesChoice } from '../addin/addin-host';
import type { Profile } from '../core/profile/profile-schema';
import { applyFixes, readCheckedTexts, type CheckedTexts } from './apply-fixes';
import { AutoCheckScheduler } from './auto-check-scheduler';
import { errorText } from './error-text';
import { findingTarget, type ReportFinding } from './finding-target';
import { latestOutcome, publishCleared, publishOutcome, subscribeOutcomes } from './pane-events';
import { checkAnnouncement, fixNotice } from './pane-messages';
import { initialSession, sessionReducer, type SessionState } from './session-reducer';
import { fill, type PaneLanguage, type PaneText } from './strings';
import { useAutoCheck } from './use-auto-check';

export interface CheckSession {
  state: SessionState;
  check(): void;
  /** 清除检查结果, with what to do with the entries the user typed (ask first: `typedEntries`). */
  clear(typed: TypedEntriesChoice): void;
  /** How many entries the user typed into the result's input cells (0 when there are none). */
  typedEntries(): Promise<number>;
  setScope(scope: CheckScope): void;
  setAuto(on: boolean): void;
  select(finding: ReportFinding): void;
  /** Writes the findings' suggestions, then checks again so the list shows what is left. */
  applyFixes(findings: readonly ReportFinding[]): void;
  dismissError(): void;
  dismissNotice(): void;
}

interface SessionOptions {
  host: AddinHost;
  profile: Profile;
  lang: PaneLanguage;
  text: PaneText;
  autoCheckDelayMs: number;
}

/** Everything the pane does to the workbook, one job at a time, and what it shows about it. */
export function useCheckSession({ host, profile, lang, text, autoCheckDelayMs }: SessionOptions): CheckSession {
  const [state, dispatch] = useReducer(sessionReducer, latestOutcome(), initialSession);
  // Jobs run after the render that queued them; they read the settings of the latest render.
  const live = useRef({ profile, lang, text, scope: state.scope, outcome: state.outcome });
  live.current = { profile, lang, text, scope: state.scope, outcome: state.outcome };
  const checkedTexts = useRef<Promise<CheckedTexts>>(Promise.resolve(new Map()));
  const scheduler = useRef<AutoCheckScheduler | null>(null);

  const runCheck = useCallback(
    async (scope: CheckScope, changesOnly: boolean): Promise<void> => {
      dispatch({ type: 'started', busy: 'check' });
      try {
        const outcome = await host.check({
          scope,
          changesOnly,
          profile: live.current.profile,
          onProgress: (progress) => dispatch({ type: 'progress', progress }),
        });
        publishOutcome(outcome);
        dispatch({ type: 'finished' });
      } catch (e) {
        const detail = errorText(e, live.current.lang);
        dispatch({ type: 'failed', error: detail, announcement: fill(live.current.text.checkFailed, { detail }) });
      }
    },
    [host],
  );

  useEffect(() => {
    const current = new AutoCheckScheduler((cause) => runCheck(live.current.scope, cause === 'edit'), autoCheckDelayMs);
    scheduler.current = current;
    return () => current.dispose();
  }, [runCheck, autoCheckDelayMs]);

  // Outcomes arrive here whether the pane or the ribbon checked, so both are shown the same way.
  useEffect(() => {
    const remember = (findings: readonly ReportFinding[]): void => {
      checkedTexts.current = readCheckedTexts(host, findings);
    };
    const shown = latestOutcome();
    if (shown) remember(shown.report.findings);
    return subscribeOutcomes((outcome) => {
      remember(outcome?.report.findings ?? []);
      const announcement = outcome ? checkAnnouncement(outcome.report, live.current.text) : live.current.text.cleared;
      dispatch({ type: 'outcome', outcome, announcement });
    });
  }, [host]);

  const reportError = useCallback((e: unknown) => dispatch({ type: 'error', error: errorText(e, live.current.lang) }), []);
  const autoFailed = useCallback(
    (e: unknown) => {
      reportError(e);
      dispatch({ type: 'auto', on: false });
    },
    [reportError],
  );
  useAutoCheck(host, scheduler, state.auto, autoFailed);

  const check = useCallback(() => void scheduler.current?.checkNow(), []);

  const clear = useCallback((typed: TypedEntriesChoice) => {
    void scheduler.current?.exclusive(async () => {
      dispatch({ type: 'started', busy: 'clear' });
      try {
        const cleared = await host.clear(typed);
        if (cleared) publishCleared();
        const notice = { intent: 'info', text: cleared ? live.current.text.cleared : live.current.text.nothingToClear } as const;
        dispatch({ type: 'finished', notice });
      } catch (e) {
        dispatch({ type: 'failed', error: errorText(e, live.current.lang) });
      }
    });
  }, [host]);

  const applyFindingFixes = useCallback(
    (findings: readonly ReportFinding[]) => {
      void scheduler.current?.exclusive(async () => {
        dispatch({ type: 'started', busy: 'fix' });
        try {
          const result = await applyFixes(host, findings, await checkedTexts.current);
          const last = result.applied.at(-1);
          if (last) {
            // A one-sheet check covers the active sheet, so the fixed cell's sheet is made active first.
            const sheetOnly = live.current.outcome?.sheet != null;
            if (sheetOnly) await host.select(findingTarget(last));
            await runCheck(sheetOnly ? 'sheet' : 'workbook', true);
          }
          dispatch({ type: 'finished', notice: fixNotice(result, live.current.text) });
        } catch (e) {
          dispatch({ type: 'failed', error: errorText(e, live.current.lang) });
        }
      });
    },
    [host, runCheck],
  );

  const select = useCallback(
    (finding: ReportFinding) => {
      host.select(findingTarget(finding)).catch(reportError);
    },
    [host, reportError],
  );

  return {
    state,
    check,
    clear,
    typedEntries: () => host.countTypedEntries(),
    setScope: useCallback((scope: CheckScope) => dispatch({ type: 'scope', scope }), []),
    setAuto: useCallback((on: boolean) => dispatch({ type: 'auto', on }), []),
    select,
    applyFixes: applyFindingFixes,
    dismissError: useCallback(() => dispatch({ type: 'dismissError' }), []),
    dismissNotice: useCallback(() => dispatch({ type: 'dismissNotice' }), []),
  };
}
