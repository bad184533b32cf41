import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireCaller, type RequestContext } from '@motcua/platform';
import { OutreachTarget } from '../entities/outreach-target.entity';
import { AdministrativeUnitRef } from '../federation/external-types';
import { outreachServices } from '../services/container';
import { connectionOf, type Page } from './common.types';
import { SetTargetInput, TargetsArgs } from './target.types';

const OutreachTargetConnection = connectionOf(OutreachTarget, 'OutreachTargetConnection');
const targets = (ctx: RequestContext) => outreachServices(ctx.em).targets;

@Resolver(() => OutreachTarget)
export class OutreachTargetResolver {
  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => OutreachTargetConnection, { description: 'Targets of the units in scope, with progress' })
  outreachTargets(@Args() args: TargetsArgs, @Ctx() ctx: RequestContext): Promise<Page<OutreachTarget>> {
    return targets(ctx).list(requireCaller(ctx), args);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => OutreachTarget, { description: "Set a unit's target for a metric and period (changing it if one is set)" })
  setOutreachTarget(@Arg('input') input: SetTargetInput, @Ctx() ctx: RequestContext): Promise<OutreachTarget> {
    return targets(ctx).set(requireCaller(ctx), input);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => Boolean)
  deleteOutreachTarget(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return targets(ctx).remove(requireCaller(ctx), id);
  }

  @FieldResolver(() => AdministrativeUnitRef)
  unit(@Root() t: OutreachTarget): AdministrativeUnitRef {
    return { code: t.unitCode };
  }
}
