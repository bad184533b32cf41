import { DateScalar } from '@motcua/platform';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { AssistedDossier } from '../entities/assisted-dossier.entity';
import { SupportTeam, SupportTeamKind } from '../entities/support-team.entity';
import { Volunteer } from '../entities/volunteer.entity';
import { AdministrativeUnitRef } from '../federation/external-types';
import { UnitPageArgs, connectionOf } from './common.types';

export const SupportTeamConnection = connectionOf(SupportTeam, 'SupportTeamConnection');
export type SupportTeamConnection = InstanceType<typeof SupportTeamConnection>;
export const VolunteerConnection = connectionOf(Volunteer, 'VolunteerConnection');
export type VolunteerConnection = InstanceType<typeof VolunteerConnection>;
export const AssistedDossierConnection = connectionOf(AssistedDossier, 'AssistedDossierConnection');
export type AssistedDossierConnection = InstanceType<typeof AssistedDossierConnection>;

@ArgsType()
export class VolunteersArgs extends UnitPageArgs {
  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false) volunteers' })
  active?: boolean | null;
}

@ArgsType()
export class AssistedDossiersArgs extends UnitPageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the dossiers this volunteer helped submit' })
  volunteerId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;
}

@InputType()
export class CreateSupportTeamInput {
  @Field(() => SupportTeamKind)
  kind!: SupportTeamKind;

  @Field()
  @MaxLength(200)
  name!: string;

  @Field()
  @MaxLength(20)
  unitCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  leaderName?: string | null;
}

@InputType()
export class RegisterVolunteerInput {
  @Field()
  @MaxLength(120)
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'Their account (token subject), which links the dossiers they help submit' })
  @IsOptional()
  @MaxLength(200)
  subject?: string | null;

  @Field()
  @MaxLength(20)
  unitCode!: string;

  @Field(() => ID, { nullable: true, description: 'Their team, which must belong to the same unit' })
  teamId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today' })
  joinedOn?: string | null;
}

/** A unit's volunteer work in a period, from the registry and the dossiers service's events (counted by month). */
@ObjectType()
export class VolunteerUnitSummary {
  @Field(() => AdministrativeUnitRef) unit!: AdministrativeUnitRef;
  @Field(() => Int) teams!: number;
  @Field(() => Int, { description: 'Active volunteers registered in the unit' }) activeVolunteers!: number;
  @Field(() => Int, { description: 'Dossiers submitted online with a volunteer’s help' }) assistedDossiers!: number;
  @Field(() => Int) onlineSubmissions!: number;
  @Field(() => Int) inPersonSubmissions!: number;
  @Field(() => Float, { nullable: true, description: 'Assisted share of online submissions, 0..1' }) assistedShare!: number | null;
}
