import { DateScalar } from '@motcua/platform';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { MapUnit } from '../map/unit-index';

export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}
registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  description: 'Tier of local government; depth is data, not code. DISTRICT exists only in history (until 30 June 2025).',
});

export enum SuccessionKind {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
}
registerEnumType(SuccessionKind, { name: 'SuccessionKind', description: 'FULL: wholly absorbed; PARTIAL: split between several successors' });

/**
 * A unit of one period: the code alone is not an identity, since codes were reused in 2025 (80 was Long An and
 * is Tây Ninh). Rows live in procedures.administrative_unit, loaded from data files and read from memory.
 */
@ObjectType()
@Directive('@key(fields: "code")')
export class AdministrativeUnit implements Omit<MapUnit, 'id' | 'parentId' | 'searchText' | 'level'> {
  @Field({ description: 'GSO administrative code; reused across periods' })
  code!: string;

  @Field()
  name!: string;

  @Field()
  nameEn!: string;

  @Field(() => UnitLevel)
  level!: UnitLevel;

  @Field({ description: 'tỉnh, thành phố, huyện, xã, phường, thị trấn, đặc khu …' })
  kind!: string;

  @Field({ description: "Codes from the root down to this unit within its own period, joined by '/'" })
  path!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day in force; null: since the data begin' })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in force; null: in force' })
  validTo!: string | null;
}

@ObjectType({ description: 'A unit that came before or after another at a reform' })
export class UnitLink {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => DateScalar, { nullable: true }) validFrom!: string | null;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
  @Field(() => SuccessionKind) kind!: SuccessionKind;
}

@ObjectType({ description: "A unit version whose records roll up into the asked unit's subtree; docs/administrative-units.md" })
export class UnitLineageEntry {
  @Field() code!: string;
  @Field(() => DateScalar, { nullable: true }) validFrom!: string | null;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
  @Field(() => UnitLevel) level!: UnitLevel;
  @Field({ description: 'The unit of the asked subtree (of the same period as the asked unit) its records roll into' })
  intoCode!: string;
  @Field(() => Int, { description: 'Which of the equal integer parts falls here, 0-based' })
  portion!: number;
  @Field(() => Int, { description: 'Into how many equal integer parts its records are split (1: whole)' })
  portions!: number;
}
