import { GatewayClient } from '@motcua/stack';
import { describe, expect, inject, it } from 'vitest';

const gateway = new GatewayClient(inject('gatewayUrl'));

interface Found {
  procedures: { totalCount: number; nodes: { code: string; name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

interface VersionLevels {
  version: number;
  settlingLevel: string;
  settlingBody: string;
  acrossBoundary: boolean;
  validFrom: string;
  validTo: string | null;
  legalBasis: string[];
  steps: { role: string; level: string }[];
}
interface LevelsOf {
  settlingLevel: string;
  settlingBody: string;
  settlingBodyEn: string;
  acrossBoundary: boolean;
  current: VersionLevels;
  old: VersionLevels;
  versions: { version: number }[];
}
const VERSION_LEVELS = 'version settlingLevel settlingBody acrossBoundary validFrom validTo legalBasis steps { role level }';
const LEVELS = `settlingLevel settlingBody settlingBodyEn acrossBoundary current { ${VERSION_LEVELS} } old: version(version: 1) { ${VERSION_LEVELS} } versions { version }`;

const SEARCH =
  'query Search($search: String, $first: Int!, $after: String) { procedures(search: $search, first: $first, after: $after) { totalCount nodes { code name } pageInfo { hasNextPage endCursor } } }';
const search = (variables: Record<string, unknown>) => gateway.data<Found>(SEARCH, { first: 20, ...variables });

describe('procedure catalogue', () => {
  it('finds a procedure by its Vietnamese name with or without diacritics, and by its English name', async () => {
    for (const words of ['Đăng ký khai sinh', 'dang ky khai sinh', 'KHAI SINH dang ky', 'birth registration']) {
      const found = await search({ search: words });
      expect(
        found.procedures.nodes.map((p) => p.code),
        words,
      ).toContain('1.001193');
    }
  });

  it('understands everyday words: spellings, synonyms, one-letter typos, and ranks the name first', async () => {
    const RANKED = 'query Ranked($search: String) { procedures(search: $search, first: 5) { nodes { code name matchedWords } } }';
    const top = async (words: string) => (await gateway.data<{ procedures: { nodes: { code: string; name: string; matchedWords: string[] }[] } }>(RANKED, { search: words })).procedures.nodes;
    expect((await top('dang ki khai sinh'))[0]).toMatchObject({ code: '1.001193', matchedWords: ['Đăng', 'ký', 'khai', 'sinh'] });
    expect((await top('giay khai sinh'))[0]?.code).toBe('1.001193');
    expect((await top('dang ky khai snh'))[0]?.code).toBe('1.001193');
    expect((await top('xac nhan doc than'))[0]).toMatchObject({ code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân' });
    expect((await top('khai tu'))[0]).toMatchObject({ code: '1.000656', name: 'Đăng ký khai tử' });
    const reissue = await top('cap lai so do');
    expect(reissue[0]).toMatchObject({ code: '1.012786', name: 'Cấp lại Giấy chứng nhận do bị mất' });
    expect(reissue.map((p) => p.name).join('|')).not.toMatch(/khuyết tật/);
    // Typing the first letters of the last word already finds it.
    expect((await top('khai s'))[0]?.code).toBe('1.001193');
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

  it('shows a procedure with its documents', async () => {
    const { procedure } = await gateway.data<{ procedure: { requiredDocuments: { id: string; name: string; mandatory: boolean }[] } }>(
      '{ procedure(code: "1.001193") { requiredDocuments { id name mandatory } } }',
    );
    expect(procedure.requiredDocuments.some((d) => d.mandatory)).toBe(true);
  });

  it("answers today's level from version 2, while version 1 keeps the district", async () => {
    const { procedure } = await gateway.data<{ procedure: LevelsOf }>(`{ procedure(code: "1.001612") { ${LEVELS} } }`);
    expect(procedure).toMatchObject({
      settlingLevel: 'COMMUNE',
      settlingBody: expect.stringMatching(/^Phòng Kinh tế .*Ủy ban nhân dân cấp xã$/),
      acrossBoundary: true,
      current: { version: 2, settlingLevel: 'COMMUNE', validFrom: '2025-07-01', validTo: null },
      old: { version: 1, settlingLevel: 'DISTRICT', settlingBody: 'Phòng Tài chính - Kế hoạch thuộc Ủy ban nhân dân cấp huyện', acrossBoundary: false, validFrom: '2022-01-01', validTo: '2025-06-30' },
    });
    expect(procedure.current.legalBasis).toContain('Nghị định số 168/2025/NĐ-CP');
    expect(procedure.current.steps.map((s) => s.level)).toEqual(['COMMUNE', 'COMMUNE', 'COMMUNE']);
    expect(procedure.old.steps.map((s) => s.level)).toEqual(['DISTRICT', 'DISTRICT', 'DISTRICT']);
    expect(procedure.versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('sends land registration changes to the provincial land registration office branch', async () => {
    const { procedure } = await gateway.data<{ procedure: LevelsOf }>(`{ procedure(code: "1.013831") { ${LEVELS} } }`);
    expect(procedure).toMatchObject({ settlingLevel: 'PROVINCE', settlingBody: 'Chi nhánh Văn phòng đăng ký đất đai', settlingBodyEn: 'Land registration office branch' });
    expect(procedure.current.steps.filter((s) => s.role === 'APPROVER').map((s) => s.level)).toEqual(['PROVINCE']);
  });

  it("filters by today's level: no district procedure is left, the province settles land registration changes", async () => {
    const BY_LEVEL = 'query ByLevel($level: SettlingLevel) { procedures(settlingLevel: $level, first: 100) { totalCount nodes { code settlingLevel } } }';
    const byLevel = (level: string) => gateway.data<{ procedures: { totalCount: number; nodes: { code: string; settlingLevel: string }[] } }>(BY_LEVEL, { level });
    expect((await byLevel('DISTRICT')).procedures.totalCount).toBe(0);
    const province = (await byLevel('PROVINCE')).procedures;
    expect(province.nodes.map((p) => p.code).sort()).toEqual(['1.012784', '1.012786', '1.013831']);
    const commune = (await byLevel('COMMUNE')).procedures;
    expect(commune.nodes.every((p) => p.settlingLevel === 'COMMUNE')).toBe(true);
    expect(commune.totalCount + province.totalCount).toBeGreaterThanOrEqual(30);
  });

  it('answers NOT_FOUND naming the field for a version that does not exist', async () => {
    const res = await gateway.graphql('{ procedure(code: "1.001612") { version(version: 9) { version } } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain('"field":"version"');
  });

  it('refuses an over-long search and a page size over 100 with a validation error', async () => {
    const long = await gateway.graphql(SEARCH, { search: 'a'.repeat(201), first: 5 });
    expect(long.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const big = await gateway.graphql(SEARCH, { first: 101 });
    expect(big.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});
