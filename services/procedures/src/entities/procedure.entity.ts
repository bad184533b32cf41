import { PrimaryKeyProp, Entity, Enum, OneToMany, PrimaryKey, Property, Collection, Index } from '@mikro-orm/core';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { ProcedureVersion } from './procedure-version.entity';

export enum SettlingLevel {
  COMMUNE = 'COMMUNE',
  DISTRICT = 'DISTRICT',
}
registerEnumType(SettlingLevel, { name: 'SettlingLevel', description: 'Level of government that settles the procedure' });

/** Decree 42/2022: FULL = full-process online (old level 4), PARTIAL = partly online (old level 3). */
export enum OnlineLevel {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
  NONE = 'NONE',
}
registerEnumType(OnlineLevel, { name: 'OnlineLevel' });

/** A procedure of the catalogue. What may change over time (documents, fees, time) lives in its versions. */
@Entity({ tableName: 'procedure' })
@ObjectType()
@Directive('@key(fields: "code")')
export class Procedure {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  @Field({ description: 'National procedure code (Cổng Dịch vụ công quốc gia)' })
  code!: string;

  @Property({ type: 'text' })
  @Field()
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

  @Enum({ items: () => SettlingLevel })
  @Field(() => SettlingLevel)
  settlingLevel!: SettlingLevel;

  @Enum({ items: () => OnlineLevel })
  @Field(() => OnlineLevel)
  onlineLevel!: OnlineLevel;

  /** Vietnamese and English name, code and field, folded for diacritic-free search. */
  @Index()
  @Property({ type: 'text' })
  searchText!: string;

  @Property({ type: 'int' })
  currentVersion!: number;

  @OneToMany(() => ProcedureVersion, (v) => v.procedure)
  versions = new Collection<ProcedureVersion>(this);
}
