import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { AppError, hasRole, requireCaller, type RequestContext } from '@motcua/platform';
import { DossierStatus } from '../domain/dossier-state';
import { codeTail, maskName } from '../domain/masking';
import { DeliveryMethod, Dossier } from '../entities/dossier.entity';
import { Notification } from '../entities/notification.entity';
import { PickupCall } from '../entities/pickup-call.entity';
import { StoredFile } from '../entities/stored-file.entity';

@ObjectType({ description: 'A result waiting at the counter, as the hall board may show it' })
export class ReadyForPickup {
  @Field() maskedName!: string;
  @Field() codeTail!: string;
  @Field(() => Int, { nullable: true }) counter!: number | null;
  @Field() readySince!: Date;
}

@ObjectType({ description: "The hall's display: results ready and the latest calls (masked, no personal data)" })
export class PickupBoard {
  @Field(() => [ReadyForPickup]) ready!: ReadyForPickup[];
  @Field(() => [PickupCall]) calls!: PickupCall[];
}

@Resolver()
export class CounterResolver {
  @Query(() => PickupBoard, { description: 'For the display board in the hall; public because it holds masked data only' })
  async pickupBoard(@Arg('unitCode') unitCode: string, @Ctx() ctx: RequestContext): Promise<PickupBoard> {
    const ready = await ctx.em.find(
      Dossier,
      // Results wait at the counter that received the dossier, also when another unit settled it.
      { unitCode, status: DossierStatus.RESULT_READY, deliveryMethod: DeliveryMethod.PICKUP },
      { orderBy: { settledAt: 'asc' }, limit: 50 },
    );
    const since = new Date(Date.now() - 4 * 3600_000);
    const calls = await ctx.em.find(PickupCall, { unitCode, calledAt: { $gte: since } }, { orderBy: { calledAt: 'desc' }, limit: 20 });
    return {
      ready: ready.map((d) => ({ maskedName: maskName(d.applicant.fullName), codeTail: codeTail(d.code) ?? d.code, counter: d.pickupCounter ?? null, readySince: d.settledAt ?? d.updatedAt })),
      calls,
    };
  }

  @Authorized('INTAKE', 'ADMIN')
  @Query(() => [Notification], { description: "Messages sent to citizens (the development outbox), newest first; officers see their unit's" })
  async notificationOutbox(
    @Ctx() ctx: RequestContext,
    @Arg('dossierCode', () => String, { nullable: true }) dossierCode?: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
  ): Promise<Notification[]> {
    const caller = requireCaller(ctx);
    if (first < 1 || first > 200) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'first' }] } });
    const query = ctx.em.createQueryBuilder(Notification, 'n').select('*').orderBy({ createdAt: 'desc' }).limit(first);
    if (dossierCode) query.andWhere({ dossierCode });
    if (!hasRole(caller, 'ADMIN')) {
      // A subquery, not a list of codes: a unit can have millions of dossiers.
      const ofUnit = ctx.em.createQueryBuilder(Dossier, 'd').select('d.code').where({ $or: [{ unitCode: caller.unitCode }, { currentUnitCode: caller.unitCode }] });
      query.andWhere({ dossierCode: { $in: ofUnit.getKnexQuery() } });
    }
    return query.getResultList();
  }

  @Authorized('CITIZEN')
  @Query(() => [StoredFile], { description: 'Documents digitised or uploaded for the caller earlier, to reuse in a new dossier' })
  myDigitisedFiles(@Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    const caller = requireCaller(ctx);
    return ctx.em.find(StoredFile, { applicantSubject: caller.subject }, { orderBy: { createdAt: 'desc' }, limit: 100 });
  }
}
