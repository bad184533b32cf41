import { execFileSync } from 'node:child_process';
import { defineConfig, type Plugin } from 'vite';
import { sharedModules, type SharedModule } from './shared-modules.mjs';

// Absolute, because library mode resolves entries against the project root; the \0 marks the resolved id as
// virtual so that no other plugin tries to read it from disk.
const ENTRY_PREFIX = '/@motcua-shared/';
const VIRTUAL_PREFIX = `\0${ENTRY_PREFIX}`;

/**
 * The names a CommonJS module exports in production. Read in a child process with NODE_ENV=production so the
 * list matches the code that is bundled, whatever this process already required.
 */
function exportedNames(source: string): string[] {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(source)}))))`;
  const output = execFileSync(process.execPath, ['-e', script], {
    cwd: import.meta.dirname,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  const names: string[] = JSON.parse(output);
  return names.filter((name) => name !== 'default' && name !== '__esModule' && /^[A-Za-z_$][\w$]*$/.test(name));
}

function entrySource(module: SharedModule): string {
  if (module.format === 'esm') return `export * from ${JSON.stringify(module.source)};\n`;
  const names = exportedNames(module.source);
  return [`import cjs from ${JSON.stringify(module.source)};`, 'export default cjs;', `export const { ${names.join(', ')} } = cjs;`, ''].join('\n');
}

/** Generated entry modules, one per shared library, so no hand-written export list can go stale. */
function sharedEntries(): Plugin {
  return {
    name: 'motcua-shared-entries',
    resolveId(id) {
      return id.startsWith(ENTRY_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL_PREFIX)) return null;
      const module = sharedModules.find((m) => m.file === id.slice(VIRTUAL_PREFIX.length));
      return module ? entrySource(module) : null;
    },
  };
}

export default defineConfig({
  plugins: [sharedEntries()],
  // Library mode leaves process.env alone; React's CommonJS index picks its build from it.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: Object.fromEntries(sharedModules.map((m) => [m.file.replace(/\.js$/, ''), `${ENTRY_PREFIX}${m.file}`])),
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      output: {
        // Browsers load these files as they are, so minify fully: Vite keeps whitespace and annotations in an
        // ES library build for the sake of bundlers downstream, which there are none of here.
        minify: true,
        comments: false,
        // Hashed chunks go to assets/, which the server caches for a year; entries keep stable names for the import map.
        chunkFileNames: 'assets/[name]-[hash].js',
      },
    },
  },
});
