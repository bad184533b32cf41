import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { freePort } from '@motcua/stack';

/**
 * docker-compose.yml as production runs it (issue 12: three subgraphs looped at start for a secret compose never
 * set). Each process of the file is started from its command with exactly the environment compose gives it, for a
 * deployment's .env of fresh values, and must become healthy. What a container network provides is translated
 * to this machine, and only that: service host names and ports become free local ports, the database URL names a
 * fresh database on the test PostgreSQL, and mounted volumes become temporary folders.
 */
const ROOT = resolve(__dirname, '..');
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { command?: string[]; environment?: Record<string, string | number>; volumes?: string[]; profiles?: string[]; image?: string }>;
};
/** The processes built from this repository (not PostgreSQL or MinIO), in the order compose's depends_on starts them. */
const PROCESSES = ['procedures', 'dossiers', 'payments', 'outreach', 'gateway', 'frontend'];
const COMPOSE_PORTS: Record<string, number> = { procedures: 4001, dossiers: 4002, payments: 4003, outreach: 4004, gateway: 4000, frontend: 8080 };

/** `${NAME}`, `${NAME:-default}` and `${NAME:?message}` as compose reads them against a .env. */
function interpolate(value: string, dotEnv: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind: string | undefined, rest: string) => {
    const set = dotEnv[name];
    if (set !== undefined && set !== '') return set;
    if (kind === '-') return rest;
    if (kind === '?') throw new Error(`compose refuses to start: ${rest}`);
    return '';
  });
}

const workDir = mkdtempSync(join(tmpdir(), 'motcua-compose-'));
const children: ChildProcess[] = [];
const output: string[] = [];
let adminUrl: URL;
let database: string;

beforeAll(async () => {
  adminUrl = new URL(inject('databaseUrl'));
  database = `compose_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
});

afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
    ),
  );
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.end();
  rmSync(workDir, { recursive: true, force: true });
});

async function healthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode} before it was healthy:\n${output.slice(-30).join('\n')}`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`not healthy after ${timeoutMs} ms:\n${output.slice(-30).join('\n')}`);
}

describe('the production compose file', () => {
  it('starts every process with the environment compose gives it, each reaching healthy', { timeout: 240_000 }, async () => {
    const ports = Object.fromEntries(await Promise.all(PROCESSES.map(async (name) => [name, await freePort()] as const)));
    const issuer = ((await (await fetch(`${inject('gatewayUrl')}/auth/issuer`)).json()) as { issuer: string }).issuer;
    const certs = join(workDir, 'certs');
    mkdirSync(certs);
    // The deployment's .env: every variable compose asks for, with values a real deployment could have.
    const dotEnv: Record<string, string> = {
      POSTGRES_PASSWORD: randomBytes(12).toString('hex'),
      OIDC_ISSUER: issuer,
      EVENTS_SECRET: randomBytes(32).toString('hex'),
      RESULT_SIGNING_P12_PASSPHRASE: randomBytes(8).toString('hex'),
      SIGNING_CERTS_DIR: certs,
      VNPAY_TMN_CODE: 'MOTCUA01',
      VNPAY_HASH_SECRET: randomBytes(16).toString('hex').toUpperCase(),
      VNPAY_API_URL: 'https://sandbox.vnpayment.vn/merchant_webapi/api/transaction',
      VNPAY_RETURN_URL: 'https://dichvucong.tayninh.gov.vn/thanh-toan/ket-qua',
      PUBLIC_PORTAL_URL: `http://127.0.0.1:${ports.frontend}`,
      PUBLIC_ORIGIN: `http://127.0.0.1:${ports.frontend}`,
      PUBLIC_GATEWAY_URL: `http://127.0.0.1:${ports.gateway}`,
      RECEIPT_TEMPLATE_SYMBOL: '1C26TAA',
      RECEIPT_ISSUER_TAX_CODES: '80:3900000001,27931:3900000002',
    };
    const databaseUrl = new URL(adminUrl.toString());
    databaseUrl.pathname = `/${database}`;
    const local = (value: string) => {
      let v = value.replace(/^postgres:\/\/[^@]+@postgres:5432\/motcua$/, databaseUrl.toString());
      for (const [name, port] of Object.entries(COMPOSE_PORTS)) v = v.replaceAll(`//${name}:${port}`, `//127.0.0.1:${ports[name]}`);
      return v;
    };

    for (const name of PROCESSES) {
      const service = compose.services[name];
      const env: Record<string, string> = {};
      for (const [key, raw] of Object.entries(service.environment ?? {})) env[key] = local(interpolate(String(raw), dotEnv));
      env.PORT = String(ports[name]);
      // Volumes: the container path in the environment is the mounted host folder here.
      for (const volume of service.volumes ?? []) {
        const [host, container] = interpolate(volume, dotEnv).split(':');
        const folder = host.startsWith('/') ? host : join(workDir, host);
        mkdirSync(folder, { recursive: true });
        for (const key of Object.keys(env)) if (env[key] === container) env[key] = folder;
      }
      const [command, ...args] = service.command ?? [];
      expect(command, name).toBe('node');
      const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...env, PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      child.stdout?.on('data', (chunk: Buffer) => output.push(`[${name}] ${chunk.toString().trim()}`));
      child.stderr?.on('data', (chunk: Buffer) => output.push(`[${name}] ${chunk.toString().trim()}`));
      await healthy(`http://127.0.0.1:${ports[name]}/healthz`, child, 90_000);
    }

    const health = (await (await fetch(`http://127.0.0.1:${ports.gateway}/healthz`)).json()) as Record<string, unknown>;
    expect(JSON.stringify(health)).not.toMatch(/unavailable|down/i);
    // Production: no demo accounts, no development sign-in.
    const login = await fetch(`http://127.0.0.1:${ports.gateway}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'demo123' }),
    });
    expect(login.status).toBe(404);
  });

  it('names in the README every variable a deployment must set', () => {
    const asked = new Set<string>();
    for (const name of PROCESSES) {
      for (const raw of [...Object.values(compose.services[name].environment ?? {}), ...(compose.services[name].volumes ?? [])]) {
        for (const match of String(raw).matchAll(/\$\{([A-Z0-9_]+):\?/g)) asked.add(match[1]);
      }
    }
    expect([...asked].sort()).toEqual(
      [
        'EVENTS_SECRET',
        'OIDC_ISSUER',
        'POSTGRES_PASSWORD',
        'RECEIPT_ISSUER_TAX_CODES',
        'RECEIPT_TEMPLATE_SYMBOL',
        'RESULT_SIGNING_P12_PASSPHRASE',
        'SIGNING_CERTS_DIR',
        'VNPAY_API_URL',
        'VNPAY_HASH_SECRET',
        'VNPAY_RETURN_URL',
        'VNPAY_TMN_CODE',
      ].sort(),
    );
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const deploy = readme.slice(readme.indexOf('## Deploy'), readme.indexOf('\n## ', readme.indexOf('## Deploy') + 1));
    expect(
      [...asked].filter((name) => !deploy.includes(name)),
      'required variables the README Deploy section does not list',
    ).toEqual([]);
  });
});
