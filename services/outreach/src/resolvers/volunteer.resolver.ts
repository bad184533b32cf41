import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { wrap } from '@mikro-orm/core';
import { batchLoad, requireCaller, type RequestContext } from '@motcua/platform';
import { AssistedDossier } from '../entities/assisted-dossier.entity';
import { SupportTeam } from '../entities/support-team.entity';
import { Volunteer } from '../entities/volunteer.entity';
import { AdministrativeUnitRef, ProcedureRef } from '../federation/external-types';
import { outreachServices } from '../services/container';
import { UnitPageArgs, UnitPeriodArgs } from './common.types';
import {
  AssistedDossierConnection,
  AssistedDossiersArgs,
  CreateSupportTeamInput,
  RegisterVolunteerInput,
  SupportTeamConnection,
  VolunteerConnection,
  VolunteersArgs,
  VolunteerUnitSummary,
} from './volunteer.types';

const volunteers = (ctx: RequestContext) => outreachServices(ctx.em).volunteers;
/** Per-row figures of a page, read for the whole page at once (both fields of a row share the read). */
const helperCounts = (ctx: RequestContext, subject: string) => batchLoad(ctx, 'outreach.helperCounts', (keys: readonly string[]) => volunteers(ctx).helperCounts(keys), subject);
const teamCounts = (ctx: RequestContext, teamId: string) => batchLoad(ctx, 'outreach.teamCounts', (keys: readonly string[]) => volunteers(ctx).teamCounts(keys), teamId);

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => VolunteerConnection, { description: 'Volunteers of the units in scope' })
  volunteers(@Args() args: VolunteersArgs, @Ctx() ctx: RequestContext): Promise<VolunteerConnection> {
    return volunteers(ctx).volunteers(requireCaller(ctx), args);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => AssistedDossierConnection, { description: 'Dossiers volunteers helped submit (from dossier events), newest first' })
  assistedDossiers(@Args() args: AssistedDossiersArgs, @Ctx() ctx: RequestContext): Promise<AssistedDossierConnection> {
    return volunteers(ctx).assistedDossiers(requireCaller(ctx), args);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => [VolunteerUnitSummary], { description: 'Per unit: teams, active volunteers and the submissions they helped, by month' })
  volunteerSummary(@Args() args: UnitPeriodArgs, @Ctx() ctx: RequestContext): Promise<VolunteerUnitSummary[]> {
    return volunteers(ctx).summary(requireCaller(ctx), args.unitCode, args.from, args.to);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => Volunteer, { description: 'Register a volunteer; with their account, the dossiers they help submit count for them' })
  registerVolunteer(@Arg('input') input: RegisterVolunteerInput, @Ctx() ctx: RequestContext): Promise<Volunteer> {
    return volunteers(ctx).register(requireCaller(ctx), input);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => Volunteer)
  setVolunteerActive(@Arg('id', () => ID) id: string, @Arg('active') active: boolean, @Ctx() ctx: RequestContext): Promise<Volunteer> {
    return volunteers(ctx).setActive(requireCaller(ctx), id, active);
  }

  @FieldResolver(() => AdministrativeUnitRef)
  unit(@Root() v: Volunteer): AdministrativeUnitRef {
    return { code: v.unitCode };
  }

  @FieldResolver(() => SupportTeam, { nullable: true })
  async team(@Root() v: Volunteer, @Ctx() ctx: RequestContext): Promise<SupportTeam | null> {
    if (!v.team) return null;
    return wrap(v.team).isInitialized() ? v.team : ctx.em.findOne(SupportTeam, { id: v.team.id });
  }

  @FieldResolver(() => Int, { description: 'Dossiers they helped submit, counted from dossier events' })
  async assistedDossierCount(@Root() v: Volunteer, @Ctx() ctx: RequestContext): Promise<number> {
    if (!v.subject) return 0;
    return (await helperCounts(ctx, v.subject))?.total ?? 0;
  }

  @FieldResolver(() => Date, { nullable: true })
  async lastAssistedAt(@Root() v: Volunteer, @Ctx() ctx: RequestContext): Promise<Date | null> {
    if (!v.subject) return null;
    return (await helperCounts(ctx, v.subject))?.last ?? null;
  }
}

@Resolver(() => SupportTeam)
export class SupportTeamResolver {
  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => SupportTeamConnection, { description: 'Community digital teams and Youth Union teams of the units in scope' })
  supportTeams(@Args() args: UnitPageArgs, @Ctx() ctx: RequestContext): Promise<SupportTeamConnection> {
    return volunteers(ctx).teams(requireCaller(ctx), args);
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Mutation(() => SupportTeam)
  createSupportTeam(@Arg('input') input: CreateSupportTeamInput, @Ctx() ctx: RequestContext): Promise<SupportTeam> {
    return volunteers(ctx).createTeam(requireCaller(ctx), input);
  }

  @FieldResolver(() => AdministrativeUnitRef)
  unit(@Root() t: SupportTeam): AdministrativeUnitRef {
    return { code: t.unitCode };
  }

  @FieldResolver(() => Int)
  async activeMembers(@Root() t: SupportTeam, @Ctx() ctx: RequestContext): Promise<number> {
    return (await teamCounts(ctx, t.id))?.members ?? 0;
  }

  @FieldResolver(() => Int, { description: 'Dossiers its members helped submit, counted from dossier events' })
  async assistedDossierCount(@Root() t: SupportTeam, @Ctx() ctx: RequestContext): Promise<number> {
    return (await teamCounts(ctx, t.id))?.assisted ?? 0;
  }
}

@Resolver(() => AssistedDossier)
export class AssistedDossierResolver {
  @FieldResolver(() => AdministrativeUnitRef, { description: 'The unit that received the dossier' })
  unit(@Root() d: AssistedDossier): AdministrativeUnitRef {
    return { code: d.unitCode };
  }

  @FieldResolver(() => ProcedureRef)
  procedure(@Root() d: AssistedDossier): ProcedureRef {
    return { code: d.procedureCode };
  }
}
