/**
 * The hooks every end-to-end file needs, registered once: one browser and one server per file,
 * the engine's own report on the sample (what the pane must show), and a fresh page per test that
 * fails the test if it asked for anything outside localhost or raised an error. The page is the
 * harness's unless a `target` names another (production-pane.e2e.ts: the add-in build's). The
 * harness runs on the host `HARNESS_HOST` names (`wps`: the e2e config's wps project), else Office's.
 */
import type { Page } from 'playwright-core';
import type { Report } from '../../src/core/report';
import { expectedReport } from './expected-report';
import { openHarness, startHarness, type HarnessPage, type HarnessSession, type PageTarget } from './harness-browser';

export interface SuiteOptions {
  /** Open a page before each test with these URL parameters; false: each test calls `open`. */
  openEach?: Record<string, string> | false;
  /** Runs on each page opened before each test, once its pane is ready. */
  prepare?(page: Page): Promise<void>;
  /** Another page to serve and open than the harness. */
  target?: PageTarget;
}

export interface HarnessSuite {
  expected(): Report;
  /** The page of the running test. */
  page(): Page;
  /** The URLs the running test's page was answered from the target's fulfilments. */
  fulfilled(): string[];
  /** Opens the test's page (when `openEach` is false), with URL parameters and a window width. */
  open(params?: Record<string, string>, width?: number): Promise<Page>;
}

export function harnessSuite(options: SuiteOptions = {}): HarnessSuite {
  let session: HarnessSession | undefined;
  let expected: Report | undefined;
  let current: HarnessPage | undefined;

  const open = async (params: Record<string, string> = {}, width?: number): Promise<Page> => {
    if (!session) throw new Error('the harness session has not started');
    const host: Record<string, string> = options.target === undefined && process.env.HARNESS_HOST === 'wps' ? { host: 'wps' } : {};
    current = await openHarness(session, { ...host, ...params }, width);
    await current.page.getByTestId('check').waitFor();
    return current.page;
  };

  beforeAll(async () => {
    [session, expected] = await Promise.all([startHarness(options.target), expectedReport()]);
  });
  afterAll(async () => {
    await session?.close();
  });
  const { openEach = {} } = options;
  if (openEach !== false) {
    beforeEach(async () => {
      const page = await open(openEach);
      await options.prepare?.(page);
    });
  }
  afterEach(async () => {
    if (!current) return;
    const { context, offsite, errors } = current;
    current = undefined;
    await context.close();
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  return {
    expected: () => {
      if (!expected) throw new Error('the expected report is not computed yet');
      return expected;
    },
    page: () => {
      if (!current) throw new Error('no page is open');
      return current.page;
    },
    fulfilled: () => {
      if (!current) throw new Error('no page is open');
      return current.fulfilled;
    },
    open,
  };
}
