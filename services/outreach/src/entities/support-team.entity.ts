import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum SupportTeamKind {
  /** Tổ công nghệ số cộng đồng. */
  COMMUNITY_DIGITAL_TEAM = 'COMMUNITY_DIGITAL_TEAM',
  /** Đội hình thanh niên tình nguyện (Đoàn Thanh niên). */
  YOUTH_UNION = 'YOUTH_UNION',
}
registerEnumType(SupportTeamKind, { name: 'SupportTeamKind', description: 'Community digital team or Youth Union volunteer team' });

/** A commune's community digital team or Youth Union volunteer team. */
@Entity({ tableName: 'support_team' })
@ObjectType()
export class SupportTeam {
  [OptionalProps]?: 'createdAt' | 'leaderName';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Enum({ items: () => SupportTeamKind })
  @Field(() => SupportTeamKind)
  kind!: SupportTeamKind;

  @Property({ type: 'text' })
  @Field()
  name!: string;

  @Property({ type: 'text' })
  unitCode!: string;

  @Index()
  @Property({ type: 'text' })
  unitPath!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  leaderName: string | null = null;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();
}
