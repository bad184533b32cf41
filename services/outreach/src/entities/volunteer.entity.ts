import { DateScalar } from '@motcua/platform';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { SupportTeam } from './support-team.entity';

/**
 * A volunteer of a commune. Their account (`subject`) is what ties them to the dossiers they help submit: the
 * dossiers service names the helper's account in its events, so the count is never typed in by hand.
 */
@Entity({ tableName: 'volunteer' })
@ObjectType()
export class Volunteer {
  [OptionalProps]?: 'createdAt' | 'active' | 'subject' | 'team';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true, unique: true })
  @Field(() => String, { nullable: true, description: 'The account they sign in with (the token subject); null until they have one' })
  subject: string | null = null;

  @Property({ type: 'text' })
  @Field()
  fullName!: string;

  @ManyToOne(() => SupportTeam, { nullable: true, fieldName: 'team_id' })
  team: SupportTeam | null = null;

  @Property({ type: 'text' })
  unitCode!: string;

  @Index()
  @Property({ type: 'text' })
  unitPath!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  joinedOn!: string;

  @Property({ type: 'boolean' })
  @Field()
  active: boolean = true;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();
}
