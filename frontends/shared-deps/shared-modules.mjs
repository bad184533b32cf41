/**
 * The libraries every micro-frontend takes from the import map instead of bundling its own copy.
 * One list, read by the shared-deps build (what to emit), the apps' builds (what to leave external) and the
 * root config's build (which import map to write), so that the three can never disagree.
 *
 * `format: 'cjs'` marks packages that ship CommonJS only (React 19): their entry must re-export every name
 * explicitly, because `export * from` a CommonJS module yields a module with only a default export.
 */
export const sharedModules = [
  { specifier: 'react', file: 'react.js', source: 'react', format: 'cjs' },
  { specifier: 'react-dom', file: 'react-dom.js', source: 'react-dom', format: 'cjs' },
  { specifier: 'react-dom/client', file: 'react-dom-client.js', source: 'react-dom/client', format: 'cjs' },
  { specifier: 'react/jsx-runtime', file: 'react-jsx-runtime.js', source: 'react/jsx-runtime', format: 'cjs' },
  { specifier: 'urql', file: 'urql.js', source: 'urql', format: 'esm' },
  { specifier: 'single-spa', file: 'single-spa.js', source: 'single-spa/lib/es2015/esm/single-spa.min.js', format: 'esm' },
];

/** Bare specifiers to mark external in an app build. */
export const sharedSpecifiers = sharedModules.map((m) => m.specifier);

/** The import map entries for the shared modules, served under `baseUrl`. */
export function sharedImports(baseUrl) {
  return Object.fromEntries(sharedModules.map((m) => [m.specifier, `${baseUrl}${m.file}`]));
}
