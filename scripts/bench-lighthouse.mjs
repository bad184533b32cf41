// Lighthouse (mobile preset: a mid-range phone on a throttled 4G link, simulated) over the citizens portal,
// in Debian's Chromium. Part of `npm run bench`; the budget is a performance score of at least 90.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const LIGHTHOUSE_BUDGET = 90;

export async function benchLighthouse(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
    const { categories, audits, runtimeError } = result.lhr;
    // A page Lighthouse could not audit (no paint, a load timeout) scores nothing: say why instead of zeros.
    if (runtimeError) {
      console.log(`Lighthouse, mobile preset, ${url}\n  not measured: ${runtimeError.code} — ${runtimeError.message}\n`);
      return;
    }
    const score = (name) => Math.round((categories[name]?.score ?? 0) * 100);
    console.log(`Lighthouse, mobile preset, ${url}`);
    console.log(`  performance ${score('performance')} (budget ≥ ${LIGHTHOUSE_BUDGET}), accessibility ${score('accessibility')}, best practices ${score('best-practices')}`);
    for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
      console.log(`  ${audits[id].title.padEnd(26)} ${audits[id].displayValue}`);
    }
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    if (failing.length) console.log(`  audits not passed: ${failing.join(', ')}`);
    console.log('');
  } finally {
    await chrome.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLighthouse(process.argv[2] ?? 'http://localhost:8080/');
