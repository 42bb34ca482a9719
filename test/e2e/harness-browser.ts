import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/serve-static';

/** Debian's Chromium; playwright's own browser download is not available on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const HARNESS_DIR = path.resolve(__dirname, '../../dist-harness');
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../out/e2e');

/** A response made in the test, for a URL the page must not actually fetch. */
export interface Fulfilment {
  body: string | Buffer;
  contentType: string;
}

/** What a session serves and opens: the harness by default. */
export interface PageTarget {
  /** The folder served on localhost. */
  root: string;
  /** The page opened, a path under `root`. */
  page: string;
  /** Exact URLs (any host) answered with local content, given the server's address. */
  fulfil?(serverUrl: string): Record<string, Fulfilment>;
}

export const HARNESS_TARGET: PageTarget = { root: HARNESS_DIR, page: 'harness.html' };

/** One browser and one server for a test file; every page records what it asked for outside localhost. */
export interface HarnessSession {
  browser: Browser;
  url: string;
  target: PageTarget;
  fulfilments: Record<string, Fulfilment>;
  close(): Promise<void>;
}

export async function startHarness(target: PageTarget = HARNESS_TARGET): Promise<HarnessSession> {
  const server = await startStaticServer(target.root, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    url: server.url,
    target,
    fulfilments: target.fulfil?.(server.url) ?? {},
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface HarnessPage {
  page: Page;
  context: BrowserContext;
  /** Requests to any host but localhost, refused and kept so the test can fail on them. */
  offsite: string[];
  /** Requests answered from the session's fulfilments, never sent. */
  fulfilled: string[];
  /** Uncaught exceptions and console errors in the page. */
  errors: string[];
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** Opens the session's page in a fresh context (own settings and storage) with the query parameters given. */
export async function openHarness(session: HarnessSession, params: Record<string, string> = {}, width = 1400): Promise<HarnessPage> {
  const context = await session.browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const offsite: string[] = [];
  const fulfilled: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const fulfilment = session.fulfilments[url];
    if (fulfilment) {
      fulfilled.push(url);
      return route.fulfill({ status: 200, body: fulfilment.body, contentType: fulfilment.contentType });
    }
    if (isLocal(url)) return route.continue();
    offsite.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const query = new URLSearchParams(params).toString();
  await page.goto(`${session.url}/${session.target.page}${query ? `?${query}` : ''}`);
  return { page, context, offsite, fulfilled, errors };
}

export async function screenshot(page: Page, name: string, selector?: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  if (selector) await page.locator(selector).screenshot({ path: file });
  else await page.screenshot({ path: file });
  return file;
}
