import { OptionalProps, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** A result sent by public post (bưu chính công ích), as the postal provider tracks it. */
@Entity({ tableName: 'postal_shipment' })
@ObjectType('PostalShipment')
export class PostalShipment {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'text' })
  @Field()
  trackingNumber!: string;

  @Property({ type: 'text' })
  @Field()
  dossierCode!: string;

  @Property({ type: 'text' })
  recipient!: string;

  @Property({ type: 'text' })
  address!: string;

  @Property({ type: 'text' })
  @Field({ description: 'CREATED or DELIVERED' })
  status!: string;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  deliveredAt?: Date | null;
}
