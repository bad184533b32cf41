import { DateScalar } from '@motcua/platform';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsDate, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { AttendeeRole } from '../entities/training-attendee.entity';
import { TrainingAudience, TrainingSession, TrainingStatus } from '../entities/training-session.entity';
import { AdministrativeUnitRef } from '../federation/external-types';
import { UnitPageArgs, connectionOf } from './common.types';

@ArgsType()
export class TrainingSessionsArgs extends UnitPageArgs {
  @Field(() => TrainingStatus, { nullable: true })
  status?: TrainingStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Sessions starting on or after this day' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Sessions starting on or before this day' })
  to?: string | null;
}

export const TrainingSessionConnection = connectionOf(TrainingSession, 'TrainingSessionConnection');
export type TrainingSessionConnection = InstanceType<typeof TrainingSessionConnection>;

@InputType()
export class AttendeeInput {
  @Field()
  @MaxLength(120)
  fullName!: string;

  @Field(() => AttendeeRole)
  role!: AttendeeRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  position?: string | null;

  @Field({ description: 'The unit the person belongs to (counted there)' })
  @MaxLength(20)
  unitCode!: string;
}

@InputType()
export class RecordTrainingSessionInput {
  @Field()
  @MaxLength(200)
  title!: string;

  @Field(() => TrainingAudience)
  audience!: TrainingAudience;

  @Field(() => TrainingStatus, { defaultValue: TrainingStatus.HELD, description: 'PLANNED for a plan; HELD (default) for a session that took place' })
  status!: TrainingStatus;

  @Field({ description: 'The unit whose people were trained' })
  @MaxLength(20)
  unitCode!: string;

  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;

  @Field()
  @MaxLength(120)
  trainer!: string;

  @Field()
  @MaxLength(200)
  location!: string;

  @Field(() => String, { nullable: true, description: 'Objectives and agenda' })
  @IsOptional()
  @MaxLength(4000)
  plan?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @MaxLength(300, { each: true })
  materials!: string[];

  @Field(() => Int, { nullable: true, description: 'Head count; defaults to the number of named attendees' })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  attendeeCount?: number | null;

  @Field(() => [AttendeeInput], { defaultValue: [] })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  attendees!: AttendeeInput[];
}

@InputType()
export class RecordTrainingAttendanceInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => [AttendeeInput])
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  attendees!: AttendeeInput[];

  @Field(() => Int, { nullable: true, description: 'Head count; defaults to the number of named attendees' })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  attendeeCount?: number | null;
}

/** Who was trained, counted for the unit they belong to. */
@ObjectType()
export class TrainedPeopleRow {
  @Field(() => AdministrativeUnitRef) unit!: AdministrativeUnitRef;
  @Field(() => Int, { description: 'Sessions held for this unit' }) sessions!: number;
  @Field(() => Int, { description: 'Head count of those sessions' }) attendees!: number;
  @Field(() => Int, { description: 'Officials of this unit trained (each person once)' }) officials!: number;
  @Field(() => Int) volunteers!: number;
  @Field(() => Int) citizens!: number;
}
