import { Cascade, Collection, Entity, Enum, Index, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TrainingAttendee } from './training-attendee.entity';

export enum TrainingAudience {
  OFFICIALS = 'OFFICIALS',
  VOLUNTEERS = 'VOLUNTEERS',
  CITIZENS = 'CITIZENS',
}
registerEnumType(TrainingAudience, { name: 'TrainingAudience' });

export enum TrainingStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TrainingStatus, { name: 'TrainingStatus', description: 'Planned, held (with its attendance), or cancelled' });

/** A training session (tập huấn) for officials, volunteers or citizens: planned first, then held with its attendance. */
@Entity({ tableName: 'training_session' })
@ObjectType()
export class TrainingSession {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'attendeeCount' | 'materials' | 'status' | 'plan';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Field()
  title!: string;

  @Enum({ items: () => TrainingAudience })
  @Field(() => TrainingAudience)
  audience!: TrainingAudience;

  @Enum({ items: () => TrainingStatus })
  @Field(() => TrainingStatus)
  status: TrainingStatus = TrainingStatus.HELD;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The plan: objectives and agenda' })
  plan: string | null = null;

  @Property({ type: 'text' })
  unitCode!: string;

  /** The unit's ancestry ('80/802/27931') at the time of recording: a jurisdiction is a prefix. */
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

  /** Head count; at least the named attendees (a citizens' session may count heads without names). */
  @Property({ type: 'int' })
  @Field(() => Int, { description: 'How many attended (at least the named attendees)' })
  attendeeCount: number = 0;

  @OneToMany(
    () => TrainingAttendee,
    (a) => a.session,
    { cascade: [Cascade.ALL], orphanRemoval: true },
  )
  attendees = new Collection<TrainingAttendee>(this);

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
