import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { requireCaller, type RequestContext } from '@motcua/platform';
import { DossierStatus } from '../domain/dossier-state';
import { boardEntry } from '../domain/masking';
import { DeliveryMethod, Dossier } from '../entities/dossier.entity';
import { PickupCall } from '../entities/pickup-call.entity';
import { StoredFile } from '../entities/stored-file.entity';

@ObjectType({ description: 'A result waiting at the counter, as the hall board may show it' })
export class ReadyForPickup {
  @Field() maskedName!: string;
  @Field() codeTail!: string;
  @Field(() => Int, { nullable: true }) counter!: number | null;
  @Field() readySince!: Date;
}

@ObjectType({ description: 'How the hall board names a dossier: what a call of it shows and says' })
export class BoardEntry {
  @Field({ description: 'e.g. Nguyễn V. A.' }) maskedName!: string;
  @Field({ description: 'e.g. 250312-0012' }) codeTail!: string;
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
    const recent = await ctx.em.find(PickupCall, { unitCode, calledAt: { $gte: since } }, { orderBy: { calledAt: 'desc' }, limit: 20 });
    // A call is over once its result is handed over (or no longer waits at the counter): it leaves "Đang mời".
    const waiting = recent.length ? await ctx.em.find(Dossier, { code: { $in: [...new Set(recent.map((call) => call.dossierCode))] }, status: DossierStatus.RESULT_READY }, { fields: ['code'] }) : [];
    const stillWaiting = new Set(waiting.map((d) => d.code));
    return {
      ready: ready.map((d) => ({ ...boardEntry(d.applicant.fullName, d.code), counter: d.pickupCounter ?? null, readySince: d.settledAt ?? d.updatedAt })),
      calls: recent.filter((call) => stillWaiting.has(call.dossierCode)),
    };
  }

  @Authorized('CITIZEN')
  @Query(() => [StoredFile], { description: 'Documents digitised or uploaded for the caller earlier, to reuse in a new dossier' })
  myDigitisedFiles(@Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    const caller = requireCaller(ctx);
    return ctx.em.find(StoredFile, { applicantSubject: caller.subject }, { orderBy: { createdAt: 'desc' }, limit: 100 });
  }
}
