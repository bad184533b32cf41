import { MikroORM } from '@mikro-orm/postgresql';
import { loadByKey, ormOptions } from '@motcua/platform';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { procedures } from '../src/definition';
import { Procedure } from '../src/entities/procedure.entity';

/** The catalogue the stack seeded, read with the platform's loader and a log of every SQL statement it sends. */
const statements: string[] = [];
let orm: MikroORM;

beforeAll(async () => {
  const options = ormOptions(procedures, inject('databaseUrl'));
  orm = await MikroORM.init({ ...options, debug: ['query'], logger: (message: string) => statements.push(message) });
});

afterAll(() => orm?.close());

describe('loadByKey', () => {
  it('answers every reference of one request from a single query, in the order asked, null for unknown keys', async () => {
    const ctx = { em: orm.em.fork() };
    statements.length = 0;
    const codes = ['1.001193', '2.000815', 'no-such-code', '1.000656', '1.001193'];
    const found = await Promise.all(codes.map((code) => loadByKey(ctx, Procedure, 'code', code)));
    expect(found.map((p) => p?.code ?? null)).toEqual(['1.001193', '2.000815', null, '1.000656', '1.001193']);
    const selects = statements.filter((s) => /select .* from "procedures"\."procedure"/i.test(s));
    expect(selects).toHaveLength(1);
    expect(selects[0]).toMatch(/in \(/i);
  });

  it('does not share what it loaded between requests', async () => {
    const first = await loadByKey({ em: orm.em.fork() }, Procedure, 'code', '1.001193');
    const second = await loadByKey({ em: orm.em.fork() }, Procedure, 'code', '1.001193');
    expect(first?.code).toBe('1.001193');
    expect(second?.code).toBe('1.001193');
    expect(second === first).toBe(false);
  });
});
