import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireCaller, type RequestContext } from '@motcua/platform';
import { TrainingAttendee } from '../entities/training-attendee.entity';
import { TrainingSession } from '../entities/training-session.entity';
import { AdministrativeUnitRef } from '../federation/external-types';
import { outreachServices } from '../services/container';
import { UnitPeriodArgs } from './common.types';
import { RecordTrainingAttendanceInput, RecordTrainingSessionInput, TrainedPeopleRow, TrainingSessionConnection, TrainingSessionsArgs } from './training.types';

const training = (ctx: RequestContext) => outreachServices(ctx.em).training;

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => TrainingSessionConnection, { description: "Training sessions in the official's jurisdiction, newest first" })
  trainingSessions(@Args() args: TrainingSessionsArgs, @Ctx() ctx: RequestContext): Promise<TrainingSessionConnection> {
    return training(ctx).list(requireCaller(ctx), args);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => TrainingSession)
  trainingSession(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<TrainingSession> {
    return training(ctx).byId(requireCaller(ctx), id);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => [TrainedPeopleRow], { description: 'Who was trained in sessions held in the period, per unit they belong to' })
  trainedPeople(@Args() args: UnitPeriodArgs, @Ctx() ctx: RequestContext): Promise<TrainedPeopleRow[]> {
    return training(ctx).trainedPeople(requireCaller(ctx), args.unitCode, args.from, args.to);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => TrainingSession, { description: 'Record a training session: a plan (PLANNED) or one held, with its attendance' })
  recordTrainingSession(@Arg('input') input: RecordTrainingSessionInput, @Ctx() ctx: RequestContext): Promise<TrainingSession> {
    return training(ctx).record(requireCaller(ctx), input);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => TrainingSession, { description: 'Mark a session held with its attendance sheet (replacing any earlier one)' })
  recordTrainingAttendance(@Arg('input') input: RecordTrainingAttendanceInput, @Ctx() ctx: RequestContext): Promise<TrainingSession> {
    return training(ctx).recordAttendance(requireCaller(ctx), input);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => TrainingSession, { description: 'Cancel a planned session' })
  cancelTrainingSession(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<TrainingSession> {
    return training(ctx).cancel(requireCaller(ctx), id);
  }

  @FieldResolver(() => AdministrativeUnitRef)
  unit(@Root() s: TrainingSession): AdministrativeUnitRef {
    return { code: s.unitCode };
  }

  @FieldResolver(() => [TrainingAttendee], { description: 'The attendance sheet (named attendees)' })
  attendees(@Root() s: TrainingSession, @Ctx() ctx: RequestContext): Promise<TrainingAttendee[]> {
    return training(ctx).attendeesOf(s);
  }
}

@Resolver(() => TrainingAttendee)
export class TrainingAttendeeResolver {
  @FieldResolver(() => AdministrativeUnitRef)
  unit(@Root() a: TrainingAttendee): AdministrativeUnitRef {
    return { code: a.unitCode };
  }
}
