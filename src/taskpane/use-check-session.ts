import { useCallback, useEffect, useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';
import type { AddinHost, CellTarget, CheckScope, TypedEntriesChoice } from '../addin/addin-host';
import type { Profile } from '../core/profile/profile-schema';
import { applyFixes, readCheckedTexts, type CheckedTexts } from './apply-fixes';
import { AutoCheckScheduler } from './auto-check-scheduler';
import { errorText } from './error-text';
import { findingTarget, type ReportFinding } from './finding-target';
import { latestOutcome, publishCleared, publishOutcome, subscribeOutcomes } from './pane-events';
import { undoFixes } from './fix-undo';
import { checkAnnouncement, fixNotice, undoNotice } from './pane-messages';
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
  /** 撤销: puts back what the last fix or batch changed, where the user has not changed it since. */
  undo(): void;
  dismissError(): void;
  dismissNotice(): void;
  dismissFix(): void;
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
  const live = useRef({ profile, lang, text, scope: state.scope, outcome: state.outcome, fix: state.fix });
  live.current = { profile, lang, text, scope: state.scope, outcome: state.outcome, fix: state.fix };
  const checkedTexts = useRef<Promise<CheckedTexts>>(Promise.resolve(new Map()));
  const scheduler = useRef<AutoCheckScheduler | null>(null);

  // 清除检查结果 is enabled while the workbook holds a result; asked again after every job and outcome.
  const refreshClearable = useCallback(() => {
    host.hasResult().then(
      (clearable) => dispatch({ type: 'clearable', clearable }),
      () => dispatch({ type: 'clearable', clearable: null }),
    );
  }, [host]);

  const runCheck = useCallback(
    async (scope: CheckScope, changesOnly: boolean): Promise<void> => {
      dispatch({ type: 'started', busy: 'check' });
      try {
        const outcome = await host.check({
          scope,
          changesOnly,
          profile: live.current.profile,
          // Rendered at once: the host then lets the browser paint it before its next long step.
          onProgress: (progress) => flushSync(() => dispatch({ type: 'progress', progress })),
        });
        publishOutcome(outcome);
        dispatch({ type: 'finished' });
      } catch (e) {
        const detail = errorText(e, live.current.lang);
        dispatch({ type: 'failed', error: detail, announcement: fill(live.current.text.checkFailed, { detail }) });
        refreshClearable();
      }
    },
    [host, refreshClearable],
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
    refreshClearable();
    return subscribeOutcomes((outcome) => {
      remember(outcome?.report.findings ?? []);
      if (outcome === null) dispatch({ type: 'clearable', clearable: false });
      else refreshClearable();
      const announcement = outcome ? checkAnnouncement(outcome.report, live.current.text) : live.current.text.cleared;
      dispatch({ type: 'outcome', outcome, announcement });
    });
  }, [host, refreshClearable]);

  const reportError = useCallback((e: unknown) => dispatch({ type: 'error', error: errorText(e, live.current.lang) }), []);
  const autoFailed = useCallback(
    (e: unknown) => {
      reportError(e);
      dispatch({ type: 'auto', on: false });
    },
    [reportError],
  );
  const edited = useCallback(() => dispatch({ type: 'edited' }), []);
  useAutoCheck(host, scheduler, state.auto, edited, autoFailed);

  const check = useCallback(() => void scheduler.current?.checkNow(), []);

  const clear = useCallback((typed: TypedEntriesChoice) => {
    void scheduler.current?.exclusive(async () => {
      dispatch({ type: 'started', busy: 'clear' });
      try {
        const cleared = await host.clear(typed);
        if (cleared) publishCleared();
        else dispatch({ type: 'clearable', clearable: false });
        const notice = { intent: 'info', text: cleared ? live.current.text.cleared : live.current.text.nothingToClear } as const;
        dispatch({ type: 'finished', notice });
      } catch (e) {
        dispatch({ type: 'failed', error: errorText(e, live.current.lang) });
        refreshClearable();
      }
    });
  }, [host, refreshClearable]);

  /** Checks again after cells were written, as the last check did: a one-sheet check covers the active sheet, so the written cell's sheet is made active first. */
  const recheckAfterWrite = useCallback(
    async (written: CellTarget | undefined): Promise<void> => {
      if (written === undefined) return;
      const sheetOnly = live.current.outcome?.sheet != null;
      if (sheetOnly) await host.select(written);
      // Only the cells written changed: the host may re-check just their sheets.
      await runCheck(sheetOnly ? 'sheet' : 'workbook', true);
    },
    [host, runCheck],
  );

  const applyFindingFixes = useCallback(
    (findings: readonly ReportFinding[]) => {
      void scheduler.current?.exclusive(async () => {
        dispatch({ type: 'started', busy: 'fix' });
        try {
          const result = await applyFixes(host, findings, await checkedTexts.current);
          await recheckAfterWrite(result.fixed.at(-1)?.target);
          dispatch({ type: 'fixed', fix: { notice: fixNotice(result, live.current.text), undo: result.fixed } });
        } catch (e) {
          dispatch({ type: 'failed', error: errorText(e, live.current.lang) });
        }
      });
    },
    [host, recheckAfterWrite],
  );

  const undo = useCallback(() => {
    const fixed = live.current.fix?.undo ?? [];
    if (fixed.length === 0) return;
    void scheduler.current?.exclusive(async () => {
      dispatch({ type: 'started', busy: 'undo' });
      try {
        const result = await undoFixes(host, fixed);
        await recheckAfterWrite(result.restored.at(-1)?.target);
        dispatch({ type: 'fixed', fix: { notice: undoNotice(result, live.current.text), undo: [] } });
      } catch (e) {
        dispatch({ type: 'failed', error: errorText(e, live.current.lang) });
      }
    });
  }, [host, recheckAfterWrite]);

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
    undo,
    dismissError: useCallback(() => dispatch({ type: 'dismissError' }), []),
    dismissNotice: useCallback(() => dispatch({ type: 'dismissNotice' }), []),
    dismissFix: useCallback(() => dispatch({ type: 'dismissFix' }), []),
  };
}
