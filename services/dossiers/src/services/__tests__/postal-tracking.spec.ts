import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { isValidS10 } from '../../postal/s10';
import { SandboxPostalProvider } from '../postal.service';

/** An entity manager that knows the tracking numbers already issued. */
function fakeEm(issued: string[] = []) {
  const created: string[] = [];
  const em = {
    findOne: async (_entity: unknown, where: { trackingNumber: string }) => (issued.includes(where.trackingNumber) ? { trackingNumber: where.trackingNumber } : null),
    create: (_entity: unknown, data: { trackingNumber: string }) => created.push(data.trackingNumber),
    execute: async () => {
      throw new Error('no sequence: tracking numbers are random');
    },
  };
  return { em: em as unknown as EntityManager, created };
}

const shipment = { dossierCode: '000.00.12.H42-261203-0001', recipient: 'Nguyễn Văn An', address: 'Hậu Nghĩa' };

describe('sandbox postal tracking numbers', () => {
  it('are valid S10 numbers that do not follow one another', async () => {
    const { em, created } = fakeEm();
    const provider = new SandboxPostalProvider();
    for (let i = 0; i < 20; i++) await provider.createShipment(em, shipment);
    expect(created.every(isValidS10)).toBe(true);
    expect(new Set(created).size).toBe(20);
    const serials = created.map((t) => Number(t.slice(2, 10)));
    const consecutive = serials.slice(1).filter((s, i) => Math.abs(s - serials[i]) < 1000);
    expect(consecutive.length).toBeLessThan(2);
  });

  it('skip a number already issued', async () => {
    const serials = [12, 12, 77];
    const { em, created } = fakeEm(['EL000000120VN']);
    const provider = new SandboxPostalProvider(() => serials.shift() ?? 0);
    expect(isValidS10('EL000000120VN')).toBe(true);
    const tracking = await provider.createShipment(em, shipment);
    expect(tracking).toMatch(/^EL00000077\dVN$/);
    expect(created).toEqual([tracking]);
  });
});
