import { GatewayClient } from '@motcua/stack';
import { describe, expect, inject, it } from 'vitest';

const gateway = new GatewayClient(inject('gatewayUrl'));

interface Found {
  procedures: { totalCount: number; nodes: { code: string; name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const SEARCH = 'query Search($search: String, $first: Int!, $after: String) { procedures(search: $search, first: $first, after: $after) { totalCount nodes { code name } pageInfo { hasNextPage endCursor } } }';
const search = (variables: Record<string, unknown>) => gateway.data<Found>(SEARCH, { first: 20, ...variables });

describe('procedure catalogue', () => {
  it('finds a procedure by its Vietnamese name with or without diacritics, and by its English name', async () => {
    for (const words of ['Đăng ký khai sinh', 'dang ky khai sinh', 'KHAI SINH dang ky', 'birth registration']) {
      const found = await search({ search: words });
      expect(found.procedures.nodes.map((p) => p.code), words).toContain('1.001193');
    }
  });

  it('answers an empty page, not an error, when nothing matches', async () => {
    const found = await search({ search: 'khong co thu tuc nay xyz' });
    expect(found.procedures).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } });
  });

  it('pages through the whole catalogue without repeating a procedure', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: Found = await search({ first: 7, after });
      total = page.procedures.totalCount;
      seen.push(...page.procedures.nodes.map((p) => p.code));
      after = page.procedures.pageInfo.hasNextPage ? page.procedures.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThanOrEqual(30);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('shows a procedure with its documents, and lists the units that receive dossiers', async () => {
    const { procedure } = await gateway.data<{ procedure: { requiredDocuments: { id: string; name: string; mandatory: boolean }[] } }>(
      '{ procedure(code: "1.001193") { requiredDocuments { id name mandatory } } }',
    );
    expect(procedure.requiredDocuments.some((d) => d.mandatory)).toBe(true);
    const { administrativeUnits } = await gateway.data<{ administrativeUnits: { code: string; name: string; level: string }[] }>('{ administrativeUnits { code name level } }');
    expect(administrativeUnits.find((u) => u.code === '802')?.name).toMatch(/Đức Hòa/);
    expect(administrativeUnits.filter((u) => u.code.length === 5)).toHaveLength(20);
  });

  it('refuses an over-long search and a page size over 100 with a validation error', async () => {
    const long = await gateway.graphql(SEARCH, { search: 'a'.repeat(201), first: 5 });
    expect(long.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const big = await gateway.graphql(SEARCH, { first: 101 });
    expect(big.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});
