import type { Server } from 'node:http';

/**
 * Idle connections stay open a minute (Node's default is 5 s). The server announces it (`Keep-Alive: timeout=65`)
 * and Node's fetch (undici) retires its idle sockets shortly before that, so a caller never sends a request on a
 * socket the server is just closing (which fails with ECONNRESET). Headers may take a little longer than that.
 */
export function keepConnectionsOpen(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}
