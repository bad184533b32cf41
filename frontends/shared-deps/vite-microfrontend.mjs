import react from '@vitejs/plugin-react';
import { sharedSpecifiers } from './shared-modules.mjs';

/**
 * The Vite config of a micro-frontend: an ES library whose shared libraries are left to the import map, so the
 * page holds one React. Every app builds the same way; only its name and entry differ.
 */
export function microfrontendConfig({ name, entry }) {
  return {
    plugins: [react()],
    // Library mode leaves process.env alone; React code paths and our own checks read NODE_ENV.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    css: {
      modules: {
        // Readable in the inspector, unique per file: `citizens_result_x7f3a`.
        generateScopedName: `${name}_[local]_[hash:base64:5]`,
      },
    },
    build: {
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry,
        formats: ['es'],
        fileName: () => `${name}.js`,
        // Stable name: the app adds and removes this stylesheet itself on mount and unmount.
        cssFileName: name,
      },
      rolldownOptions: {
        external: sharedSpecifiers,
        // An import of a shared module that the app does not use must not make the browser fetch it.
        treeshake: { moduleSideEffects: (_id, external) => !external },
        output: {
          // Browsers load these files as they are: minify fully (an ES library build otherwise keeps whitespace).
          minify: true,
          comments: false,
          chunkFileNames: 'assets/[name]-[hash].js',
        },
      },
    },
  };
}
