import { beforeAll, describe, expect, it } from 'vitest';
import { gateway, startPayment, submitMaritalStatus } from './support';

// Issue 12: a dossier's payments (receipt, amount, collecting officer) answered any signed-in user for any code.
let citizen: string;
let volunteer: string;
let intake: string;

beforeAll(async () => {
  [citizen, volunteer, intake] = await Promise.all(['citizen', 'volunteer', 'intake'].map((u) => gateway.login(u)));
});

const paymentsOf = async (code: string, token?: string) =>
  (await gateway.data<{ dossier: { payments: { id: string }[] } | null }>('query($c: String!) { dossier(code: $c) { payments { id } } }', { c: code }, token)).dossier?.payments;

describe('Dossier.payments', () => {
  it("answers the owner and the dossier's officers, nobody else", async () => {
    const code = await submitMaritalStatus(citizen);
    const started = await startPayment(code, citizen);
    expect(await paymentsOf(code, citizen)).toEqual([{ id: started.paymentId }]);
    expect(await paymentsOf(code, intake)).toEqual([{ id: started.paymentId }]);
    expect(await paymentsOf(code, volunteer)).toEqual([]);
    expect(await paymentsOf(code)).toEqual([]);
  });
});
