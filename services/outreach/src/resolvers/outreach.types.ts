import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsDate, IsNotEmpty, Max, MaxLength, Min } from 'class-validator';
import { PageInfo } from '@motcua/platform';
import { OutreachEvent } from '../entities/outreach-event.entity';
import { TrainingAudience, TrainingSession } from '../entities/training-session.entity';

@ArgsType()
export class OutreachPageArgs {
  @Field(() => String, { nullable: true, description: 'Only this unit (and the units beneath it)' })
  unitCode?: string | null;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType()
export class TrainingSessionConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [TrainingSession]) nodes!: TrainingSession[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class OutreachEventConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [OutreachEvent]) nodes!: OutreachEvent[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class RecordTrainingSessionInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field(() => TrainingAudience)
  audience!: TrainingAudience;

  @Field({ description: 'The unit whose people were trained' })
  @IsNotEmpty()
  unitCode!: string;

  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;

  @Field()
  @IsNotEmpty()
  @MaxLength(120)
  trainer!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  location!: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  materials!: string[];

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(10_000)
  attendeeCount!: number;
}
