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
  [OptionalProps]?: 'createdAt' | 'peopleReached' | 'accountsCreated' | 'dossiersAssisted' | 'organiser' | 'notes';

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

  /** The unit's ancestry ('80/802/27931') at the time of recording: a jurisdiction is a prefix. */
  @Index()
  @Property({ type: 'text' })
  unitPath!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Hamlet (ấp) or neighbourhood (khu phố), and the venue' })
  place!: string;

  @Property({ type: 'timestamptz' })
  @Field()
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field()
  endsAt!: Date;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who ran it, e.g. "Đoàn Thanh niên xã", "Ban điều hành ấp"' })
  organiser: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  notes: string | null = null;

  @Property({ type: 'int' })
  @Field(() => Int)
  peopleReached: number = 0;

  @Property({ type: 'int' })
  @Field(() => Int, { description: 'Citizens helped to create an account (VNeID / national portal) on the day' })
  accountsCreated: number = 0;

  /** As reported by the organisers; the counted figure comes from dossier events (assistedDossiersCounted). */
  @Property({ type: 'int' })
  @Field(() => Int, { description: 'Dossiers submitted with help, as the organisers reported them' })
  dossiersAssisted: number = 0;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();
}
