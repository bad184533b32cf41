import { OptionalProps, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum NotificationChannel {
  SMS = 'SMS',
  ZALO = 'ZALO',
  EMAIL = 'EMAIL',
}
registerEnumType(NotificationChannel, { name: 'NotificationChannel', description: 'SMS, Zalo ZNS or e-mail' });

/** A message to a citizen and its delivery status; in development this table is the outbox you read. */
@Entity({ tableName: 'notification' })
@ObjectType('Notification')
export class Notification {
  [OptionalProps]?: 'id' | 'createdAt';

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
  @Field()
  body!: string;

  @Property({ type: 'text' })
  @Field({ description: 'QUEUED, SENT, DELIVERED or FAILED' })
  status!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  providerMessageId?: string | null;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  sentAt?: Date | null;
}
