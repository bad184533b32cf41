import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { redactedErrorSerializer, redactText } from '../log-redaction';
import { createLogger } from '../logger';

const ID = '079123456789';
const PHONE = '0912345678';
const ADDRESS = 'Khu phố 2, xã Hậu Nghĩa';

/** What MikroORM throws when PostgreSQL refuses a write: the SQL with its values, and the values again. */
function driverError(): Error {
  const sql = `insert into "dossiers"."dossier" ("code", "applicant_id_number", "applicant_phone", "delivery_address") values ('X-1', '${ID}', '${PHONE}', '${ADDRESS}') returning "id"`;
  const err = new Error(`${sql} - value too long for type character varying(12)`);
  err.name = 'DriverException';
  Object.assign(err, { code: '22001', sql, params: [ID, PHONE, ADDRESS], detail: `Failing row contains (${ID}, ${PHONE}).` });
  return err;
}

function logged(err: unknown): string {
  const lines: string[] = [];
  const sink = new Writable({
    write: (chunk, _enc, done) => {
      lines.push(String(chunk));
      done();
    },
  });
  createLogger('test', sink).error({ err }, 'unexpected error');
  return lines.join('');
}

describe('error logs', () => {
  it('never carry the SQL values of a failed write (ID number, phone, address)', () => {
    const line = logged(driverError());
    for (const secret of [ID, PHONE, ADDRESS]) expect(line).not.toContain(secret);
    expect(line).toContain('value too long');
    expect(line).toContain('insert into');
  });

  it('scrub the error a GraphQL resolver wrapped', () => {
    const wrapped = new GraphQLError('boom', { originalError: driverError(), path: ['submitDossier'] });
    const line = JSON.stringify(redactedErrorSerializer(wrapped));
    for (const secret of [ID, PHONE, ADDRESS]) expect(line).not.toContain(secret);
  });

  it('keep ordinary messages readable', () => {
    expect(redactText('port 4002 already in use')).toBe('port 4002 already in use');
    expect(redactText("procedure '1.001193' not found")).toBe("procedure '1.001193' not found");
  });
});
