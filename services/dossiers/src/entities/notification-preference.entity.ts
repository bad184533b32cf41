import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NotificationChannel } from './notification.entity';

/** How a citizen (by account) wants to hear about their dossiers; without a row the defaults apply. */
@Entity({ tableName: 'notification_preference' })
@ObjectType('NotificationPreference')
export class NotificationPreference {
  [OptionalProps]?: 'updatedAt' | 'locale';

  @PrimaryKey({ type: 'text' })
  subject!: string;

  @Enum({ items: () => NotificationChannel, nullable: true })
  @Field(() => NotificationChannel, { nullable: true })
  preferredChannel?: NotificationChannel | null;

  @Property({ type: 'boolean' })
  @Field()
  zaloConsent!: boolean;

  @Property({ type: 'boolean' })
  @Field()
  smsConsent!: boolean;

  @Property({ type: 'boolean' })
  @Field()
  emailConsent!: boolean;

  @Property({ type: 'text' })
  @Field({ description: 'vi or en' })
  locale: string = 'vi';

  @Property({ type: 'timestamptz' })
  @Field()
  updatedAt: Date = new Date();
}
