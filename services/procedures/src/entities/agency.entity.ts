import { PrimaryKeyProp, Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { AdministrativeUnit } from './administrative-unit.entity';

/** An agency that receives dossiers (district Public Administration Centre, commune People's Committee). */
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

  @ManyToOne(() => AdministrativeUnit, { fieldName: 'unit_code' })
  @Field(() => AdministrativeUnit)
  unit!: Rel<AdministrativeUnit>;

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
