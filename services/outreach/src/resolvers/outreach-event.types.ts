import { DateScalar } from '@motcua/platform';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsDate, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { OutreachEvent, OutreachKind } from '../entities/outreach-event.entity';
import { UnitPageArgs, connectionOf } from './common.types';

@ArgsType()
export class OutreachEventsArgs extends UnitPageArgs {
  @Field(() => OutreachKind, { nullable: true })
  kind?: OutreachKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'Events starting on or after this day' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Events starting on or before this day' })
  to?: string | null;
}

export const OutreachEventConnection = connectionOf(OutreachEvent, 'OutreachEventConnection');
export type OutreachEventConnection = InstanceType<typeof OutreachEventConnection>;

@InputType()
export class RecordOutreachEventInput {
  @Field(() => OutreachKind)
  kind!: OutreachKind;

  @Field()
  @MaxLength(200)
  title!: string;

  @Field({ description: 'The commune (or town) where it took place' })
  @MaxLength(20)
  unitCode!: string;

  @Field({ description: 'Hamlet or neighbourhood, and the venue' })
  @MaxLength(200)
  place!: string;

  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  organiser?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(100_000)
  peopleReached!: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(100_000)
  accountsCreated!: number;

  @Field(() => Int, { defaultValue: 0, description: 'As reported; the counted figure comes from dossier events' })
  @Min(0)
  @Max(100_000)
  dossiersAssisted!: number;
}
