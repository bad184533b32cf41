import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { requireCaller, type RequestContext } from '@motcua/platform';
import { DossierStatus } from '../domain/dossier-state';
import { codeTail, maskName } from '../domain/masking';
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

  @Authorized('CITIZEN')
  @Query(() => [StoredFile], { description: 'Documents digitised or uploaded for the caller earlier, to reuse in a new dossier' })
  myDigitisedFiles(@Ctx() ctx: RequestContext): Promise<StoredFile[]> {
    const caller = requireCaller(ctx);
    return ctx.em.find(StoredFile, { applicantSubject: caller.subject }, { orderBy: { createdAt: 'desc' }, limit: 100 });
  }
}
