import { DateScalar } from '@motcua/platform';
import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { AdministrativeUnitRef } from '../federation/external-types';
import { UnitPeriodArgs } from './common.types';

@ArgsType()
export class OutreachImpactArgs extends UnitPeriodArgs {
  @Field(() => Int, { defaultValue: 3, description: 'Months compared on each side of the first activity' })
  @Min(1)
  @Max(12)
  windowMonths!: number;
}

@ObjectType({ description: 'Dossiers of a unit over some days, from the dossiers service' })
export class PeriodOnlineShare {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Int, { nullable: true }) totalDossiers!: number | null;
  @Field(() => Int, { nullable: true }) onlineDossiers!: number | null;
  @Field(() => Float, { nullable: true, description: '0..1' }) onlineShare!: number | null;
}

@ObjectType({ description: "A unit's online share before and after its first training or outreach event of the period" })
export class OutreachImpactRow {
  @Field(() => AdministrativeUnitRef) unit!: AdministrativeUnitRef;
  @Field(() => DateScalar) firstActivityOn!: string;
  @Field(() => Int, { description: 'Training sessions held in the period' }) trainings!: number;
  @Field(() => Int, { description: 'Outreach events in the period' }) events!: number;
  @Field(() => Int, { description: 'People trained or reached' }) peopleReached!: number;
  @Field(() => PeriodOnlineShare) before!: PeriodOnlineShare;
  @Field(() => PeriodOnlineShare, { nullable: true, description: 'Null while the first activity is today or later' }) after!: PeriodOnlineShare | null;
  @Field({ description: 'The "after" window has not yet run its full length' }) afterPartial!: boolean;
  @Field(() => Float, { nullable: true, description: 'Change of the online share in percentage points' }) changePoints!: number | null;
  @Field(() => AdministrativeUnitRef, { nullable: true, description: 'The unit above, measured over the same windows, for comparison' }) baselineUnit!: AdministrativeUnitRef | null;
  @Field(() => Float, { nullable: true, description: "The unit above's change over the same windows, in percentage points" }) baselineChangePoints!: number | null;
}

@ObjectType()
export class OutreachImpact {
  @Field(() => Int) windowMonths!: number;
  @Field({ description: 'False when the dossiers service could not be read: activities show without the shares' }) indicatorsAvailable!: boolean;
  @Field(() => [OutreachImpactRow]) rows!: OutreachImpactRow[];
}
