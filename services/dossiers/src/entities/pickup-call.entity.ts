import { OptionalProps, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A call to the counter shown and spoken on the hall's board: never a full name or an ID number. */
@Entity({ tableName: 'pickup_call' })
@ObjectType('PickupCall')
export class PickupCall {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'text' })
  dossierCode!: string;

  @Index()
  @Property({ type: 'text' })
  unitCode!: string;

  @Property({ type: 'int' })
  @Field(() => Int)
  counter!: number;

  @Property({ type: 'text' })
  @Field({ description: 'e.g. Nguyễn V. A.' })
  maskedName!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Received date and sequence of the code, e.g. 250312-0012' })
  codeTail!: string;

  @Property({ type: 'timestamptz' })
  @Field()
  calledAt!: Date;
}
