import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { wrap } from '@mikro-orm/core';
import { requireCaller, type RequestContext } from '@motcua/platform';
import { minutesToResolve } from '../domain/support-request-state';
import { SupportGroup } from '../entities/support-group.entity';
import { SupportOutcome, SupportRequest } from '../entities/support-request.entity';
import { AdministrativeUnitRef, ProcedureRef } from '../federation/external-types';
import { outreachServices } from '../services/container';
import { UnitPeriodArgs } from './common.types';
import {
  CreateSupportGroupInput,
  LogSupportRequestInput,
  SupportChannelStats,
  SupportGroupConnection,
  SupportGroupsArgs,
  SupportRequestConnection,
  SupportRequestsArgs,
  UpdateSupportGroupInput,
} from './support.types';

const support = (ctx: RequestContext) => outreachServices(ctx.em).support;

@Resolver(() => SupportGroup)
export class SupportGroupResolver {
  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => SupportGroupConnection, { description: 'Zalo support groups of the units in scope' })
  supportGroups(@Args() args: SupportGroupsArgs, @Ctx() ctx: RequestContext): Promise<SupportGroupConnection> {
    return support(ctx).groups(requireCaller(ctx), args);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => SupportGroup)
  createSupportGroup(@Arg('input') input: CreateSupportGroupInput, @Ctx() ctx: RequestContext): Promise<SupportGroup> {
    return support(ctx).createGroup(requireCaller(ctx), input);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => SupportGroup)
  updateSupportGroup(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateSupportGroupInput, @Ctx() ctx: RequestContext): Promise<SupportGroup> {
    return support(ctx).updateGroup(requireCaller(ctx), id, input);
  }

  @FieldResolver(() => AdministrativeUnitRef)
  unit(@Root() g: SupportGroup): AdministrativeUnitRef {
    return { code: g.unitCode };
  }
}

@Resolver(() => SupportRequest)
export class SupportRequestResolver {
  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => SupportRequestConnection, { description: 'The assisted-contact inbox: open first (longest waiting on top), then the rest' })
  supportRequests(@Args() args: SupportRequestsArgs, @Ctx() ctx: RequestContext): Promise<SupportRequestConnection> {
    return support(ctx).requests(requireCaller(ctx), args);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => [SupportChannelStats], { description: 'Assisted contacts per channel in the period, and how fast they were resolved' })
  supportStats(@Args() args: UnitPeriodArgs, @Ctx() ctx: RequestContext): Promise<SupportChannelStats[]> {
    return support(ctx).stats(requireCaller(ctx), args.unitCode, args.from, args.to);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => SupportRequest, { description: 'Log an assisted contact; with an outcome it is logged as resolved on the spot' })
  logSupportRequest(@Arg('input') input: LogSupportRequestInput, @Ctx() ctx: RequestContext): Promise<SupportRequest> {
    return support(ctx).log(requireCaller(ctx), input);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => SupportRequest)
  answerSupportRequest(@Arg('id', () => ID) id: string, @Arg('answer') answer: string, @Ctx() ctx: RequestContext): Promise<SupportRequest> {
    return support(ctx).answer(requireCaller(ctx), id, answer);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => SupportRequest)
  resolveSupportRequest(
    @Arg('id', () => ID) id: string,
    @Arg('outcome', () => SupportOutcome) outcome: SupportOutcome,
    @Arg('answer', () => String, { nullable: true }) answer: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportRequest> {
    return support(ctx).resolve(requireCaller(ctx), id, outcome, answer);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => SupportRequest)
  reopenSupportRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SupportRequest> {
    return support(ctx).reopen(requireCaller(ctx), id);
  }

  @FieldResolver(() => AdministrativeUnitRef)
  unit(@Root() r: SupportRequest): AdministrativeUnitRef {
    return { code: r.unitCode };
  }

  @FieldResolver(() => ProcedureRef, { nullable: true })
  procedure(@Root() r: SupportRequest): ProcedureRef | null {
    return r.procedureCode ? { code: r.procedureCode } : null;
  }

  @FieldResolver(() => SupportGroup, { nullable: true })
  async supportGroup(@Root() r: SupportRequest, @Ctx() ctx: RequestContext): Promise<SupportGroup | null> {
    if (!r.supportGroup) return null;
    return wrap(r.supportGroup).isInitialized() ? r.supportGroup : ctx.em.findOne(SupportGroup, { id: r.supportGroup.id });
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Minutes from the contact to its resolution' })
  minutesToResolve(@Root() r: SupportRequest): number | null {
    return minutesToResolve(r.receivedAt, r.resolvedAt);
  }
}
