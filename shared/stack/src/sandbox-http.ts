import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How a sandbox provider behaves, set by tests through POST /_sandbox/mode: `up`; `down` answers 503 and
 * keeps nothing; `lost-answer` does the work and then drops the connection, as a provider whose answer is lost.
 */
export type SandboxMode = 'up' | 'down' | 'lost-answer';

export type Handler = (req: IncomingMessage, body: Buffer, url: URL) => Promise<{ status: number; json: unknown } | null>;

/** A small HTTP server for a provider sandbox, with the mode switch and a JSON view of its state under /_sandbox. */
export class SandboxHttpServer {
  mode: SandboxMode = 'up';
  /** A sandbox's own control actions (POST /_sandbox/<action>); true when it handled the path. */
  handleControl: ((path: string) => boolean) | null = null;
  private server: Server | null = null;
  private baseUrl = '';

  constructor(
    private readonly handle: Handler,
    private readonly state: () => unknown,
  ) {}

  get url(): string {
    return this.baseUrl;
  }

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      this.dispatch(req, res).catch(() => {
        if (!res.headersSent) json(res, 500, { error: 'sandbox failure' });
      });
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    server?.closeAllConnections();
    if (server) await new Promise<void>((done) => server.close(() => done()));
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (url.pathname === '/_sandbox/state') return json(res, 200, { mode: this.mode, ...(this.state() as object) });
    if (url.pathname === '/_sandbox/mode' && req.method === 'POST') {
      const mode = (JSON.parse(body.toString() || '{}') as { mode?: SandboxMode }).mode;
      if (mode !== 'up' && mode !== 'down' && mode !== 'lost-answer') return json(res, 400, { error: 'mode is up, down or lost-answer' });
      this.mode = mode;
      return json(res, 200, { mode });
    }
    if (url.pathname.startsWith('/_sandbox/') && req.method === 'POST' && this.handleControl?.(url.pathname)) return json(res, 200, { ok: true });
    if (this.mode === 'down') return json(res, 503, { error: 'service unavailable' });
    const answer = await this.handle(req, body, url);
    if (!answer) return json(res, 404, { error: 'not found' });
    if (this.mode === 'lost-answer') {
      res.socket?.destroy();
      return;
    }
    json(res, answer.status, answer.json);
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

/** Posts a callback as a provider does, a few times until it is answered 2xx; returns the last status (0: unreachable). */
export async function callBack(url: string, body: string, headers: Record<string, string>): Promise<number> {
  let status = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, signal: AbortSignal.timeout(5000) });
      status = response.status;
      if (response.ok || (status >= 400 && status < 500)) return status;
    } catch {
      status = 0;
    }
    await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
  }
  return status;
}
