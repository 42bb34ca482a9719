import { AutoCheckScheduler } from '../../src/taskpane/auto-check-scheduler';
import { WorkbookQueue } from '../../src/addin/workbook-queue';

/** A check that stays running until the test finishes it. */
function controlledCheck() {
  const finishers: Array<() => void> = [];
  const check = jest.fn(() => new Promise<void>((resolve) => finishers.push(resolve)));
  return {
    check,
    finish: async () => {
      finishers.shift()?.();
      await jest.advanceTimersByTimeAsync(0);
    },
  };
}

describe('auto-check scheduler', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('checks once after the edits stop for the debounce', async () => {
    const { check } = controlledCheck();
    const s = new AutoCheckScheduler(check, 800, undefined, new WorkbookQueue());
    s.edit();
    await jest.advanceTimersByTimeAsync(500);
    s.edit();
    await jest.advanceTimersByTimeAsync(500);
    s.edit();
    await jest.advanceTimersByTimeAsync(799);
    expect(check).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('tells the check its cause: edits re-check what changed, 检查表格 checks everything', async () => {
    const check = jest.fn(async () => undefined);
    const s = new AutoCheckScheduler(check, 800, undefined, new WorkbookQueue());
    s.edit();
    await jest.advanceTimersByTimeAsync(800);
    await s.checkNow();
    expect(check.mock.calls).toEqual([['edit'], ['request']]);
  });

  it('books exactly one more check for edits during a running one, debounced from its end', async () => {
    const { check, finish } = controlledCheck();
    const s = new AutoCheckScheduler(check, 800, undefined, new WorkbookQueue());
    s.edit();
    await jest.advanceTimersByTimeAsync(800);
    expect(check).toHaveBeenCalledTimes(1);
    s.edit();
    s.edit();
    s.edit();
    await jest.advanceTimersByTimeAsync(5000);
    expect(check).toHaveBeenCalledTimes(1);
    await finish();
    await jest.advanceTimersByTimeAsync(799);
    expect(check).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(2);
    await finish();
    await jest.advanceTimersByTimeAsync(5000);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('never runs two jobs at once, and runs them in order', async () => {
    const { check, finish } = controlledCheck();
    const s = new AutoCheckScheduler(check, 800, undefined, new WorkbookQueue());
    const order: string[] = [];
    void s.checkNow();
    const cleared = s.exclusive(async () => {
      order.push('clear');
      return true;
    });
    await jest.advanceTimersByTimeAsync(0);
    expect(order).toEqual([]);
    await finish();
    await expect(cleared).resolves.toBe(true);
    expect(order).toEqual(['clear']);
  });

  it('lets a manual check stand in for a pending automatic one', async () => {
    const { check, finish } = controlledCheck();
    const s = new AutoCheckScheduler(check, 800, undefined, new WorkbookQueue());
    s.edit();
    void s.checkNow();
    await finish();
    await jest.advanceTimersByTimeAsync(5000);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('runs a pending automatic check after another job instead of dropping it', async () => {
    const { check } = controlledCheck();
    const s = new AutoCheckScheduler(check, 800, undefined, new WorkbookQueue());
    s.edit();
    await s.exclusive(async () => undefined);
    await jest.advanceTimersByTimeAsync(800);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('drops what is pending when turned off, and ignores edits once disposed', async () => {
    const { check, finish } = controlledCheck();
    const s = new AutoCheckScheduler(check, 800, undefined, new WorkbookQueue());
    s.edit();
    s.cancel();
    await jest.advanceTimersByTimeAsync(5000);
    expect(check).not.toHaveBeenCalled();

    void s.checkNow();
    s.edit();
    s.dispose();
    await finish();
    s.edit();
    await jest.advanceTimersByTimeAsync(5000);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('keeps working after a check that fails', async () => {
    const check = jest.fn().mockRejectedValueOnce(new Error('boom')).mockResolvedValue(undefined);
    const s = new AutoCheckScheduler(check, 100, undefined, new WorkbookQueue());
    await expect(s.checkNow()).rejects.toThrow('boom');
    s.edit();
    await jest.advanceTimersByTimeAsync(100);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('uses the timers it is given', () => {
    const timers = { setTimeout: jest.fn(() => 7), clearTimeout: jest.fn() };
    const s = new AutoCheckScheduler(jest.fn(async () => undefined), 250, timers, new WorkbookQueue());
    s.edit();
    s.edit();
    expect(timers.setTimeout).toHaveBeenCalledTimes(2);
    expect(timers.setTimeout).toHaveBeenLastCalledWith(expect.any(Function), 250);
    expect(timers.clearTimeout).toHaveBeenCalledWith(7);
  });
});
