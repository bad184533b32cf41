import { OptimisticLockError, type EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '@motcua/platform';
import { Dossier } from '../entities/dossier.entity';
import { DossierWorkflow } from './dossier-workflow';

export type DossierStep = (em: EntityManager, dossier: Dossier, workflow: DossierWorkflow) => Promise<void>;

/**
 * The one entry point for changing an existing dossier: intake, processing, result return and the payment
 * events all go through it. The step runs with a `DossierWorkflow`, which checks the state machine and writes
 * the audit event, the statistics, the outbox event and the citizen's message in the same transaction; the
 * workers send them once it has committed.
 */
export class DossierChanges {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Loads the dossier, runs the step and commits it in one transaction; the optimistic lock turns a race
   * between two officers into a CONFLICT for the loser, with nothing half-written.
   */
  async change(code: string, step: DossierStep): Promise<Dossier> {
    const before = await this.em.findOne(Dossier, { code });
    if (!before) throw new AppError('NOT_FOUND', { details: { code } });
    return this.em
      .transactional(async (em) => {
        const dossier = await em.findOneOrFail(Dossier, { code });
        const workflow = new DossierWorkflow(em, this.now);
        await step(em, dossier, workflow);
        await workflow.finish();
        return dossier;
      })
      .catch((err: unknown) => {
        if (err instanceof OptimisticLockError) throw new AppError('CONFLICT', { details: { code } });
        throw err;
      });
  }

  /** The same step inside a transaction someone else holds (an event handler's): null when there is no such dossier. */
  static async within(em: EntityManager, code: string, step: DossierStep, now?: () => Date): Promise<Dossier | null> {
    const dossier = await em.findOne(Dossier, { code });
    if (!dossier) return null;
    const workflow = new DossierWorkflow(em, now);
    await step(em, dossier, workflow);
    await em.flush();
    await workflow.finish();
    return dossier;
  }
}
