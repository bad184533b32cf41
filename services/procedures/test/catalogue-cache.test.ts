import pg from 'pg';
import { GatewayClient } from '@motcua/stack';
import { describe, expect, inject, it } from 'vitest';

const gateway = new GatewayClient(inject('gatewayUrl'));
const SEARCH = '{ procedures(search: "khai sinh", first: 1) { nodes { code nameEn } } }';

/** The search's answer until it differs from `before` (PostgreSQL's notice reaches the service just after commit). */
async function nameEnAfterChange(before: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const { procedures } = await gateway.data<{ procedures: { nodes: { nameEn: string }[] } }>(SEARCH);
    if (procedures.nodes[0]!.nameEn !== before) return procedures.nodes[0]!.nameEn;
    await new Promise((r) => setTimeout(r, 100));
  }
  return before;
}

describe('searches kept in memory', () => {
  it('are forgotten when the catalogue changes in the database', async () => {
    const first = await gateway.data<{ procedures: { nodes: { code: string; nameEn: string }[] } }>(SEARCH);
    const { code, nameEn } = first.procedures.nodes[0]!;
    const db = new pg.Client({ connectionString: inject('databaseUrl') });
    await db.connect();
    try {
      await db.query('update procedures.procedure set name_en = $2 where code = $1', [code, `${nameEn} (changed)`]);
      expect(await nameEnAfterChange(nameEn)).toBe(`${nameEn} (changed)`);
    } finally {
      await db.query('update procedures.procedure set name_en = $2 where code = $1', [code, nameEn]);
      await db.end();
    }
    expect(await nameEnAfterChange(`${nameEn} (changed)`)).toBe(nameEn);
  });
});
