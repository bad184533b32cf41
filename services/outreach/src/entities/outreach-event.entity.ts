import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum OutreachKind {
  HAMLET_MEETING = 'HAMLET_MEETING',
  YOUTH_UNION_CAMPAIGN = 'YOUTH_UNION_CAMPAIGN',
  SUPPORT_POINT = 'SUPPORT_POINT',
}
registerEnumType(OutreachKind, { name: 'OutreachKind', description: 'Hamlet/neighbourhood meeting, Youth Union campaign, support point' });

/** An outreach event that guides citizens to online services. */
@Entity({ tableName: 'outreach_event' })
@ObjectType()
export class OutreachEvent {
  [OptionalProps]?: 'createdAt' | 'peopleReached' | 'accountsCreated' | 'dossiersAssisted';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Enum({ items: () => OutreachKind })
  @Field(() => OutreachKind)
  kind!: OutreachKind;

  @Property({ type: 'text' })
  @Field()
  title!: string;

  @Property({ type: 'text' })
  unitCode!: string;

  /** The unit's ancestry ('80/803/27994') at the time of recording: a jurisdiction is a prefix. */
  @Index()
  @Property({ type: 'text' })
  unitPath!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Hamlet (ấp) or neighbourhood (khu phố)' })
  place!: string;

  @Property({ type: 'timestamptz' })
  @Field()
  startsAt!: Date;

  @Property({ type: 'int' })
  @Field(() => Int)
  peopleReached: number = 0;

  @Property({ type: 'int' })
  @Field(() => Int)
  accountsCreated: number = 0;

  @Property({ type: 'int' })
  @Field(() => Int)
  dossiersAssisted: number = 0;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();
}
