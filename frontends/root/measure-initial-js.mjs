// The first load of the citizens' portal (or another app: --app staff), as the browser fetches it from the built
// files: index.html, the root config and its stylesheet, the app's entry and stylesheet, and every module they
// import statically, followed through the import map. Prints each file and the gzipped total against the budget.
//
//   node frontends/root/measure-initial-js.mjs [--app citizens] [--budget-kb 200] [--json]
// Exits 1 when the total is over the budget.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { builtFilePath, GZIP_OPTIONS, readBuiltIndex } from './server.mjs';

const { values: options } = parseArgs({
  options: {
    app: { type: 'string', default: 'citizens' },
    'budget-kb': { type: 'string', default: '200' },
    json: { type: 'boolean', default: false },
  },
});
const budgetBytes = Number(options['budget-kb']) * 1024;

const index = readBuiltIndex();
const appEntry = index.imports[`@motcua/${options.app}`];
if (!appEntry) throw new Error(`No @motcua/${options.app} in the import map`);

/** Static imports and re-exports of a module (not dynamic import(), which loads later). Minified Rolldown output. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;

function resolveSpecifier(specifier, fromUrl) {
  if (index.imports[specifier]) return index.imports[specifier];
  return new URL(specifier, `http://frontend${fromUrl}`).pathname;
}

function htmlReferences(html) {
  const urls = [];
  for (const match of html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/g)) urls.push(match[1]);
  for (const match of html.matchAll(/<link rel="(?:stylesheet|modulepreload)"[^>]*\shref="([^"]+)"/g)) urls.push(match[1]);
  return urls;
}

// The app's stylesheet is added by its mount lifecycle, next to its entry (shared/ui microfrontend.tsx).
const appStylesheet = appEntry.replace(/\.js$/, '.css');
const queue = ['/index.html', ...htmlReferences(index.html), appEntry, appStylesheet];
const files = new Map();
while (queue.length > 0) {
  const url = queue.shift();
  if (files.has(url)) continue;
  const path = builtFilePath(url, index.apps);
  if (!path) throw new Error(`${url} is not a built file`);
  const content = readFileSync(path);
  files.set(url, { path, bytes: content.length, gzipBytes: gzipSync(content, GZIP_OPTIONS).length });
  if (url.endsWith('.js')) {
    for (const match of content.toString('utf8').matchAll(STATIC_IMPORT)) queue.push(resolveSpecifier(match[1], url));
  }
}

const rows = [...files.entries()].map(([url, file]) => ({ url, ...file }));
const total = rows.reduce((sum, row) => sum + row.gzipBytes, 0);
const jsTotal = rows.filter((row) => row.url.endsWith('.js')).reduce((sum, row) => sum + row.gzipBytes, 0);
const kb = (bytes) => (bytes / 1024).toFixed(1);

if (options.json) {
  console.log(JSON.stringify({ app: options.app, gzipBytes: total, jsGzipBytes: jsTotal, budgetBytes, files: rows.map(({ path, ...row }) => row) }));
} else {
  for (const row of rows.sort((a, b) => b.gzipBytes - a.gzipBytes)) {
    console.log(`${kb(row.gzipBytes).padStart(7)} KB  ${relative(process.cwd(), row.path)}`);
  }
  console.log(`${options.app} first load: ${kb(total)} KB gzip (JS ${kb(jsTotal)} KB), budget ${kb(budgetBytes)} KB`);
}
if (total > budgetBytes) process.exitCode = 1;
