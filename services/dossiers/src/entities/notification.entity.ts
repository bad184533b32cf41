import { OptionalProps, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum NotificationChannel {
  SMS = 'SMS',
  ZALO = 'ZALO',
  EMAIL = 'EMAIL',
}
registerEnumType(NotificationChannel, { name: 'NotificationChannel', description: 'SMS, Zalo ZNS or e-mail' });

export enum NotificationStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(NotificationStatus, {
  name: 'NotificationStatus',
  description: 'QUEUED (waiting for the worker or a retry), SENT (the provider took it), DELIVERED (receipt from the phone), FAILED (with the reason)',
});

/**
 * A message to a citizen and its delivery. Written in the transaction of the change that caused it; its id is
 * the idempotency key every provider receives, so a retry after a lost answer cannot send it twice.
 */
@Entity({ tableName: 'notification' })
@ObjectType('Notification')
export class Notification {
  [OptionalProps]?: 'id' | 'createdAt' | 'attempts' | 'nextAttemptAt' | 'urgent' | 'locale' | 'status';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Index()
  @Property({ type: 'text' })
  @Field()
  dossierCode!: string;

  @Enum({ items: () => NotificationChannel })
  @Field(() => NotificationChannel)
  channel!: NotificationChannel;

  @Property({ type: 'text' })
  @Field({ description: 'Phone number or e-mail address' })
  recipient!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Template key, e.g. dossier.result-ready' })
  template!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The text as the channel carries it (unaccented on SMS unless Unicode SMS is on)' })
  body!: string;

  /** The template's parameters: what ZNS receives as template_data. */
  @Property({ type: 'json' })
  params!: Record<string, string>;

  @Property({ type: 'text' })
  @Field({ description: 'vi or en' })
  locale: string = 'vi';

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The portal page where the citizen acts' })
  link?: string | null;

  @Property({ type: 'boolean' })
  urgent: boolean = false;

  @Enum({ items: () => NotificationStatus })
  @Field(() => NotificationStatus)
  status: NotificationStatus = NotificationStatus.QUEUED;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Sending attempts so far' })
  attempts: number = 0;

  @Property({ type: 'timestamptz' })
  @Field({ description: 'When the worker tries next (quiet hours and back-off push it on)' })
  nextAttemptAt: Date = new Date();

  /** A worker holds the message while it talks to the provider; expires, so a crashed worker loses nothing. */
  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  lastAttemptAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The provider's reason for the last failure" })
  failureReason?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  providerMessageId?: string | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'SMS parts billed' })
  segments?: number | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => String, { nullable: true, description: 'The Zalo message this SMS replaces (no Zalo account)' })
  fallbackOf?: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => String, { nullable: true, description: 'The message an officer resent' })
  resendOf?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who asked for a resend' })
  requestedBy?: string | null;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  sentAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  deliveredAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  failedAt?: Date | null;
}
