import { GatewayClient } from '@motcua/stack';
import { describe, expect, inject, it } from 'vitest';

const gateway = new GatewayClient(inject('gatewayUrl'));

const UNIT = 'code name nameEn level kind validFrom validTo parent { code name } predecessors { code name validTo kind } successors { code name validFrom kind }';

interface Unit {
  code: string;
  name: string;
  level: string;
  validFrom: string | null;
  validTo: string | null;
  parent: { code: string; name: string } | null;
  predecessors: { code: string; name: string; validTo: string | null; kind: string }[];
  successors: { code: string; name: string; validFrom: string | null; kind: string }[];
}

const one = async (code: string, asOf?: string) =>
  (await gateway.data<{ administrativeUnit: Unit | null }>(`query One($code: String!, $asOf: Date) { administrativeUnit(code: $code, asOf: $asOf) { ${UNIT} } }`, { code, asOf })).administrativeUnit;

/** Lists ask for little per unit: the gateway prices a long page of rich units beyond its budget, as it should. */
const list = async (variables: Record<string, unknown>) =>
  (
    await gateway.data<{ administrativeUnits: Unit[] }>(
      `query List($parentCode: String, $level: UnitLevel, $asOf: Date, $search: String, $first: Int) {
        administrativeUnits(parentCode: $parentCode, level: $level, asOf: $asOf, search: $search, first: $first) { code name level parent { code } } }`,
      variables,
    )
  ).administrativeUnits;

describe('administrative units of every period', () => {
  it('answers today’s map by default: Tây Ninh and its communes, no districts', async () => {
    expect(await one('80')).toMatchObject({ name: 'Tỉnh Tây Ninh', level: 'PROVINCE', validFrom: '2025-07-01', validTo: null, parent: null });
    const communes = await list({ parentCode: '80', first: 200 });
    expect(communes).toHaveLength(96);
    expect(communes.every((u) => u.level === 'COMMUNE' && u.parent?.code === '80')).toBe(true);
    expect(await list({ level: 'DISTRICT' })).toEqual([]);
    expect(await list({ level: 'PROVINCE', first: 100 })).toHaveLength(34);
  });

  it('reads a reused code as the unit of the day asked', async () => {
    expect(await one('80', '2022-06-01')).toMatchObject({ name: 'Tỉnh Long An', validTo: '2025-06-30' });
    const town = await one('27931', '2022-06-01');
    expect(town).toMatchObject({ name: 'Thị trấn Hậu Nghĩa', level: 'COMMUNE', parent: { code: '802', name: 'Huyện Đức Hòa' } });
    expect(town?.successors).toEqual([{ code: '27931', name: 'Xã Hậu Nghĩa', validFrom: '2025-07-01', kind: 'FULL' }]);
    const commune = await one('27931');
    expect(commune).toMatchObject({ name: 'Xã Hậu Nghĩa', parent: { code: '80', name: 'Tỉnh Tây Ninh' } });
    expect(commune?.predecessors.map((p) => p.name).sort()).toEqual(['Thị trấn Hậu Nghĩa', 'Xã Tân Mỹ', 'Xã Đức Lập Thượng'].sort());
    expect(commune?.predecessors.every((p) => p.validTo === '2025-06-30' && p.kind === 'FULL')).toBe(true);
  });

  it('keeps old references working: a code that ended answers its last unit', async () => {
    expect(await one('802')).toMatchObject({ name: 'Huyện Đức Hòa', level: 'DISTRICT', validTo: '2025-06-30' });
    expect(await one('802', '2026-01-01')).toBeNull();
  });

  it('marks a split as partial on both sides', async () => {
    const split = await one('27967', '2025-06-30');
    expect(split?.successors.map((s) => [s.code, s.kind])).toEqual([
      ['27964', 'PARTIAL'],
      ['27976', 'PARTIAL'],
    ]);
    expect((await one('27976'))?.predecessors.find((p) => p.code === '27967')?.kind).toBe('PARTIAL');
  });

  it('searches the whole country without diacritics', async () => {
    const found = await list({ search: 'hau nghia', level: 'COMMUNE' });
    expect(found.map((u) => `${u.code} ${u.name}`)).toContain('27931 Xã Hậu Nghĩa');
    const districts = await list({ search: 'duc hoa', asOf: '2022-01-01', level: 'DISTRICT' });
    expect(districts.map((u) => `${u.code} ${u.name}`)).toContain('802 Huyện Đức Hòa');
  });

  it('lists the agencies of today and of history', async () => {
    const today = await gateway.data<{ agencies: { code: string; name: string; kind: string }[] }>(`{ agencies(unitCode: "80") { code name kind } }`);
    expect(today.agencies.map((a) => a.kind)).toEqual(['PROVINCIAL_CENTRE', 'PROVINCIAL_BODY']);
    const before = await gateway.data<{ agencies: { name: string; unit: { name: string } }[] }>(`{ agencies(unitCode: "27931", asOf: "2024-05-01") { name unit { name } } }`);
    expect(before.agencies).toEqual([{ name: 'Ủy ban nhân dân thị trấn Hậu Nghĩa', unit: { name: 'Thị trấn Hậu Nghĩa' } }]);
  });

  it('refuses a date before the data begin, a page size out of range and an unknown parent, naming the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ asOf: '2019-12-31' }, 'VALIDATION_FAILED', 'asOf'],
      [{ first: 0 }, 'VALIDATION_FAILED', 'first'],
      [{ first: 1001 }, 'VALIDATION_FAILED', 'first'],
      [{ parentCode: '802' }, 'NOT_FOUND', 'parentCode'],
    ];
    for (const [variables, code, field] of cases) {
      const result = await gateway.graphql(
        'query List($parentCode: String, $asOf: Date, $first: Int) { administrativeUnits(parentCode: $parentCode, asOf: $asOf, first: $first) { code } }',
        variables,
      );
      const error = result.errors?.[0] as { extensions?: { code?: string; messageVi?: string; messageEn?: string; details?: { fields?: { field: string }[] } } };
      expect(error?.extensions?.code, JSON.stringify(variables)).toBe(code);
      expect(error?.extensions?.details?.fields?.map((f) => f.field)).toEqual([field]);
      expect(error?.extensions?.messageVi).toBeTruthy();
      expect(error?.extensions?.messageEn).toBeTruthy();
    }
    const late = await gateway.graphql('{ administrativeUnit(code: "80", asOf: "2019-01-01") { code } }');
    expect((late.errors?.[0] as { extensions?: { code?: string } })?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});
