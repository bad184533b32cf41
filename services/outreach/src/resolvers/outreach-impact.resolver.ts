import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { requireCaller, type RequestContext } from '@motcua/platform';
import { outreachServices } from '../services/container';
import { OutreachImpact, OutreachImpactArgs } from './impact.types';

@Resolver()
export class OutreachImpactResolver {
  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => OutreachImpact, { description: "Did outreach work: each unit's online share before and after its first activity of the period" })
  outreachImpact(@Args() args: OutreachImpactArgs, @Ctx() ctx: RequestContext): Promise<OutreachImpact> {
    return outreachServices(ctx.em).impact.impact(requireCaller(ctx), args.unitCode, args.from, args.to, args.windowMonths, args.asOf);
  }
}
