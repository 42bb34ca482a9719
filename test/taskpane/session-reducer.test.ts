import { initialSession, sessionReducer, type FixOutcome, type SessionState } from '../../src/taskpane/session-reducer';
import { outcome, report } from './report-fixture';

const checked = outcome(report([], []));

function busyChecking(): SessionState {
  return sessionReducer({ ...initialSession(null), error: 'old', notice: { intent: 'info', text: 'old' }, announcement: 'old' }, { type: 'started', busy: 'check' });
}

describe('session reducer', () => {
  it('starts a job by clearing the last error, notice and announcement', () => {
    const s = busyChecking();
    expect(s).toMatchObject({ busy: 'check', progress: null, error: null, notice: null, announcement: '' });
  });

  it('follows a check’s progress, and only a check’s', () => {
    const progress = { stage: 'read', done: 1, total: 3 } as const;
    expect(sessionReducer(busyChecking(), { type: 'progress', progress }).progress).toEqual(progress);
    const clearing = sessionReducer(initialSession(null), { type: 'started', busy: 'clear' });
    expect(sessionReducer(clearing, { type: 'progress', progress }).progress).toBeNull();
  });

  it('shows an outcome without ending the job, so one from the ribbon does not unlock the buttons', () => {
    const s = sessionReducer(busyChecking(), { type: 'outcome', outcome: checked, announcement: '检查完成' });
    expect(s).toMatchObject({ busy: 'check', outcome: checked, announcement: '检查完成' });
    expect(sessionReducer(s, { type: 'finished' })).toMatchObject({ busy: null, outcome: checked });
  });

  it('ends a failed job with its error, keeping what was shown', () => {
    const shown = sessionReducer(busyChecking(), { type: 'outcome', outcome: checked, announcement: 'a' });
    const s = sessionReducer(shown, { type: 'failed', error: '工作表受保护', announcement: '检查未完成' });
    expect(s).toMatchObject({ busy: null, error: '工作表受保护', outcome: checked, announcement: '检查未完成' });
  });

  it('reports an error outside a job without ending the job', () => {
    const s = sessionReducer(busyChecking(), { type: 'error', error: 'x' });
    expect(s).toMatchObject({ busy: 'check', error: 'x' });
    expect(sessionReducer(s, { type: 'dismissError' }).error).toBeNull();
  });

  it('keeps the scope and 自动检查 switch as set', () => {
    let s = sessionReducer(initialSession(null), { type: 'scope', scope: 'sheet' });
    s = sessionReducer(s, { type: 'auto', on: true });
    expect(s).toMatchObject({ scope: 'sheet', auto: true });
  });

  it('marks the outcome stale on a user edit until the next outcome, and not without one', () => {
    expect(sessionReducer(initialSession(null), { type: 'edited' }).stale).toBe(false);
    const stale = sessionReducer(initialSession(checked), { type: 'edited' });
    expect(stale.stale).toBe(true);
    expect(sessionReducer(stale, { type: 'outcome', outcome: checked, announcement: '检查完成' }).stale).toBe(false);
  });

  it('keeps a fix’s outcome and its undo through a check, and drops it when the next fix starts or the result is cleared', () => {
    const fix: FixOutcome = { notice: { intent: 'success', text: '已应用 2 条建议' }, undo: [{ target: { sheet: 'S', row: 1, col: 1 }, cell: 'S!A1', before: { text: 'a', value: 'a' }, after: 'b' }] };
    const fixed = sessionReducer({ ...initialSession(checked), busy: 'fix' }, { type: 'fixed', fix });
    expect(fixed).toMatchObject({ busy: null, fix });
    expect(sessionReducer(fixed, { type: 'started', busy: 'check' }).fix).toEqual(fix);
    expect(sessionReducer(fixed, { type: 'started', busy: 'undo' }).fix).toBeNull();
    expect(sessionReducer(fixed, { type: 'outcome', outcome: null, announcement: '已清除' }).fix).toBeNull();
    expect(sessionReducer(fixed, { type: 'dismissFix' }).fix).toBeNull();
  });

  it('knows whether there is a result to clear once the host said so', () => {
    expect(initialSession(null).clearable).toBeNull();
    expect(sessionReducer(initialSession(null), { type: 'clearable', clearable: false }).clearable).toBe(false);
  });
});
