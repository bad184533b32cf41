import { Directive, Field, ObjectType } from 'type-graphql';
import { Payment } from '../entities/payment.entity';

/** The dossiers subgraph's Dossier, extended here with its payments. */
@ObjectType('Dossier')
@Directive('@key(fields: "code")')
export class DossierWithPayments {
  @Field() code!: string;
  @Field(() => [Payment]) payments?: Payment[];
}
