import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { requireCaller, type RequestContext, DateScalar } from '@motcua/platform';
import { catalogue } from './catalogue';
import { IndicatorsService } from './indicators.service';
import { Indicators, OutreachOpportunity } from './indicators.types';

const UNIT_DESCRIPTION =
  "AdministrativeUnit.code; the caller's own unit when omitted. A unit includes every unit beneath it and the history of the units it succeeded (a partial predecessor apportioned).";
const AS_OF_DESCRIPTION = 'The day whose map is read (today by default): with a day before 1 July 2025 the old units are read as they were';

/** The officials' dashboard: indicators and where outreach should go next (officials of the unit and above, admins). */
@Resolver()
export class IndicatorsResolver {
  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => Indicators, { description: 'Indicators of a unit over a period of local days (inclusive), with breakdowns and the Decision 766 index' })
  indicators(
    @Arg('unitCode', () => String, { nullable: true, description: UNIT_DESCRIPTION }) unitCode: string | null,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<Indicators> {
    return new IndicatorsService(ctx.em, catalogue).indicators(requireCaller(ctx), unitCode, from, to, asOf);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => [OutreachOpportunity], { description: 'In-person dossiers of procedures that could have been done fully online, by unit and procedure, most first' })
  outreachOpportunities(
    @Arg('unitCode', () => String, { nullable: true, description: UNIT_DESCRIPTION }) unitCode: string | null,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<OutreachOpportunity[]> {
    return new IndicatorsService(ctx.em, catalogue).outreachOpportunities(requireCaller(ctx), unitCode, from, to, first, asOf);
  }
}
