import { DateScalar } from '@motcua/platform';
import { ArgsType, Field, Float, InputType, ObjectType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { TargetMetric } from '../domain/target-progress';
import { UnitPageArgs } from './common.types';

@ObjectType({ description: 'Where a unit stands against its target' })
export class TargetProgress {
  @Field(() => Float, { nullable: true, description: 'The figure reached (a share 0..1, or people); null when unknown' }) actual!: number | null;
  @Field(() => DateScalar, { description: 'The figure covers the period up to this day' }) measuredTo!: string;
  @Field(() => Float, { nullable: true, description: 'actual / target' }) ratio!: number | null;
  @Field(() => Boolean, { nullable: true }) met!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Where it should be by now (a count in proportion to the elapsed period)' }) onTrack!: boolean | null;
}

@ArgsType()
export class TargetsArgs extends UnitPageArgs {
  @Field(() => TargetMetric, { nullable: true })
  metric?: TargetMetric | null;

  @Field(() => DateScalar, { nullable: true, description: 'Targets whose period overlaps [from, to]' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;
}

@InputType()
export class SetTargetInput {
  @Field()
  @MaxLength(20)
  unitCode!: string;

  @Field(() => TargetMetric)
  metric!: TargetMetric;

  @Field(() => DateScalar)
  periodStart!: string;

  @Field(() => DateScalar)
  periodEnd!: string;

  @Field(() => Float, { description: 'A share as 0..1 for ONLINE_SHARE (0.7 = 70%); a number of people otherwise' })
  @Min(0)
  @Max(1_000_000)
  targetValue!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}
