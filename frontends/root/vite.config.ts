import { sharedImports, sharedSpecifiers } from '@motcua/shared-deps/shared-modules';
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import { appImports } from './src/applications.ts';

/** What the first screen needs before any app: fetched in parallel with the root instead of one after another. */
const PRELOADED = ['react', 'react-dom/client', 'react/jsx-runtime', 'single-spa'];

/**
 * Writes the native import map into index.html from the same lists the shared-deps and app builds use, so that
 * the map cannot drift from what was built.
 */
function importMap(): Plugin {
  const imports = { ...sharedImports('/shared/'), ...appImports() };
  return {
    name: 'motcua-import-map',
    transformIndexHtml: {
      order: 'pre',
      handler: (): HtmlTagDescriptor[] => [
        { tag: 'script', attrs: { type: 'importmap' }, children: JSON.stringify({ imports }, null, 2), injectTo: 'head-prepend' },
        ...PRELOADED.map(
          (specifier): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', href: imports[specifier] },
            injectTo: 'head',
          }),
        ),
      ],
    },
  };
}

export default defineConfig({
  plugins: [react(), importMap()],
  css: { modules: { generateScopedName: 'root_[local]_[hash:base64:5]' } },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser that runs native import maps also preloads modules itself.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      external: [...sharedSpecifiers],
      treeshake: { moduleSideEffects: (_id, external) => !external },
    },
  },
});
