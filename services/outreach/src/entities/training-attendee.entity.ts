import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { TrainingSession } from './training-session.entity';

export enum AttendeeRole {
  OFFICIAL = 'OFFICIAL',
  VOLUNTEER = 'VOLUNTEER',
  CITIZEN = 'CITIZEN',
}
registerEnumType(AttendeeRole, { name: 'AttendeeRole' });

/** One person on a session's attendance sheet, counted for the unit they belong to (not where they were trained). */
@Entity({ tableName: 'training_attendee' })
@ObjectType()
export class TrainingAttendee {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @ManyToOne({ entity: 'TrainingSession', fieldName: 'session_id', deleteRule: 'cascade' })
  session!: TrainingSession;

  @Property({ type: 'text' })
  @Field()
  fullName!: string;

  @Enum({ items: () => AttendeeRole })
  @Field(() => AttendeeRole)
  role!: AttendeeRole;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Position or job, e.g. "Công chức Tư pháp – Hộ tịch"' })
  position: string | null = null;

  @Property({ type: 'text' })
  unitCode!: string;

  @Property({ type: 'text' })
  unitPath!: string;
}
