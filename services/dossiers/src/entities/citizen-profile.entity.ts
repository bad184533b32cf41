import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/**
 * What a citizen agreed to keep for the next dossier's form (Law 91/2025/QH15 on personal data: kept only with consent,
 * for that purpose, deleted when the consent is withdrawn). One row per account; a field not given is not kept.
 */
@Entity({ tableName: 'citizen_profile' })
@ObjectType('CitizenProfile', { description: "The caller's details kept with consent to prefill their forms" })
export class CitizenProfile {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'text' })
  subject!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Personal identification number (12 digits)' })
  idNumber?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  address?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Property({ type: 'timestamptz' })
  @Field({ description: 'When the citizen last agreed to keep these details' })
  consentedAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field()
  updatedAt: Date = new Date();
}
