import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { SupportRequestStatus } from '../domain/support-request-state';
import { SupportGroup } from './support-group.entity';

export enum SupportChannel {
  COUNTER_GUIDANCE = 'COUNTER_GUIDANCE',
  HOTLINE = 'HOTLINE',
  ZALO = 'ZALO',
  VOLUNTEER_SESSION = 'VOLUNTEER_SESSION',
}
registerEnumType(SupportChannel, { name: 'SupportChannel', description: 'Guidance at the counter, hotline call, Zalo question, volunteer session' });

export enum SupportOutcome {
  GUIDED = 'GUIDED',
  SUBMITTED_ONLINE = 'SUBMITTED_ONLINE',
  REFERRED_TO_COUNTER = 'REFERRED_TO_COUNTER',
  NOT_RESOLVED = 'NOT_RESOLVED',
}
registerEnumType(SupportOutcome, { name: 'SupportOutcome' });
registerEnumType(SupportRequestStatus, { name: 'SupportRequestStatus' });

/** One assisted contact: what was asked, through which channel, and how and how fast it was settled. */
@Entity({ tableName: 'support_request' })
@ObjectType()
export class SupportRequest {
  [OptionalProps]?: 'createdAt' | 'version' | 'status' | 'answer' | 'outcome' | 'answeredAt' | 'resolvedAt' | 'handledBy' | 'handledByName' | 'procedureCode' | 'dossierCode' | 'supportGroup';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'text' })
  unitCode!: string;

  @Index()
  @Property({ type: 'text' })
  unitPath!: string;

  @Enum({ items: () => SupportChannel })
  @Field(() => SupportChannel)
  channel!: SupportChannel;

  @Property({ type: 'text' })
  @Field({ description: 'The question or problem, as noted (no ID numbers or other personal data)' })
  question!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  procedureCode: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  dossierCode: string | null = null;

  @ManyToOne(() => SupportGroup, { nullable: true, fieldName: 'support_group_id' })
  supportGroup: SupportGroup | null = null;

  @Enum({ items: () => SupportRequestStatus })
  @Field(() => SupportRequestStatus)
  status: SupportRequestStatus = SupportRequestStatus.OPEN;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  answer: string | null = null;

  @Enum({ items: () => SupportOutcome, nullable: true })
  @Field(() => SupportOutcome, { nullable: true })
  outcome: SupportOutcome | null = null;

  @Property({ type: 'timestamptz' })
  @Field()
  receivedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  answeredAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  handledBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who answered or resolved it last' })
  handledByName: string | null = null;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();

  /** Two people answering the same contact at once: the second gets CONFLICT, not a silent overwrite. */
  @Property({ version: true })
  version!: number;
}
