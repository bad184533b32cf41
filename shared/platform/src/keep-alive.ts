import { createServer, type RequestListener, type Server } from 'node:http';

/**
 * Idle connections stay open a minute (Node's default is 5 s). The server announces it (`Keep-Alive: timeout=65`)
 * and Node's fetch (undici) retires its idle sockets shortly before that, the gateway's agent after 30 s
 * (gateway/src/subgraph-data-source.ts), so a caller never sends a request on a socket the server is just closing
 * (which fails with ECONNRESET). Headers may take a little longer than that.
 */
export function keepConnectionsOpen(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}

/**
 * Listens, or fails: a taken port rejects, so the process exits non-zero and a supervisor restarts it (Express's
 * own `listen` hands the error to its callback, which a `() => ready` callback silently ignores). `handler` is an
 * Express app or any request listener.
 */
export function listen(handler: RequestListener, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    if (host === undefined) server.listen(port);
    else server.listen(port, host);
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      keepConnectionsOpen(server);
      resolve(server);
    });
  });
}

/**
 * Where a process listens: HOST if set; else every interface in production (a container) and loopback in
 * development, so that `npm start` with its demo accounts is not reachable from the network.
 */
export function listenHost(env: NodeJS.ProcessEnv): string {
  return env.HOST ?? (env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
}
