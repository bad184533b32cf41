import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, type ServiceDeps, startOfVietnamDay, vietnamDay } from '@motcua/platform';
import type { Logger } from 'pino';
import { DossierAction, DossierStatus } from '../domain/dossier-state';
import { chooseSuccessor, type SuccessionResolution } from '../domain/successor-choice';
import { Dossier } from '../entities/dossier.entity';
import { DossierEvent } from '../entities/dossier-event.entity';
import { SYSTEM_ACTOR } from './actor';
import { DossierWorkflow } from './dossier-workflow';
import type { ProcedureRulesClient, UnitHistory } from './procedure-rules.client';

/** The audited act of handing a dossier to the successor of its ended unit. */
const SUCCESSION = 'SUCCESSION';

const FINISHED = [DossierStatus.REFUSED, DossierStatus.RETURNED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED];

type UnitField = 'unitCode' | 'currentUnitCode';

interface Handover {
  from: string;
  to: string;
  toName: string;
  resolution: SuccessionResolution;
  fields: UnitField[];
}

/**
 * Dossiers in flight when their unit ends (1 July 2025: districts abolished, communes merged) pass to the
 * successor unit: the receiving unit (`unitCode`) and the holding unit (`currentUnitCode`) each become the
 * successor of the unit they named on the day the dossier came to it, chosen by `chooseSuccessor` (a district,
 * which has no successor link, passes to the successor of its province). Each change is a SUCCESSION entry in
 * the trail by "Hệ thống" with {from, to, resolution, fields}. The code, the agency and the legal clock stay.
 *
 * Idempotent: the day a dossier came to its unit is the latest of its receipt, transfers and successions, so a
 * dossier already handed over names a unit in force on that day and is left alone.
 */
export class SuccessionHandoverService {
  constructor(
    private readonly em: EntityManager,
    private readonly rules: ProcedureRulesClient,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Hands over every unfinished dossier of an ended unit; returns how many were handed over. */
  async run(): Promise<number> {
    let handed = 0;
    for (const code of await this.candidates()) {
      if (await this.handOver(code)) handed++;
    }
    if (handed) this.log.info({ dossiers: handed }, 'dossiers of ended units handed to their successors');
    return handed;
  }

  /**
   * Unfinished dossiers that may name an ended unit: those of a code not in force today, or submitted before
   * the version of its code in force today began (27931 was a town until 30 June 2025 and a commune since).
   */
  private async candidates(): Promise<string[]> {
    const rows: { unit_code: string; current_unit_code: string }[] = await this.em
      .createQueryBuilder(Dossier, 'd')
      .select(['d.unit_code', 'd.current_unit_code'])
      .distinct()
      .where({ status: { $nin: FINISHED } })
      .execute('all', false);
    const codes = [...new Set(rows.flatMap((r) => [r.unit_code, r.current_unit_code]))];
    const codesFrom = new Map<string, Date | null>();
    for (const code of codes) {
      const today = await known(this.rules.history(code, null));
      // In force since the data begin: no dossier of this code can name an ended unit.
      if (today && !today.validTo && !today.validFrom) continue;
      codesFrom.set(code, today && !today.validTo && today.validFrom ? startOfVietnamDay(today.validFrom) : null);
    }
    const found = new Set<string>();
    for (const [code, since] of codesFrom) {
      const dossiers = await this.em.find(
        Dossier,
        { status: { $nin: FINISHED }, $or: [{ unitCode: code }, { currentUnitCode: code }], ...(since ? { submittedAt: { $lt: since } } : {}) },
        { fields: ['code'], orderBy: { code: 'asc' } },
      );
      for (const d of dossiers) found.add(d.code);
    }
    return [...found].sort();
  }

  private async handOver(code: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const dossier = await em.findOneOrFail(Dossier, { code });
      const events = await em.find(DossierEvent, { dossier }, { orderBy: { at: 'asc' } });
      const arrived = (actions: string[]) => [...events].reverse().find((e) => actions.includes(e.action))?.at ?? dossier.receivedAt ?? dossier.submittedAt ?? dossier.createdAt;
      const since: Record<UnitField, Date> = {
        unitCode: arrived([SUCCESSION]),
        currentUnitCode: arrived([SUCCESSION, DossierAction.TRANSFER]),
      };
      const handovers: Handover[] = [];
      for (const field of ['unitCode', 'currentUnitCode'] as const) {
        const next = await this.successorOf(dossier[field], since[field], dossier.applicant.address);
        if (!next) continue;
        const same = handovers.find((h) => h.from === dossier[field] && h.to === next.to);
        if (same) same.fields.push(field);
        else handovers.push({ ...next, from: dossier[field], fields: [field] });
      }
      if (!handovers.length) return false;
      const workflow = new DossierWorkflow(em, this.now);
      for (const h of handovers) {
        for (const field of h.fields) dossier[field] = h.to;
        workflow.note(dossier, SUCCESSION, SYSTEM_ACTOR, {
          reason: `Chuyển giao cho ${h.toName} (đơn vị kế thừa)`,
          data: { from: h.from, to: h.to, resolution: h.resolution, fields: h.fields },
        });
      }
      // Whoever handled it at the old unit does not come with the dossier.
      if (handovers.some((h) => h.fields.includes('currentUnitCode'))) {
        dossier.handlerSubject = null;
        dossier.handlerName = null;
      }
      await em.flush();
      return true;
    });
  }

  /** The successor of the unit `code` named on day `at`, if that unit has ended; null while it is in force. */
  private async successorOf(code: string, at: Date, address: string): Promise<Omit<Handover, 'from' | 'fields'> | null> {
    const unit = await known(this.rules.history(code, at));
    if (!unit) {
      this.log.warn({ code, at }, 'a dossier names a unit unknown on its day; left where it is');
      return null;
    }
    if (!unit.validTo || unit.validTo >= vietnamDay(this.now())) return null;
    const chosen = chooseSuccessor(unit.successors, address);
    if (chosen) return { to: chosen.code, toName: chosen.name, resolution: chosen.resolution };
    const ancestor = await this.ancestorSuccessor(unit, at, address);
    if (!ancestor) this.log.warn({ code, at }, 'an ended unit without a successor; dossiers left where they are');
    return ancestor;
  }

  /** A district's dossiers go where its nearest ancestor went (the province), never to a commune. */
  private async ancestorSuccessor(unit: UnitHistory, at: Date, address: string): Promise<Omit<Handover, 'from' | 'fields'> | null> {
    for (const code of unit.path.slice(0, -1).reverse()) {
      const ancestor = await this.rules.history(code, at);
      const chosen = chooseSuccessor(ancestor.successors, address);
      if (chosen) return { to: chosen.code, toName: chosen.name, resolution: 'ANCESTOR' };
    }
    return null;
  }
}

/** The unit, or null for a code the map does not know on that day; a catalogue that does not answer is an error. */
async function known(unit: Promise<UnitHistory>): Promise<UnitHistory | null> {
  try {
    return await unit;
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
    throw err;
  }
}

/**
 * A worker: at start-up (after the demo seed), then every night, so that a later reform hands its dossiers over
 * the same way on the day it takes effect.
 */
export function startSuccessionHandover(deps: ServiceDeps, rules: ProcedureRulesClient): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const once = () => {
    running = new SuccessionHandoverService(deps.orm.em.fork(), rules, deps.log).run().catch((err: unknown) => deps.log.error({ err }, 'succession handover failed; it runs again tomorrow'));
  };
  once();
  const timer = setInterval(once, 24 * 3600_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
