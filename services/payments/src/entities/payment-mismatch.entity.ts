import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Disagreements between our books and the gateway's (or the law's) that a person must look at. */
export enum MismatchKind {
  /** The gateway reports an amount different from the order's. */
  AMOUNT = 'AMOUNT',
  /** The gateway reports a success for an order we had closed (expired, failed, cancelled). */
  LATE_SUCCESS = 'LATE_SUCCESS',
  /** A second success for a dossier already paid: the money must go back. */
  DUPLICATE = 'DUPLICATE',
  /** The gateway reports a state we cannot settle by ourselves (reversed, suspected fraud, refund states). */
  PROVIDER_STATE = 'PROVIDER_STATE',
  /** The gateway refused a refund. */
  REFUND_FAILED = 'REFUND_FAILED',
  /** A cash payment of a refused dossier: the counter must pay it back. */
  CASH_REFUND_DUE = 'CASH_REFUND_DUE',
}
registerEnumType(MismatchKind, { name: 'PaymentMismatchKind' });

@Entity({ tableName: 'payment_mismatch' })
@ObjectType({ description: 'Something reconciliation found that staff must settle by hand' })
export class PaymentMismatch {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'uuid', nullable: true })
  @Field(() => String, { nullable: true })
  paymentId?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  dossierCode?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  unitCode?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'vnp_TxnRef' })
  txnRef?: string | null;

  @Enum({ items: () => MismatchKind })
  @Field(() => MismatchKind)
  kind!: MismatchKind;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  ourStatus?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The gateway's status or response code" })
  providerStatus?: string | null;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  @Field(() => Int, { nullable: true })
  ourAmount?: number | null;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  @Field(() => Int, { nullable: true })
  providerAmount?: number | null;

  @Property({ type: 'text' })
  @Field({ description: 'What was seen, in Vietnamese' })
  detail!: string;

  @Property({ type: 'text' })
  @Field({ description: 'IPN, RECONCILIATION or REFUND' })
  source!: string;

  @Property({ type: 'timestamptz' })
  @Field()
  detectedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  resolvedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  resolvedByName?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  resolution?: string | null;
}
