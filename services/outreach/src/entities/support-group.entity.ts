import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A commune's Zalo support group. The group lives in Zalo; here are its invitation link and its admins. */
@Entity({ tableName: 'support_group' })
@ObjectType()
export class SupportGroup {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'active' | 'memberCount';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'text' })
  unitCode!: string;

  @Index()
  @Property({ type: 'text' })
  unitPath!: string;

  @Property({ type: 'text' })
  @Field()
  name!: string;

  @Property({ type: 'text', unique: true })
  @Field({ description: 'Invitation link, https://zalo.me/g/…' })
  link!: string;

  @Property({ type: 'json' })
  @Field(() => [String], { description: 'Who administers the group (names, as citizens see them)' })
  admins: string[] = [];

  @Property({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Members, as last read from Zalo by an admin' })
  memberCount: number | null = null;

  @Property({ type: 'boolean' })
  @Field()
  active: boolean = true;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field()
  updatedAt: Date = new Date();
}
