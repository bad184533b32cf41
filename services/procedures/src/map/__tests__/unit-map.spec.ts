import { describe, expect, it } from 'vitest';
import { agencyRecords, DISTRICT_CENTRE_AGENCY_CODE, PROVINCIAL_CENTRE_AGENCY_CODE } from '../../seed/agencies.data';
import { unitIndexFromFiles } from '../file-index';
import { englishName, kindOf, parseSuccessions, readDataFile, resolveSuccessions, type UnitRow } from '../unit-data';

const index = unitIndexFromFiles();
const OLD = '2022-06-01';
const NOW = '2026-12-03';
const SEVEN = ['27931', '27937', '27943', '27952', '27964', '27976', '27979'];

describe('the national data files', () => {
  it('hold both maps whole: 34 provinces and 3,321 communes now; 63, 696 and 10,035 before', () => {
    const count = (day: string, level: string) => index.list({ asOf: day, level: level as UnitRow['level'], first: 20_000 }).length;
    expect([count(NOW, 'PROVINCE'), count(NOW, 'DISTRICT'), count(NOW, 'COMMUNE')]).toEqual([34, 0, 3321]);
    expect([count(OLD, 'PROVINCE'), count(OLD, 'DISTRICT'), count(OLD, 'COMMUNE')]).toEqual([63, 696, 10_035]);
  });

  it('link 10,604 old communes and 63 old provinces to their successors; 12 links name units of no map', () => {
    const rows = parseSuccessions(readDataFile('succession-2025-07-01.csv').text);
    expect(rows).toHaveLength(10_667);
    const { links, unresolved } = resolveSuccessions(rows, index.list({ asOf: OLD, first: 20_000 }), index.list({ asOf: NOW, first: 20_000 }));
    expect(unresolved.map((r) => r.oldCode).sort()).toEqual(['07693', '07732', '07744', '16387', '16411', '18448', '20176', '20674', '25102', '25174', '25177', '25186']);
    expect(links).toHaveLength(10_655);
    expect(links.find((l) => l.oldName === 'Thị trấn Ba Chẽ')?.newCode).toBe('06978');
  });

  it('name units with their kind, in Vietnamese (NFC) and in ASCII English', () => {
    expect(kindOf('Thị trấn Hậu Nghĩa')).toBe('thị trấn');
    expect(kindOf('Thành phố Hà Nội')).toBe('thành phố');
    expect(englishName('Thị trấn Hậu Nghĩa')).toBe('Hau Nghia Town');
    expect(englishName('Xã Đức Hòa Thượng')).toBe('Duc Hoa Thuong Commune');
    for (const u of index.list({ asOf: OLD, first: 20_000 })) expect(u.nameEn, u.name).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('units are their code and their period', () => {
  it('reuses 80 and 27931 across the reform', () => {
    expect(index.at('80', OLD)?.name).toBe('Tỉnh Long An');
    expect(index.at('80', NOW)?.name).toBe('Tỉnh Tây Ninh');
    expect(index.at('27931', '2025-06-30')?.name).toBe('Thị trấn Hậu Nghĩa');
    expect(index.at('27931', '2025-07-01')?.name).toBe('Xã Hậu Nghĩa');
    expect(index.at('802', NOW)).toBeNull();
    expect(index.current('802', NOW)?.validTo).toBe('2025-06-30');
  });

  it('has former Đức Hòa become seven communes of Tây Ninh', () => {
    const district = index.at('802', OLD)!;
    const successors = new Set(index.children(district).flatMap((c) => index.successors(c).map((s) => s.unit.code)));
    expect([...successors].sort()).toEqual(SEVEN);
    for (const code of SEVEN) expect(index.parentOf(index.at(code, NOW)!)?.code).toBe('80');
    const split = index.successors(index.at('27967', OLD)!);
    expect(split.map((s) => [s.unit.code, s.kind])).toEqual([
      ['27964', 'PARTIAL'],
      ['27976', 'PARTIAL'],
    ]);
  });

  it('finds units without diacritics, in force on the day asked', () => {
    expect(index.list({ asOf: NOW, search: 'hau nghia', first: 10 }).map((u) => u.name)).toContain('Xã Hậu Nghĩa');
    expect(index.list({ asOf: OLD, search: 'thi tran hau nghia', first: 10 }).map((u) => u.code)).toEqual(['27931']);
  });
});

describe('lineage', () => {
  it('gives a commune its own predecessors, a partial one by portions in successor-code order', () => {
    const lineage = index.lineage(index.at('27964', NOW)!);
    const of = (code: string) => lineage.find((e) => e.unit.code === code && e.unit.validTo === '2025-06-30');
    expect(of('27958')).toMatchObject({ intoCode: '27964', portion: 0, portions: 1 });
    expect(of('27967')).toMatchObject({ intoCode: '27964', portion: 0, portions: 2 });
    expect(index.lineage(index.at('27976', NOW)!).find((e) => e.unit.code === '27967')).toMatchObject({ portion: 1, portions: 2 });
    expect(lineage.some((e) => e.unit.code === '802')).toBe(false);
  });

  it('rolls a district, which has no successor, into the province and every old commune into its successor', () => {
    const lineage = index.lineage(index.at('80', NOW)!);
    expect(lineage.find((e) => e.unit.code === '802')).toMatchObject({ intoCode: '80', portion: 0, portions: 1 });
    expect(lineage.find((e) => e.unit.code === '27985')).toMatchObject({ intoCode: '27937' });
    const seen = new Set(lineage.map((e) => `${e.unit.id}>${e.intoCode}`));
    expect(seen.size).toBe(lineage.length);
  });

  it('reads an old unit as it was', () => {
    const lineage = index.lineage(index.at('802', OLD)!);
    expect(lineage).toHaveLength(21);
    expect(lineage.every((e) => e.portions === 1 && e.unit.validTo === '2025-06-30')).toBe(true);
  });
});

describe('agencies', () => {
  const agencies = agencyRecords(index);

  it('keep the old codes until 30 June 2025 and serve today’s units from 1 July', () => {
    const old = agencies.filter((a) => a.validTo === '2025-06-30');
    expect(old.map((a) => a.code)).toContain(DISTRICT_CENTRE_AGENCY_CODE);
    expect(old).toHaveLength(21);
    expect(old.find((a) => a.unitCode === '27931')?.name).toBe('Ủy ban nhân dân thị trấn Hậu Nghĩa');
    const now = agencies.filter((a) => a.validFrom === '2025-07-01');
    expect(now.find((a) => a.code === PROVINCIAL_CENTRE_AGENCY_CODE)?.kind).toBe('PROVINCIAL_CENTRE');
    expect(now.find((a) => a.unitCode === '27931' && a.kind === 'COMMUNE_CENTRE')?.name).toBe('Trung tâm Phục vụ hành chính công xã Hậu Nghĩa');
    for (const a of now) expect(a.address, a.name).toContain('tỉnh Tây Ninh');
  });

  it('have unique electronic ID codes without dashes or spaces', () => {
    const codes = agencies.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^\d{3}\.\d{2}\.\d{2}\.H\d{2}$/);
  });
});
