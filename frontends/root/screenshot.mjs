// Screenshots of pages at a phone's and a desktop's size, for a person to look at (not a test).
//
//   node frontends/root/screenshot.mjs --out shots [--login intake:demo123] [--lang en] URL...
// Writes <out>/<page>-360x780.png and <out>/<page>-1280x800.png for each URL (full page). With --login, signs in
// through the gateway the page is configured with (window.MOTCUA_CONFIG) before taking them.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const VIEWPORTS = [
  { width: 360, height: 780 },
  { width: 1280, height: 800 },
];

const { values: options, positionals: urls } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'screenshots' },
    login: { type: 'string' },
    lang: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
if (urls.length === 0) {
  console.error('usage: screenshot.mjs --out DIR [--login USER:PASSWORD] [--lang vi|en] URL...');
  process.exit(2);
}

function pageName(url) {
  const path = new URL(url).pathname.replace(/^\/+|\/+$/g, '');
  return path ? path.replace(/[^a-z0-9]+/gi, '-') : 'home';
}

/** Puts the session token and language in localStorage, as the login form and the language switch would. */
async function prepareStorage(page, origin) {
  await page.goto(origin);
  if (options.lang) await page.evaluate((lang) => localStorage.setItem('motcua.lang', lang), options.lang);
  if (!options.login) return;
  const [username, password] = options.login.split(':');
  const token = await page.evaluate(
    async ({ username, password }) => {
      const response = await fetch(`${window.MOTCUA_CONFIG.gatewayUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (!response.ok) throw new Error(`login failed: HTTP ${response.status}`);
      return (await response.json()).token;
    },
    { username, password },
  );
  await page.evaluate((value) => localStorage.setItem('motcua.token', value), token);
}

await mkdir(options.out, { recursive: true });
const browser = await chromium.launch({
  executablePath: options.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await prepareStorage(page, new URL(urls[0]).origin);
    for (const url of urls) {
      await page.goto(url, { waitUntil: 'networkidle' });
      const file = join(options.out, `${pageName(url)}-${viewport.width}x${viewport.height}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
