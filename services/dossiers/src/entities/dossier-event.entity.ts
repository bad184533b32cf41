import { OptionalProps, Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Dossier } from './dossier.entity';

/** The audit trail: every transition (and every other act on a dossier) with who, when and why. */
@Entity({ tableName: 'dossier_event' })
@ObjectType('DossierEvent')
export class DossierEvent {
  [OptionalProps]?: 'id' | 'at';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Dossier, { fieldName: 'dossier_id' })
  dossier!: Rel<Dossier>;

  @Property({ type: 'text' })
  @Field({ description: 'The action (SUBMIT, RECEIVE, TRANSFER …)' })
  action!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  fromStatus?: string | null;

  @Property({ type: 'text' })
  @Field()
  toStatus!: string;

  @Property({ type: 'text' })
  actorSubject!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Name of the person (or "Hệ thống") who acted' })
  actorName!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  actorRole?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Property({ type: 'json', nullable: true })
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Specifics of the act: transfer from/to, items asked, who received the result …' })
  data?: Record<string, unknown> | null;

  @Property({ type: 'timestamptz' })
  @Field()
  at: Date = new Date();
}
