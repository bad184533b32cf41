import { ArrayType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/**
 * An officer the service has seen, from a verified token (the identity provider owns people; this is only who
 * may be given a dossier of their unit). Written as they work; see services/officers.ts.
 */
@Entity({ tableName: 'officer' })
@ObjectType('UnitOfficer', { description: 'An officer of a unit, as the dossiers service has seen them sign in' })
export class Officer {
  @PrimaryKey({ type: 'text' })
  @Field()
  subject!: string;

  @Property({ type: 'text' })
  @Field()
  fullName!: string;

  @Property({ type: ArrayType })
  @Field(() => [String])
  roles!: string[];

  @Index()
  @Property({ type: 'text', nullable: true })
  unitCode?: string | null;
}
