import { PrimaryKeyProp, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}
registerEnumType(UnitLevel, { name: 'UnitLevel', description: 'Tier of local government; depth is data, not code.' });

/** Province → (district, historically) → commune; the tree is data because Vietnam changed it in 2025. */
@Entity({ tableName: 'administrative_unit' })
@ObjectType()
@Directive('@key(fields: "code")')
export class AdministrativeUnit {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  @Field({ description: 'GSO administrative code' })
  code!: string;

  @Property({ type: 'text' })
  @Field()
  name!: string;

  @Property({ type: 'text' })
  @Field()
  nameEn!: string;

  @Enum({ items: () => UnitLevel })
  @Field(() => UnitLevel)
  level!: UnitLevel;

  @Property({ type: 'text' })
  @Field({ description: 'tỉnh, huyện, thị trấn, xã, phường …' })
  kind!: string;

  @ManyToOne(() => AdministrativeUnit, { nullable: true, fieldName: 'parent_code' })
  parent?: Rel<AdministrativeUnit> | null;

  /** Codes from the root down to this unit, joined by '/': a subtree is a prefix match. */
  @Index()
  @Property({ type: 'text' })
  @Field({ description: "Codes from the root down to this unit, joined by '/'" })
  path!: string;
}
