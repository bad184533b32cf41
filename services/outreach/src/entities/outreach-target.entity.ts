import { DateScalar } from '@motcua/platform';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TargetMetric } from '../domain/target-progress';
import { TargetProgress } from '../resolvers/target.types';

registerEnumType(TargetMetric, { name: 'TargetMetric', description: 'Online share (0..1), people trained, officials trained' });

/** What a commune (or the district) aims at for a period; one per unit, metric and period. */
@Entity({ tableName: 'outreach_target' })
@ObjectType()
export class OutreachTarget {
  [OptionalProps]?: 'updatedAt' | 'note' | 'progress';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'text' })
  unitCode!: string;

  @Index()
  @Property({ type: 'text' })
  unitPath!: string;

  @Enum({ items: () => TargetMetric })
  @Field(() => TargetMetric)
  metric!: TargetMetric;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  periodStart!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  periodEnd!: string;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'A share as 0..1 for ONLINE_SHARE; a number of people otherwise' })
  targetValue!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null = null;

  /** Filled in by the service when read (not stored): training from the records here, online share from the indicators. */
  @Field(() => TargetProgress)
  progress?: TargetProgress;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field()
  updatedAt: Date = new Date();
}
