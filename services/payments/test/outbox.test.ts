import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deliverEvent } from '@motcua/stack';
import { EVENTS_SECRET, dossierView, gateway, payInSandbox, startPayment, submitMaritalStatus, until } from './support';

let citizen: string;
let intake: string;
const db = new pg.Client({ connectionString: inject('databaseUrl') });

beforeAll(async () => {
  await db.connect();
  [citizen, intake] = await Promise.all(['citizen', 'intake'].map((u) => gateway.login(u)));
});

afterAll(async () => {
  await db.end();
});

describe('a crash between the payment and the dossier update', () => {
  it('loses nothing and doubles nothing: the event is committed with the payment and consumed once however often it comes', async () => {
    const code = await submitMaritalStatus(citizen);
    await gateway.data('mutation($c: String!) { receiveDossier(code: $c) { status } }', { c: code }, intake);
    const started = await startPayment(code, citizen);
    await payInSandbox(started.redirectUrl, 'pay');

    // The payment and its outbox row were written in the same transaction: both exist, or neither would.
    const { rows } = await db.query(
      `select o.id, o.topic, o.payload, o.created_at, p.status, p.receipt_number
         from payments.outbox_message o join payments.payment p on p.id = (o.payload->>'paymentId')::uuid
        where o.payload->>'paymentId' = $1`,
      [started.paymentId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ topic: 'payment.succeeded', status: 'SUCCEEDED' });
    expect(rows[0].payload).toMatchObject({ dossierCode: code, paymentId: started.paymentId, method: 'ONLINE', amountVnd: 2500, receiptNumber: rows[0].receipt_number });

    // Whatever the relay has done already, deliver the very same envelope twice more, as a relay restarted after a
    // crash (before it could mark the row delivered) would.
    const envelope = JSON.stringify({ id: rows[0].id, topic: rows[0].topic, payload: rows[0].payload, occurredAt: new Date(rows[0].created_at).toISOString() });
    const answers = [];
    for (let i = 0; i < 2; i++) {
      const res = await deliverEvent(inject('subgraphUrls').dossiers, envelope, EVENTS_SECRET);
      expect(res.status).toBe(200);
      answers.push(res.body.status);
    }
    expect(answers.filter((a) => a === 'processed').length).toBeLessThanOrEqual(1);
    expect(answers.at(-1)).toBe('duplicate');

    const dossier = await until(
      () => dossierView(code, citizen),
      (d) => d.feeStatus === 'PAID',
    );
    expect(dossier.status).toBe('RECEIVED');
    expect(dossier.history.filter((h) => h.action === 'FEE_PAID')).toHaveLength(1);
    const delivered = await until(
      async () => (await db.query('select delivered_at from payments.outbox_message where id = $1', [rows[0].id])).rows[0].delivered_at,
      (at) => at !== null,
    );
    expect(delivered).not.toBeNull();

    // A forged envelope is refused outright.
    const forged = await fetch(`${inject('subgraphUrls').dossiers}/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-event-signature': '00' }, body: envelope });
    expect(forged.status).toBe(401);
  });
});
