// Where a process spent its CPU: `node scripts/cpu-profile-summary.mjs <file.cpuprofile> [top]` prints self time
// by package (node_modules/<name>, node: internals, our own code) and by function. Profiles come from
// `BENCH_CPU_PROF=<dir> npm run bench` (node --cpu-prof in every process of the stack).
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMicros = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);
const packages = new Map();
const functions = new Map();
for (const [id, micros] of selfMicros) {
  const { callFrame } = byId.get(id);
  const pkg = packageOf(callFrame.url, callFrame.functionName);
  packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
  const name = `${callFrame.functionName || '(anonymous)'} ${shorten(callFrame.url)}:${callFrame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + micros);
}
const print = (title, map) => {
  console.log(`${title} (of ${(total / 1e6).toFixed(1)} s sampled)`);
  for (const [name, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${name}`);
};
print('Self time by package', packages);
print('Self time by function', functions);

function packageOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return url;
  return url.includes('/work/')
    ? `ours: ${url
        .replace(/.*\/work\/main\//, '')
        .split('/')
        .slice(0, 2)
        .join('/')}`
    : url;
}

function shorten(url) {
  return url.replace(/.*node_modules\//, '').replace(/.*\/work\/main\//, '');
}
