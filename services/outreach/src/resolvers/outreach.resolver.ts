import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createGraphClient, createUnitDirectory, requireCaller, type RequestContext } from '@motcua/platform';
import { OutreachEvent } from '../entities/outreach-event.entity';
import { TrainingSession } from '../entities/training-session.entity';
import { AdministrativeUnitRef } from '../federation/external-types';
import { OutreachRecordsService } from '../services/outreach-records.service';
import { OutreachEventConnection, OutreachPageArgs, RecordTrainingSessionInput, TrainingSessionConnection } from './outreach.types';

const units = createUnitDirectory(createGraphClient());
const service = (ctx: RequestContext) => new OutreachRecordsService(ctx.em, units);

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => TrainingSessionConnection, { description: "Training sessions in the official's jurisdiction, newest first" })
  trainingSessions(@Args() args: OutreachPageArgs, @Ctx() ctx: RequestContext): Promise<TrainingSessionConnection> {
    return service(ctx).trainingSessions(requireCaller(ctx), args);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => TrainingSession, { description: 'Record a training session (plan or held) with its attendance' })
  recordTrainingSession(@Arg('input') input: RecordTrainingSessionInput, @Ctx() ctx: RequestContext): Promise<TrainingSession> {
    return service(ctx).recordTrainingSession(requireCaller(ctx), input);
  }

  @FieldResolver(() => AdministrativeUnitRef)
  unit(@Root() s: TrainingSession): AdministrativeUnitRef {
    return { code: s.unitCode };
  }
}

@Resolver(() => OutreachEvent)
export class OutreachEventResolver {
  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => OutreachEventConnection, { description: "Outreach events in the official's jurisdiction, newest first" })
  outreachEvents(@Args() args: OutreachPageArgs, @Ctx() ctx: RequestContext): Promise<OutreachEventConnection> {
    return service(ctx).outreachEvents(requireCaller(ctx), args);
  }

  @FieldResolver(() => AdministrativeUnitRef)
  unit(@Root() e: OutreachEvent): AdministrativeUnitRef {
    return { code: e.unitCode };
  }
}
