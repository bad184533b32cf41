import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

/**
 * The browser side of the test harness: Debian's Chromium (never a downloaded one), a fresh profile per page, and
 * every uncaught page error collected, so an exception or a second React ("Invalid hook call") fails the test.
 */
export const frontendUrl = inject('frontendUrl');
export const DEMO_PASSWORD = 'demo123';
const PHONE = { width: 360, height: 780 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/**
 * Letters unique to this run (the clock's digits as a–j), for names a test looks for: a rerun against a kept test
 * stack (TEST_STACK=reuse) must not find the people of the run before.
 */
export const RUN_TAG = [...String(Date.now())].map((digit) => String.fromCharCode(97 + Number(digit))).join('');

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface OpenOptions {
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /** Reading in English from the first paint (the language choice a returning reader has stored). */
  english?: boolean;
  /** Runs before the first navigation, e.g. to route or watch requests. */
  prepare?: (page: Page) => Promise<void>;
  /** Signs in on the page's own form right after it loads. */
  signInAs?: string;
  timeoutMs?: number;
}

export interface BrowserSession {
  /** A fresh browser profile (empty storage: signed out, Vietnamese unless `english`) at `path`; phone width by default. */
  open(path: string, options?: OpenOptions): Promise<Page>;
  /** Errors the pages threw so far; checked empty after each test, or by the test itself when pages live on. */
  readonly pageErrors: string[];
}

/**
 * Registers the file's browser hooks. `pages: 'test'` (default) closes every page after each test and checks its
 * errors then; `pages: 'file'` keeps them open across the tests of a journey, which check `pageErrors` themselves.
 */
export function browserSession({ pages = 'test' }: { pages?: 'test' | 'file' } = {}): BrowserSession {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const closePages = () => Promise.all(contexts.splice(0).map((context) => context.close().catch(() => undefined)));

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  if (pages === 'test') {
    afterEach(async () => {
      await closePages();
      expect(pageErrors.splice(0)).toEqual([]);
    });
  }
  afterAll(async () => {
    await closePages();
    await browser?.close();
  });

  return {
    pageErrors,
    async open(path, { viewport = PHONE, acceptDownloads, english, prepare, signInAs, timeoutMs = 20_000 } = {}) {
      if (!browser) throw new Error('browserSession(): open() is for tests, after the browser started');
      const context = await browser.newContext({ viewport, acceptDownloads });
      contexts.push(context);
      if (english) await context.addInitScript(() => window.localStorage.setItem('motcua.lang', 'en'));
      const page = await context.newPage();
      page.setDefaultTimeout(timeoutMs);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await prepare?.(page);
      await page.goto(`${frontendUrl}${path}`);
      if (signInAs) await signIn(page, signInAs);
      return page;
    },
  };
}

/** Fills a sign-in form (the page's, or one inside a dialog) with a demo account and submits it. */
export async function fillLogin(scope: Locator, username: string, password = DEMO_PASSWORD): Promise<void> {
  await scope.getByLabel('Tên đăng nhập').fill(username);
  await scope.getByLabel('Mật khẩu').fill(password);
  await scope.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Signs in on the sign-in form a protected page shows in its main area. */
export function signIn(page: Page, username: string): Promise<void> {
  return fillLogin(page.locator('main'), username);
}
