import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { batchLoad, requireCaller, type RequestContext } from '@motcua/platform';
import { OutreachEvent } from '../entities/outreach-event.entity';
import { AdministrativeUnitRef } from '../federation/external-types';
import { outreachServices } from '../services/container';
import { OutreachEventConnection, OutreachEventsArgs, RecordOutreachEventInput } from './outreach-event.types';

const events = (ctx: RequestContext) => outreachServices(ctx.em).events;

async function assistedById(ctx: RequestContext, list: readonly OutreachEvent[]): Promise<Map<OutreachEvent, number>> {
  const byId = await events(ctx).assistedDuring(list);
  return new Map(list.map((e) => [e, byId.get(e.id) ?? 0]));
}

@Resolver(() => OutreachEvent)
export class OutreachEventResolver {
  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => OutreachEventConnection, { description: "Outreach events in the official's jurisdiction, newest first" })
  outreachEvents(@Args() args: OutreachEventsArgs, @Ctx() ctx: RequestContext): Promise<OutreachEventConnection> {
    return events(ctx).list(requireCaller(ctx), args);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => OutreachEvent, { description: 'Record a hamlet or neighbourhood meeting, a Youth Union campaign day or a support point' })
  recordOutreachEvent(@Arg('input') input: RecordOutreachEventInput, @Ctx() ctx: RequestContext): Promise<OutreachEvent> {
    return events(ctx).record(requireCaller(ctx), input);
  }

  @FieldResolver(() => AdministrativeUnitRef)
  unit(@Root() e: OutreachEvent): AdministrativeUnitRef {
    return { code: e.unitCode };
  }

  @FieldResolver(() => Int, { description: 'Dossiers volunteers helped submit in the unit while it ran, counted from dossier events' })
  async assistedDossiersCounted(@Root() e: OutreachEvent, @Ctx() ctx: RequestContext): Promise<number> {
    // One count for the whole page of events.
    return (await batchLoad(ctx, 'outreach.assistedDuring', (list: readonly OutreachEvent[]) => assistedById(ctx, list), e)) ?? 0;
  }
}
