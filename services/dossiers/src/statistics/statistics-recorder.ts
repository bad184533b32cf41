import type { EntityManager } from '@mikro-orm/postgresql';
import type { DossierAction, DossierStatus } from '../domain/dossier-state';
import { countersOfPayment, countersOfRating, countersOfTransition, isEmptyDelta, isReceipt, type CounterDelta } from '../domain/statistic-counters';
import type { Dossier } from '../entities/dossier.entity';
import { DOCUMENTS_DIGITISED_SQL, DOCUMENTS_REUSED_SQL, applicationDocumentsSql } from './statistics-bulk';
import { ADD_ONE_ROW_SQL, counterValues } from './statistic-tables';
import { vietnamDay, type SqlStatement } from '@motcua/platform';

const DOCUMENT_FACTS_SQL = `select ${DOCUMENTS_DIGITISED_SQL} as digitised, ${DOCUMENTS_REUSED_SQL} as reused
  from dossiers.dossier s left join (${applicationDocumentsSql('cast(? as uuid)')}) docs on docs.dossier_id = s.id where s.id = ?`;

/**
 * Keeps the daily statistics up to date: called in the transaction of each change (a state change in
 * DossierWorkflow.apply, a confirmed payment, a rating), it adds the change's counters to the row of the
 * dossier's receiving unit, procedure and channel for the local day of the event, and to that month.
 */
export class StatisticsRecorder {
  constructor(private readonly em: EntityManager) {}

  /**
   * After a state change; `data` is the transition's audit data (APPROVE tells how many result files). The
   * counters' statement is returned for the caller to send with the transaction's other writes (null: none).
   */
  async transition(dossier: Dossier, from: DossierStatus, action: DossierAction, at: Date, data?: Record<string, unknown>): Promise<SqlStatement | null> {
    const documents = isReceipt(action) ? await this.documentsAtReceipt(dossier) : null;
    const delta = countersOfTransition({
      from,
      to: dossier.status,
      action,
      timeliness: dossier.timeliness ?? null,
      deliveryMethod: dossier.deliveryMethod,
      resultFiles: Number(data?.results ?? 0),
      documents,
    });
    return addStatement(dossier, vietnamDay(at), delta);
  }

  /** A payment confirmed by the payments service (`method` as it reports it: ONLINE, CASH, BANK_TRANSFER). */
  feePaid(dossier: Dossier, method: string, at: Date = new Date()): Promise<void> {
    return this.add(dossier, vietnamDay(at), countersOfPayment(method));
  }

  /** The citizen's rating, counted on the day of the return it rates. */
  rated(dossier: Dossier, rating: number): Promise<void> {
    return this.add(dossier, vietnamDay(dossier.returnedAt ?? new Date()), countersOfRating(rating));
  }

  /** The documents are read as stored, so what this transaction attached is flushed first. */
  private async documentsAtReceipt(dossier: Dossier): Promise<{ digitised: boolean; reused: boolean }> {
    await this.em.flush();
    const [row] = await this.em.execute<{ digitised: boolean; reused: boolean }[]>(DOCUMENT_FACTS_SQL, [dossier.id, dossier.id]);
    return { digitised: !!row?.digitised, reused: !!row?.reused };
  }

  private async add(dossier: Dossier, day: string, delta: CounterDelta): Promise<void> {
    const statement = addStatement(dossier, day, delta);
    if (statement) await this.em.execute(statement.sql, statement.params);
  }
}

function addStatement(dossier: Dossier, day: string, delta: CounterDelta): SqlStatement | null {
  return isEmptyDelta(delta) ? null : { sql: ADD_ONE_ROW_SQL, params: [dossier.unitCode, dossier.procedureCode, dossier.channel, day, ...counterValues(delta)] };
}
