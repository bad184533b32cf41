import { describe, expect, it } from 'vitest';
import { custodyOf, handedOnAt, unitsSentTo, type CustodyEvent } from '../../domain/custody';
import { controlSteps } from '../control-steps';

const HAU_NGHIA = '27931';
const TAY_NINH = '80';
/** Monday 2 to Friday 6 November 2026, Vietnam time. */
const at = (day: number, hour: number) => new Date(`2026-11-0${day}T${String(hour).padStart(2, '0')}:00:00+07:00`);
/** Five working days from Monday 2 November: the weekend does not count. */
const NOV_9_CLOSE = new Date('2026-11-09T17:00:00+07:00');
const ev = (action: string, actorName: string, actorRole: string, when: Date, data: Record<string, unknown> | null = null): CustodyEvent => ({ action, actorName, actorRole, at: when, data });

/** A land dossier received at the commune, sent to the province, appraised there and sent back, approved and handed over. */
const ROUND_TRIP: CustodyEvent[] = [
  ev('SUBMIT', 'Nguyễn Văn An', 'CITIZEN', at(2, 8)),
  ev('RECEIVE', 'Lê Thị Cúc', 'INTAKE', at(2, 9)),
  ev('START_PROCESSING', 'Phạm Văn Dũng', 'HANDLER', at(2, 10)),
  ev('TRANSFER', 'Phạm Văn Dũng', 'HANDLER', at(2, 11), { from: HAU_NGHIA, to: TAY_NINH }),
  ev('RECORD_STEP', 'Đặng Thị Giang', 'HANDLER', at(3, 9)),
  ev('TRANSFER', 'Đặng Thị Giang', 'HANDLER', at(3, 10), { from: TAY_NINH, to: HAU_NGHIA }),
  ev('APPROVE', 'Võ Minh Đức', 'APPROVER', at(4, 9)),
  ev('CALL_FOR_PICKUP', 'Lê Thị Cúc', 'INTAKE', at(4, 10)),
  ev('RETURN_RESULT', 'Lê Thị Cúc', 'INTAKE', at(5, 9), { receivedBy: 'Nguyễn Văn An' }),
];

const context = {
  units: new Map([
    [HAU_NGHIA, { name: 'Xã Hậu Nghĩa', level: 'COMMUNE' }],
    [TAY_NINH, { name: 'Tỉnh Tây Ninh', level: 'PROVINCE' }],
  ]),
  rules: [
    { role: 'INTAKE', days: 0, level: 'COMMUNE' },
    { role: 'HANDLER', days: 2, level: 'COMMUNE' },
    { role: 'HANDLER', days: 5, level: 'PROVINCE' },
    { role: 'APPROVER', days: 1, level: 'COMMUNE' },
  ],
  dossierDueAt: at(6, 17),
  pauses: [],
};

describe('custody and the control slip', () => {
  it('names each unit and person of a transfer to the province and back, never a person handing to themselves', () => {
    const chain = custodyOf(ROUND_TRIP, HAU_NGHIA);
    expect(chain.map((c) => [c.unitCode, c.person])).toEqual([
      [HAU_NGHIA, 'Lê Thị Cúc'],
      [HAU_NGHIA, 'Phạm Văn Dũng'],
      [TAY_NINH, 'Đặng Thị Giang'],
      [HAU_NGHIA, 'Võ Minh Đức'],
      [HAU_NGHIA, 'Lê Thị Cúc'],
    ]);
    const rows = controlSteps(chain, context);
    expect(rows.map((r) => `${r.from.unit} (${r.from.fullName}) → ${r.to.unit} (${r.to.fullName})`)).toEqual([
      'Bộ phận Một cửa, Xã Hậu Nghĩa (Lê Thị Cúc) → Công chức xử lý, Xã Hậu Nghĩa (Phạm Văn Dũng)',
      'Công chức xử lý, Xã Hậu Nghĩa (Phạm Văn Dũng) → Công chức xử lý, Tỉnh Tây Ninh (Đặng Thị Giang)',
      'Công chức xử lý, Tỉnh Tây Ninh (Đặng Thị Giang) → Lãnh đạo phê duyệt, Xã Hậu Nghĩa (Võ Minh Đức)',
      'Lãnh đạo phê duyệt, Xã Hậu Nghĩa (Võ Minh Đức) → Bộ phận Một cửa, Xã Hậu Nghĩa (Lê Thị Cúc)',
    ]);
    expect(unitsSentTo(chain, HAU_NGHIA)).toEqual([TAY_NINH]);
    expect(handedOnAt(chain)).toEqual(at(2, 9));
  });

  it('gives every step its deadline from the rules of its role and level, and its outcome once it is over', () => {
    const rows = controlSteps(custodyOf(ROUND_TRIP, HAU_NGHIA), context);
    expect(rows.map((r) => [r.handedOverAt, r.dueAt, r.completedAt])).toEqual([
      [at(2, 9), at(4, 17), at(2, 11)], // the commune handler: 2 working days
      [at(2, 11), NOV_9_CLOSE, at(3, 10)], // the province: 5 days, over a weekend
      [at(3, 10), at(4, 17), at(4, 9)], // the approver: 1 day
      [at(4, 9), at(6, 17), at(5, 9)], // handing back answers to the appointment
    ]);
  });

  it('leaves a step in progress open, with the unit it was sent to even before anyone there acts', () => {
    const sent = custodyOf(ROUND_TRIP.slice(0, 4), HAU_NGHIA);
    const rows = controlSteps(sent, context);
    expect(rows.at(-1)).toMatchObject({ to: { unit: 'Tỉnh Tây Ninh' }, handedOverAt: at(2, 11), dueAt: NOV_9_CLOSE });
    expect(rows.at(-1)).not.toHaveProperty('completedAt');
    expect(rows.at(-1)!.to).not.toHaveProperty('fullName');
  });

  it('hands an assigned dossier to the named handler, and ignores calls and prints', () => {
    const chain = custodyOf(
      [
        ev('RECEIVE_AT_COUNTER', 'Lê Thị Cúc', 'INTAKE', at(2, 9)),
        ev('ASSIGN', 'Lê Thị Cúc', 'INTAKE', at(2, 9), { handler: 'Phạm Văn Dũng' }),
        ev('PRINT', 'Lê Thị Cúc', 'INTAKE', at(2, 10)),
        ev('START_PROCESSING', 'Phạm Văn Dũng', 'HANDLER', at(3, 8)),
      ],
      HAU_NGHIA,
    );
    expect(chain.map((c) => [c.person, c.done])).toEqual([
      ['Lê Thị Cúc', true],
      ['Phạm Văn Dũng', false],
    ]);
  });
});
