import { PrimaryKeyProp, Entity, Enum, OneToMany, PrimaryKey, Property, Collection } from '@mikro-orm/core';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { ProcedureVersion } from './procedure-version.entity';

export enum SettlingLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}
registerEnumType(SettlingLevel, {
  name: 'SettlingLevel',
  description: 'Level of government that settles the procedure; DISTRICT only in versions that ended on 30 June 2025',
});

/** Decree 42/2022: FULL = full-process online (old level 4), PARTIAL = partly online (old level 3). */
export enum OnlineLevel {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
  NONE = 'NONE',
}
registerEnumType(OnlineLevel, { name: 'OnlineLevel' });

/**
 * A procedure of the catalogue. What may change over time (who settles it, documents, fees, time) lives in its
 * versions; `settlingLevel`, `settlingBody`, `settlingBodyEn` and `acrossBoundary` answer from the version valid today.
 */
@Entity({ tableName: 'procedure' })
@ObjectType()
@Directive('@key(fields: "code")')
export class Procedure {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  @Field({ description: 'National procedure code (Cổng Dịch vụ công quốc gia)' })
  code!: string;

  /** Shareable: the dossiers subgraph provides it with a dossier's procedure, so that reading one takes one hop. */
  @Property({ type: 'text' })
  @Field()
  @Directive('@shareable')
  name!: string;

  @Property({ type: 'text' })
  @Field()
  nameEn!: string;

  @Property({ type: 'text' })
  @Field({ description: 'lĩnh vực' })
  field!: string;

  @Property({ type: 'text' })
  @Field()
  fieldEn!: string;

  @Enum({ items: () => OnlineLevel })
  @Field(() => OnlineLevel)
  onlineLevel!: OnlineLevel;

  @OneToMany(
    () => ProcedureVersion,
    (v) => v.procedure,
  )
  versions = new Collection<ProcedureVersion>(this);
}
