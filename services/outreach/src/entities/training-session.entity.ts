import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum TrainingAudience {
  OFFICIALS = 'OFFICIALS',
  VOLUNTEERS = 'VOLUNTEERS',
  CITIZENS = 'CITIZENS',
}
registerEnumType(TrainingAudience, { name: 'TrainingAudience' });

/** A training session (tập huấn) for officials, volunteers or citizens. */
@Entity({ tableName: 'training_session' })
@ObjectType()
export class TrainingSession {
  [OptionalProps]?: 'createdAt' | 'attendeeCount' | 'materials';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Field()
  title!: string;

  @Enum({ items: () => TrainingAudience })
  @Field(() => TrainingAudience)
  audience!: TrainingAudience;

  @Property({ type: 'text' })
  unitCode!: string;

  /** The unit's ancestry ('80/803/27994') at the time of recording: a jurisdiction is a prefix. */
  @Index()
  @Property({ type: 'text' })
  unitPath!: string;

  @Property({ type: 'timestamptz' })
  @Field()
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field()
  endsAt!: Date;

  @Property({ type: 'text' })
  @Field()
  trainer!: string;

  @Property({ type: 'text' })
  @Field()
  location!: string;

  @Property({ type: 'json' })
  @Field(() => [String], { description: 'Materials used (titles or links)' })
  materials: string[] = [];

  @Property({ type: 'int' })
  @Field(() => Int)
  attendeeCount: number = 0;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();
}
