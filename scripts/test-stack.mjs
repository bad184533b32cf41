// `npm run test:stack`: starts the stack the integration tests use and keeps it running, so that
// `TEST_STACK=reuse npx vitest run --project integration <file>` runs one file without starting it again.
// Ctrl-C stops it. Each run adds its data to the same database: restart it for a clean one.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { RUNNING_TEST_STACK_FILE, startTestStack } from '@motcua/stack';

const say = (line) => process.stdout.write(`${line}\n`);
say('Starting the test stack …');
const started = Date.now();
const stack = await startTestStack();
mkdirSync(dirname(RUNNING_TEST_STACK_FILE), { recursive: true });
writeFileSync(RUNNING_TEST_STACK_FILE, JSON.stringify(stack.context, null, 2));
say(`Test stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s (gateway ${stack.context.gatewayUrl}).`);
say('Run one file against it:  TEST_STACK=reuse npx vitest run --project integration <file>');
say('Ctrl-C stops it.');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  rmSync(RUNNING_TEST_STACK_FILE, { force: true });
  await stack.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
