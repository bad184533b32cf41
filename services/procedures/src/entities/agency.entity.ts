import { DateScalar } from '@motcua/platform';
import { PrimaryKeyProp, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum AgencyKind {
  PROVINCIAL_CENTRE = 'PROVINCIAL_CENTRE',
  PROVINCIAL_BODY = 'PROVINCIAL_BODY',
  COMMUNE_CENTRE = 'COMMUNE_CENTRE',
  DISTRICT_CENTRE = 'DISTRICT_CENTRE',
  COMMUNE_COMMITTEE = 'COMMUNE_COMMITTEE',
}
registerEnumType(AgencyKind, { name: 'AgencyKind', description: 'What kind of body receives or settles dossiers (Decree 118/2025/NĐ-CP)' });

/**
 * A body that receives or settles dossiers: the provincial Public Administration Service Centre, a provincial body
 * (a land registration office branch), a commune's public administration service point; in history, the district
 * centre and the commune People's Committees. Agencies have periods, like units, so an old dossier's letterhead
 * names the body of its day.
 */
@Entity({ tableName: 'agency' })
@ObjectType()
@Directive('@key(fields: "code")')
export class Agency {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  @Field({ description: 'Electronic ID code of the agency; it starts every dossier code it issues' })
  code!: string;

  @Property({ type: 'text' })
  @Field()
  name!: string;

  @Property({ type: 'text' })
  @Field()
  nameEn!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Code of the administrative unit it serves (the unit of its period)' })
  unitCode!: string;

  @Enum({ items: () => AgencyKind })
  @Field(() => AgencyKind)
  kind!: AgencyKind;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  validFrom?: string | null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  validTo?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The body above it on a letterhead (Decree 30/2020); null: its unit's People's Committee" })
  managingBody?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  managingBodyEn?: string | null;

  @Property({ type: 'int' })
  @Field(() => Int)
  counters!: number;

  @Property({ type: 'text' })
  @Field()
  address!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  phone?: string | null;
}
