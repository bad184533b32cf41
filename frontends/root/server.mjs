// The frontend server: the root config, the apps and the shared libraries as built files, plus the runtime
// configuration. Node's standard library only, so it runs wherever Node does, with nothing to install.
//
//   PORT=8080 GATEWAY_URL=http://localhost:4000 node frontends/root/server.mjs
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzip as gzipCallback, constants as zlibConstants } from 'node:zlib';

const gzip = promisify(gzipCallback);

const HERE = dirname(fileURLToPath(import.meta.url));
const FRONTENDS = resolve(HERE, '..');
const ROOT_DIST = join(HERE, 'dist');
const SHARED_DIST = join(FRONTENDS, 'shared-deps', 'dist');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
/** How the server compresses; measure-initial-js.mjs counts bytes the same way. */
export const GZIP_OPTIONS = { level: zlibConstants.Z_BEST_COMPRESSION };
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);

// Vite puts content-hashed files under assets/: their URL changes with their content, so they never go stale.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Stable names (index.html, the import-mapped entries) must be revalidated, or a deploy would not reach users.
const REVALIDATE = 'no-cache';

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

/**
 * Reads the import map out of the built index.html: it names the apps to serve, and its hash goes into the CSP.
 * Exported for measure-initial-js.mjs, which follows the same map.
 */
export function readBuiltIndex() {
  let html;
  try {
    html = readFileSync(join(ROOT_DIST, 'index.html'), 'utf8');
  } catch {
    throw new Error(`No ${join(ROOT_DIST, 'index.html')}: build the frontends first (npm run build).`);
  }
  const match = html.match(/<script type="importmap">([\s\S]*?)<\/script>/);
  if (!match) throw new Error('index.html has no import map');
  const imports = JSON.parse(match[1]).imports;
  const apps = Object.values(imports)
    .map((url) => url.match(/^\/apps\/([a-z0-9-]+)\//)?.[1])
    .filter(Boolean);
  const importMapHash = createHash('sha256').update(match[1]).digest('base64');
  return { html, imports, apps, importMapHash };
}

function contentSecurityPolicy(importMapHash, gatewayOrigin, issuerOrigin) {
  return [
    "default-src 'self'",
    // The inline import map is allowed by its hash; nothing else inline runs.
    `script-src 'self' 'sha256-${importMapHash}'`,
    "style-src 'self'",
    // blob:: a stored scan (JPEG, PNG) fetched with the token and opened from an object URL.
    "img-src 'self' data: blob:",
    // The identity provider: its discovery document and token endpoint (the code flow finishes in the page).
    `connect-src 'self' ${gatewayOrigin}${issuerOrigin ? ` ${issuerOrigin}` : ''}`,
    // Files and printable PDFs are fetched with the token and opened in a new tab from a blob: URL; that tab inherits
    // this policy, and Chromium's PDF viewer embeds the blob (object-src) inside a frame of its own extension
    // (frame-src). Nothing else may be embedded or framed.
    'object-src blob:',
    'frame-src chrome-extension:',
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Where a URL path lives on disk: { base, relative } or null when no mount serves it. */
function locate(pathname, apps) {
  if (pathname.startsWith('/shared/')) return { base: SHARED_DIST, relative: pathname.slice('/shared/'.length) };
  const app = pathname.match(/^\/apps\/([a-z0-9-]+)\/(.*)$/);
  if (app) return apps.includes(app[1]) ? { base: join(FRONTENDS, app[1], 'dist'), relative: app[2] } : null;
  return { base: ROOT_DIST, relative: pathname.slice(1) };
}

/**
 * Paths that belong to the built files; a miss there is a 404, never the HTML page (which would fail as a script).
 * Only known file extensions count: app routes carry codes with dots (/thu-tuc/1.001193, /tra-cuu/000.21.25.H39-…),
 * and those must get the page.
 */
function isAssetPath(pathname) {
  return /^\/(shared|apps|assets)\//.test(pathname) || Object.hasOwn(CONTENT_TYPES, extname(pathname).toLowerCase());
}

function safeJoin(base, relative) {
  if (relative.split('/').some((segment) => segment.startsWith('.'))) return null;
  const file = resolve(base, relative);
  return file.startsWith(base + sep) ? file : null;
}

/** The built file a URL path names, or null; also used by measure-initial-js.mjs. */
export function builtFilePath(pathname, apps) {
  const location = locate(pathname, apps);
  return location && !pathname.includes('\0') ? safeJoin(location.base, location.relative) : null;
}

/** The app that owns the site's root; every other app lives under /<its name> (the root config's applications.ts). */
const ROOT_APP = 'citizens';

/** The app single-spa will mount for a route, from the apps the import map names. */
function appOfRoute(pathname, apps) {
  const prefixed = apps.find((app) => app !== ROOT_APP && (pathname === `/${app}` || pathname.startsWith(`/${app}/`)));
  return prefixed ?? ROOT_APP;
}

/**
 * The page for each app's routes: the built index.html, plus a preconnect to the gateway (the first query needs
 * it) and a modulepreload of the app's entry, so a phone fetches it while React loads instead of after.
 */
function pagesByApp(index, gatewayOrigin) {
  const pages = new Map();
  for (const app of index.apps) {
    const entry = index.imports[`@motcua/${app}`];
    const hints = `<link rel="preconnect" href="${gatewayOrigin}" crossorigin>\n    <link rel="modulepreload" href="${entry}">\n  </head>`;
    const body = Buffer.from(index.html.replace('</head>', hints));
    pages.set(app, { body, etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` });
  }
  return pages;
}

/** Content-hashed files: Vite's assets/ folder of each build. */
function isHashedPath(pathname) {
  return /^\/(?:shared\/|apps\/[a-z0-9-]+\/)?assets\//.test(pathname);
}

function acceptsGzip(request) {
  return /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
}

export async function startFrontendServer({ port = 8080, gatewayUrl = 'http://localhost:4000', host, oidcIssuer, oidcClientId = 'motcua-portal', devLogin = false } = {}) {
  const index = readBuiltIndex();
  const gateway = gatewayUrl.replace(/\/+$/, '');
  const csp = contentSecurityPolicy(index.importMapHash, new URL(gateway).origin, oidcIssuer ? new URL(oidcIssuer).origin : null);
  const configScript = `window.MOTCUA_CONFIG = ${JSON.stringify({ gatewayUrl: gateway, oidcClientId, devLogin })};\n`;
  const pages = pagesByApp(index, new URL(gateway).origin);
  // Compressed once per file version; the built files are few and small.
  const gzipCache = new Map();

  async function compressed(file, version, body) {
    const cached = gzipCache.get(file);
    if (cached?.version === version) return cached.body;
    const result = await gzip(body, GZIP_OPTIONS);
    gzipCache.set(file, { version, body: result });
    return result;
  }

  function send(request, response, status, headers, body) {
    response.writeHead(status, { ...SECURITY_HEADERS, 'content-length': Buffer.byteLength(body), ...headers });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  async function sendFile(request, response, file, cacheControl) {
    let info;
    try {
      info = await stat(file);
    } catch {
      return false;
    }
    if (!info.isFile()) return false;
    const extension = extname(file);
    const version = `${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}`;
    const etag = `W/"${version}"`;
    const headers = {
      'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      'cache-control': cacheControl,
      etag,
      ...(extension === '.html' ? { 'content-security-policy': csp } : {}),
      ...(COMPRESSIBLE.has(extension) ? { vary: 'Accept-Encoding' } : {}),
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ...SECURITY_HEADERS, ...headers });
      response.end();
      return true;
    }
    let body = await readFile(file);
    if (COMPRESSIBLE.has(extension) && acceptsGzip(request)) {
      body = await compressed(file, version, body);
      headers['content-encoding'] = 'gzip';
    }
    send(request, response, 200, headers, body);
    return true;
  }

  async function sendPage(request, response, page) {
    const headers = { 'content-type': CONTENT_TYPES['.html'], 'cache-control': REVALIDATE, etag: page.etag, 'content-security-policy': csp, vary: 'Accept-Encoding' };
    if (request.headers['if-none-match'] === page.etag) {
      response.writeHead(304, { ...SECURITY_HEADERS, ...headers });
      return response.end();
    }
    if (!acceptsGzip(request)) return send(request, response, 200, headers, page.body);
    send(request, response, 200, { ...headers, 'content-encoding': 'gzip' }, await compressed(`page:${page.etag}`, page.etag, page.body));
  }

  async function handle(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(request, response, 405, { allow: 'GET, HEAD', 'content-type': CONTENT_TYPES['.txt'] }, 'Method Not Allowed\n');
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://frontend').pathname);
    } catch {
      return send(request, response, 400, { 'content-type': CONTENT_TYPES['.txt'] }, 'Bad Request\n');
    }
    if (pathname === '/healthz') {
      return send(request, response, 200, { 'content-type': CONTENT_TYPES['.txt'], 'cache-control': 'no-store' }, 'ok\n');
    }
    if (pathname === '/config.js') {
      return send(request, response, 200, { 'content-type': CONTENT_TYPES['.js'], 'cache-control': 'no-store' }, configScript);
    }
    const file = builtFilePath(pathname, index.apps);
    if (file && (await sendFile(request, response, file, isHashedPath(pathname) ? IMMUTABLE : REVALIDATE))) return;
    if (isAssetPath(pathname)) {
      return send(request, response, 404, { 'content-type': CONTENT_TYPES['.txt'] }, 'Not Found\n');
    }
    // An app route (/staff, /officials/…, /thu-tuc/…): the page itself, which lets single-spa pick the app.
    await sendPage(request, response, pages.get(appOfRoute(pathname, index.apps)));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error('frontend server error', error);
      if (!response.headersSent) send(request, response, 500, { 'content-type': CONTENT_TYPES['.txt'] }, 'Internal Server Error\n');
      else response.destroy();
    });
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const address = server.address();
  const url = `http://${host && host !== '0.0.0.0' && host !== '::' ? host : 'localhost'}:${address.port}`;
  return {
    url,
    close() {
      return new Promise((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        // Browsers keep connections open; do not wait for them to time out.
        server.closeAllConnections();
      });
    },
  };
}

function isMainModule() {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMainModule()) {
  const port = Number(process.env.PORT ?? 8080);
  const gatewayUrl = process.env.GATEWAY_URL ?? 'http://localhost:4000';
  // Loopback in development, so that a demo is not reachable from the network; every interface in a container.
  const host = process.env.HOST ?? (process.env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
  const server = await startFrontendServer({
    port,
    gatewayUrl,
    host,
    oidcIssuer: process.env.OIDC_ISSUER,
    oidcClientId: process.env.OIDC_CLIENT_ID,
    // The demo accounts' password form: development and tests only, where the gateway offers POST /auth/login.
    devLogin: process.env.NODE_ENV !== 'production' && !!process.env.DEV_LOGIN_CLIENT_ID,
  });
  console.log(`Một Cửa frontend on ${server.url} (gateway ${gatewayUrl})`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
