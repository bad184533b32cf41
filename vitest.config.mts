import react from '@vitejs/plugin-react';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC (not esbuild) so that decorator metadata reaches type-graphql and MikroORM.
const plugins = [swc.vite({ jsc: { target: 'es2022', transform: { legacyDecorator: true, decoratorMetadata: true } } })];
const ignored = ['**/node_modules/**', '**/dist/**'];

export default defineConfig({
  test: {
    projects: [
      {
        plugins,
        test: {
          name: 'unit',
          include: ['{shared,services,gateway}/**/src/**/*.spec.ts', 'frontends/*/src/**/*.spec.ts'],
          exclude: ignored,
          // Rendering PDFs is CPU-bound: generous on a 2-core machine that also runs the integration stack.
          testTimeout: 30_000,
        },
      },
      {
        // Components render in happy-dom: the UI kit and each app's pieces, through what a user sees and does.
        plugins: [react()],
        test: {
          name: 'component',
          include: ['{shared,frontends}/*/src/**/*.spec.tsx'],
          exclude: ignored,
          environment: 'happy-dom',
          setupFiles: ['test/component-setup.ts'],
        },
      },
      {
        plugins,
        test: {
          name: 'integration',
          include: ['{services,gateway}/*/test/**/*.test.ts', 'gateway/test/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ignored,
          globalSetup: ['shared/stack/dist/vitest-global-setup.js'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
