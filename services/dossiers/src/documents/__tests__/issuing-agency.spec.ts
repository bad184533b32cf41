import type { GraphClient } from '@motcua/platform';
import { describe, expect, it } from 'vitest';
import { IssuingAgencyDirectory, letterheadOf, placeName, type IssuingAgency } from '../issuing-agency';

const OLD_COMMITTEE: IssuingAgency = {
  code: '000.21.25.H39',
  name: 'Ủy ban nhân dân thị trấn Hậu Nghĩa',
  kind: 'COMMUNE_COMMITTEE',
  address: 'Thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An',
  unit: { name: 'Thị trấn Hậu Nghĩa' },
};
const COMMUNE_CENTRE: IssuingAgency = {
  code: '000.00.01.H53',
  name: 'Trung tâm Phục vụ hành chính công xã Hậu Nghĩa',
  kind: 'COMMUNE_CENTRE',
  address: 'Xã Hậu Nghĩa, tỉnh Tây Ninh',
  phone: '0276 3000 000',
  unit: { name: 'Xã Hậu Nghĩa' },
};
const DISTRICT_CENTRE: IssuingAgency = {
  code: '000.00.25.H39',
  name: 'Trung tâm Phục vụ hành chính công huyện Đức Hòa',
  kind: 'DISTRICT_CENTRE',
  address: 'Thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An',
  unit: { name: 'Huyện Đức Hòa' },
};

describe('letterheadOf', () => {
  it('heads an old commune document with its committee and one-stop desk', () => {
    expect(letterheadOf(OLD_COMMITTEE)).toEqual({
      name: 'Ủy ban nhân dân thị trấn Hậu Nghĩa',
      unitName: 'Bộ phận Một cửa',
      place: 'Hậu Nghĩa',
      address: 'Thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An',
    });
  });

  it('heads a document of today with the commune People’s Committee and its service centre, no district', () => {
    const head = letterheadOf(COMMUNE_CENTRE);
    expect(head).toEqual({
      name: 'Ủy ban nhân dân xã Hậu Nghĩa',
      unitName: 'Trung tâm Phục vụ hành chính công',
      place: 'Hậu Nghĩa',
      address: 'Xã Hậu Nghĩa, tỉnh Tây Ninh',
      phone: '0276 3000 000',
    });
    expect(JSON.stringify(head)).not.toMatch(/huyện|Long An/i);
  });

  it('heads the district and provincial centres with their People’s Committees', () => {
    expect(letterheadOf(DISTRICT_CENTRE)).toMatchObject({ name: 'Ủy ban nhân dân huyện Đức Hòa', unitName: 'Trung tâm Phục vụ hành chính công', place: 'Đức Hòa' });
    const province = { ...COMMUNE_CENTRE, kind: 'PROVINCIAL_CENTRE' as const, unit: { name: 'Tỉnh Tây Ninh' } };
    expect(letterheadOf(province)).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Tây Ninh', place: 'Tây Ninh' });
    const landOffice = { ...province, kind: 'PROVINCIAL_BODY' as const, name: 'Chi nhánh Văn phòng đăng ký đất đai khu vực Đức Hòa' };
    expect(letterheadOf(landOffice)).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Tây Ninh', unitName: 'Chi nhánh Văn phòng đăng ký đất đai khu vực Đức Hòa' });
  });

  it('heads a provincial body with its managing body where the data name one', () => {
    const branch = {
      ...COMMUNE_CENTRE,
      kind: 'PROVINCIAL_BODY' as const,
      name: 'Chi nhánh Văn phòng đăng ký đất đai khu vực Đức Hòa',
      managingBody: 'Văn phòng đăng ký đất đai tỉnh Tây Ninh',
      unit: { name: 'Tỉnh Tây Ninh' },
    };
    expect(letterheadOf(branch)).toMatchObject({ name: 'Văn phòng đăng ký đất đai tỉnh Tây Ninh', unitName: 'Chi nhánh Văn phòng đăng ký đất đai khu vực Đức Hòa' });
  });

  it('takes the kind off a unit name for the place-and-date line', () => {
    expect(['Xã Hậu Nghĩa', 'Thị trấn Hậu Nghĩa', 'Phường Tân Ninh', 'Tỉnh Tây Ninh', 'Thành phố Hồ Chí Minh', 'Đặc khu Phú Quốc'].map(placeName)).toEqual([
      'Hậu Nghĩa',
      'Hậu Nghĩa',
      'Tân Ninh',
      'Tây Ninh',
      'Hồ Chí Minh',
      'Phú Quốc',
    ]);
  });
});

/** A procedures subgraph with 27931 reused (thị trấn → xã) and 27934 merged into 27931 on 1 July 2025. */
function fakeGraph(calls: Array<Record<string, unknown>> = []): GraphClient {
  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      calls.push(variables);
      const before = String(variables.asOf) < '2025-07-01';
      if (query.includes('DocumentAgencies')) {
        const byUnit: Record<string, IssuingAgency[]> = before
          ? { '27931': [OLD_COMMITTEE], '27934': [{ ...OLD_COMMITTEE, code: '000.22.25.H39', name: 'Ủy ban nhân dân xã Đức Lập Thượng', unit: { name: 'Xã Đức Lập Thượng' } }] }
          : { '27931': [COMMUNE_CENTRE] };
        return { agencies: byUnit[String(variables.unitCode)] ?? [] } as T;
      }
      const successors = variables.code === '27934' && before ? [{ code: '27931', validFrom: '2025-07-01' }] : [];
      return { administrativeUnit: { successors } } as T;
    },
  };
}

describe('IssuingAgencyDirectory', () => {
  it('names the agency in force on the document date, for the same unit code', async () => {
    const directory = new IssuingAgencyDirectory(fakeGraph());
    const old = await directory.letterhead({ unitCode: '27931', asOf: '2025-03-12', since: '2025-03-12' });
    expect(old.name).toBe('Ủy ban nhân dân thị trấn Hậu Nghĩa');
    const today = await directory.letterhead({ unitCode: '27931', asOf: '2026-11-21', since: '2025-03-12' });
    expect(today.name).toBe('Ủy ban nhân dân xã Hậu Nghĩa');
  });

  it('goes to the successor when the receiving unit ended at the reform', async () => {
    const directory = new IssuingAgencyDirectory(fakeGraph());
    const head = await directory.letterhead({ unitCode: '27934', asOf: '2026-11-21', since: '2025-05-02' });
    expect(head.name).toBe('Ủy ban nhân dân xã Hậu Nghĩa');
    expect((await directory.letterhead({ unitCode: '27934', asOf: '2025-05-02', since: '2025-05-02' })).name).toBe('Ủy ban nhân dân xã Đức Lập Thượng');
  });

  it('prefers the unit now handling the dossier to a successor', async () => {
    const calls: Array<Record<string, unknown>> = [];
    const head = await new IssuingAgencyDirectory(fakeGraph(calls)).letterhead({ unitCode: '27934', alsoUnitCodes: ['27931'], asOf: '2026-01-05', since: '2025-05-02' });
    expect(head.unitName).toBe('Trung tâm Phục vụ hành chính công');
    expect(calls.every((c) => !('code' in c))).toBe(true);
  });

  it('refuses, naming the unit and the date, when no agency served it', async () => {
    const directory = new IssuingAgencyDirectory(fakeGraph());
    await expect(directory.letterhead({ unitCode: '99999', asOf: '2026-11-21', since: '2026-11-21' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      extensions: { details: { unitCode: '99999', asOf: '2026-11-21' } },
    });
  });
});
