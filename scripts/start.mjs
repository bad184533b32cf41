// `npm start`: PostgreSQL (DATABASE_URL, or an embedded one whose data lives in .data/), the four subgraphs,
// the gateway and the front ends, with demo data; Ctrl-C stops everything.
import { resolve } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@motcua/platform';
import { REPO_ROOT, startDatabase, startMessagingSandboxes, startStack } from '@motcua/stack';

const dataDir = resolve(REPO_ROOT, '.data');
const say = (line) => process.stdout.write(`${line}\n`);

say(process.env.DATABASE_URL ? 'Using DATABASE_URL.' : `Starting embedded PostgreSQL (data in ${dataDir}/pg) …`);
const database = await startDatabase({ dataDir: `${dataDir}/pg`, persistent: true });
// Messages go to local sandboxes of Zalo ZNS, an SMS gateway and SMTP unless a real provider is configured.
const messaging = await startMessagingSandboxes();
const realProvider = { ZALO_: process.env.ZALO_APP_ID, SMS_: process.env.SMS_API_URL, SMTP_: process.env.SMTP_URL, MAIL_: process.env.SMTP_URL };
const sandboxEnv = Object.fromEntries(Object.entries(messaging.env).filter(([key]) => !Object.entries(realProvider).some(([prefix, set]) => set && key.startsWith(prefix))));
let stack;
let stopping = false;

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  say('\nStopping …');
  await stack?.stop();
  await database.stop();
  await messaging.stop();
  say('Stopped.');
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

try {
  say('Starting services (migrations and demo data run at start) …');
  stack = await startStack({
    databaseUrl: database.url,
    seedDemo: process.env.NODE_ENV !== 'production',
    preferredPorts: { gateway: 4000, frontend: 8080, subgraphs: { procedures: 4001, dossiers: 4002, payments: 4003, outreach: 4004 } },
    env: { DEV_ISSUER_KEY_FILE: `${dataDir}/dev-issuer-key.json`, FILE_STORAGE_DIR: process.env.FILE_STORAGE_DIR ?? `${dataDir}/files`, ...sandboxEnv },
    output: (name, line) => say(`[${name}] ${readable(line)}`),
  });
  messaging.connect(stack.subgraphUrls.dossiers);
} catch (err) {
  say(`Could not start: ${err.message}`);
  await stop(1);
}

say(`
Một Cửa is running.
  Citizens portal   ${stack.frontendUrl}/
  Staff workspace   ${stack.frontendUrl}/staff
  Officials         ${stack.frontendUrl}/officials
  GraphQL gateway   ${stack.gatewayUrl}/graphql
  Sign-in (VNeID)   ${stack.identityUrl}/.well-known/openid-configuration  (local stand-in)
  National portal   ${stack.nationalPortalUrl}/_sandbox/state  (sandbox: what it received)
  Subgraphs         ${Object.entries(stack.subgraphUrls)
    .map(([n, u]) => `${n} ${u}/graphql`)
    .join(', ')}
  Message sandboxes Zalo ZNS ${messaging.urls.zns}, SMS ${messaging.urls.sms}, SMTP ${messaging.env.SMTP_URL} (what they got: <url>/_sandbox/state)

Demo accounts (password ${DEMO_PASSWORD}):
${DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(10)} ${a.roles.join(', ').padEnd(18)} ${a.fullName}${a.unitCode ? ` (unit ${a.unitCode})` : ''}`).join('\n')}

Press Ctrl-C to stop.`);

/** pino JSON lines → "level message" for people; anything else as it is. */
function readable(line) {
  try {
    const entry = JSON.parse(line);
    const level = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' }[entry.level] ?? entry.level;
    return `${level} ${entry.msg ?? ''}${entry.err ? ` — ${entry.err.message}` : ''}`;
  } catch {
    return line;
  }
}
