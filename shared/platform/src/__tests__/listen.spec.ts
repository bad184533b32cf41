import type { Server } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { listen } from '../keep-alive';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

describe('listen', () => {
  it('answers on the port it was given, keeping idle connections a minute', async () => {
    const app = express();
    app.get('/', (_req, res) => res.send('ok'));
    const server = await listen(app, 0, '127.0.0.1');
    servers.push(server);
    const { port } = server.address() as { port: number };
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok');
    expect(server.keepAliveTimeout).toBe(65_000);
  });

  it('rejects when the port is taken instead of reporting ready', async () => {
    const first = await listen(express(), 0, '127.0.0.1');
    servers.push(first);
    const { port } = first.address() as { port: number };
    await expect(listen(express(), port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
