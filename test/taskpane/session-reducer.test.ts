import { initialSession, sessionReducer, type SessionState } from '../../src/taskpane/session-reducer';
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
});
