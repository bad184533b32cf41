import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { SUBGRAPH_NAMES, subgraphUrlVariable, type SubgraphName } from '@motcua/platform';
import { startNationalPlatformSandboxes } from './national-platform-sandboxes';
import { freePort, portOrFree } from './ports';

export const REPO_ROOT = resolve(__dirname, '../../..');

export interface StackOptions {
  databaseUrl: string;
  /** Fixed ports for people (npm start); tests take free ones. */
  preferredPorts?: { gateway: number; frontend: number; subgraphs: Record<SubgraphName, number>; identity?: number };
  seedDemo: boolean;
  /** Extra environment for every process (e.g. LOG_LEVEL, sandbox settings). */
  env?: Record<string, string>;
  /** Where each process's output goes; tests keep it for failures, npm start prints it. */
  output: (process: string, line: string) => void;
}

export interface RunningStack {
  gatewayUrl: string;
  frontendUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** The local OIDC provider (VNeID and the officers' directory) every process trusts. */
  identityUrl: string;
  /** The national portal's sandbox (its state at /_sandbox/state) and the token it expects. */
  nationalPortalUrl: string;
  nationalPortalToken: string;
  stop(): Promise<void>;
}

interface Child {
  name: string;
  process: ChildProcess;
}

/** Starts the four subgraphs, the gateway and the front-end server as child processes, healthy or not at all. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const children: Child[] = [];
  let sandboxes: Awaited<ReturnType<typeof startNationalPlatformSandboxes>> | undefined;
  const stop = async () => {
    await stopAll(children);
    await sandboxes?.stop();
  };
  try {
    const port = (preferred?: number) => (preferred ? portOrFree(preferred) : freePort());
    const gatewayPort = await port(options.preferredPorts?.gateway);
    const gatewayUrl = `http://localhost:${gatewayPort}`;
    const subgraphPorts = {} as Record<SubgraphName, number>;
    for (const name of SUBGRAPH_NAMES) subgraphPorts[name] = await port(options.preferredPorts?.subgraphs[name]);
    const frontendPort = await port(options.preferredPorts?.frontend);
    const frontendUrl = `http://localhost:${frontendPort}`;
    const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, `http://127.0.0.1:${subgraphPorts[n]}`])) as Record<SubgraphName, string>;
    // Port 4005 for people, so that the issuer (and a browser's session) outlives a restart.
    sandboxes = await startNationalPlatformSandboxes({
      frontendUrl,
      preferredPort: options.preferredPorts ? (options.preferredPorts.identity ?? 4005) : undefined,
      keyFile: options.env?.DEV_ISSUER_KEY_FILE,
    });
    // Every process knows every address: the gateway routes to the subgraphs, services read each other through it.
    const common = {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      GATEWAY_URL: gatewayUrl,
      SEED_DEMO: String(options.seedDemo),
      // Links in slips, QR codes, notifications and payment returns point at this stack's own portal.
      PUBLIC_PORTAL_URL: process.env.PUBLIC_PORTAL_URL ?? frontendUrl,
      ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [subgraphUrlVariable(n), `${subgraphUrls[n]}/graphql`])),
      ...sandboxes.env,
      ...options.env,
    };
    for (const name of SUBGRAPH_NAMES) {
      children.push(launch(name, `services/${name}/dist/main.js`, { ...common, PORT: String(subgraphPorts[name]) }, options.output));
    }
    await Promise.all(SUBGRAPH_NAMES.map((name) => waitHealthy(name, `${subgraphUrls[name]}/healthz`, children)));

    children.push(launch('gateway', 'gateway/dist/main.js', { ...common, PORT: String(gatewayPort) }, options.output));
    await waitHealthy('gateway', `${gatewayUrl}/healthz`, children);

    children.push(launch('frontend', 'frontends/root/server.mjs', { ...common, PORT: String(frontendPort) }, options.output));
    await waitHealthy('frontend', `${frontendUrl}/healthz`, children);

    return {
      gatewayUrl,
      frontendUrl,
      subgraphUrls,
      identityUrl: sandboxes.urls.identity,
      nationalPortalUrl: sandboxes.urls.nationalPortal,
      nationalPortalToken: sandboxes.env.NATIONAL_PORTAL_TOKEN!,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

function launch(name: string, script: string, env: NodeJS.ProcessEnv, output: StackOptions['output']): Child {
  const child = spawn(process.execPath, [resolve(REPO_ROOT, script)], { env, cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const forward = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .forEach((line) => {
        output(name, line);
      });
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  return { name, process: child };
}

async function waitHealthy(name: string, url: string, children: Child[], timeoutMs = 90_000): Promise<void> {
  const started = Date.now();
  const child = children.find((c) => c.name === name);
  while (Date.now() - started < timeoutMs) {
    if (child && child.process.exitCode !== null) throw new Error(`${name} exited with code ${child.process.exitCode} before it was healthy`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not become healthy at ${url} within ${timeoutMs} ms`);
}

async function stopAll(children: Child[]): Promise<void> {
  await Promise.all(
    children.reverse().map(
      ({ process: child }) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(killer);
            done();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}
