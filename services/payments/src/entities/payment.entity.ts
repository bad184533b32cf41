import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum PaymentStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(PaymentStatus, { name: 'PaymentStatus' });

export enum PaymentMethod {
  ONLINE = 'ONLINE',
  CASH = 'CASH',
  BANK_TRANSFER = 'BANK_TRANSFER',
}
registerEnumType(PaymentMethod, { name: 'PaymentMethod', description: 'ONLINE = payment gateway' });

/** Who settled a payment: the provider's IPN, reconciliation (querydr), the counter, or the demo seed. */
export type SettledBy = 'IPN' | 'RECONCILIATION' | 'COUNTER' | 'SEED';

export interface PaymentItem {
  name: string;
  nameEn: string;
  kind: 'FEE' | 'CHARGE' | 'POSTAL';
  quantity: number;
  unitAmountVnd: number;
  amountVnd: number;
}

@ObjectType({ description: 'One line of a payment: a fee (phí), a charge (lệ phí) or the postal charge' })
export class PaymentItemView implements PaymentItem {
  @Field() name!: string;
  @Field() nameEn!: string;
  @Field({ description: 'FEE, CHARGE or POSTAL' }) kind!: 'FEE' | 'CHARGE' | 'POSTAL';
  @Field(() => Int) quantity!: number;
  @Field(() => Int) unitAmountVnd!: number;
  @Field(() => Int) amountVnd!: number;
}

/** Fees and charges of one dossier paid in one go; money is integer VND. */
@Entity({ tableName: 'payment' })
@ObjectType()
export class Payment {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'status';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Index()
  @Property({ type: 'text' })
  @Field()
  dossierCode!: string;

  /** The unit that received the dossier: it collects the fee and its officers see the payment. */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  unitCode?: string | null;

  /** The dossier's channel when the fee was computed (the online discount depends on it). */
  @Property({ type: 'text', nullable: true })
  channel?: string | null;

  @Property({ type: 'json' })
  @Field(() => [PaymentItemView])
  items!: PaymentItem[];

  @Property({ type: 'bigint', runtimeType: 'number' })
  @Field(() => Int, { description: 'Total in VND' })
  amount!: number;

  @Enum({ items: () => PaymentMethod })
  @Field(() => PaymentMethod)
  method!: PaymentMethod;

  @Index()
  @Enum({ items: () => PaymentStatus })
  @Field(() => PaymentStatus)
  status: PaymentStatus = PaymentStatus.PENDING;

  @Property({ type: 'text', nullable: true, unique: true })
  @Field(() => String, { nullable: true, description: 'Số biên lai' })
  receiptNumber?: string | null;

  /** Our order reference at the payment provider (vnp_TxnRef). */
  @Property({ type: 'text', nullable: true, unique: true })
  @Field(() => String, { nullable: true, description: 'Order reference at the payment gateway (vnp_TxnRef)' })
  providerRef?: string | null;

  /** vnp_OrderInfo as sent; querydr and refund must repeat it. */
  @Property({ type: 'text', nullable: true })
  orderInfo?: string | null;

  /** The citizen account that started an online payment. */
  @Property({ type: 'text', nullable: true })
  payerSubject?: string | null;

  /** The applicant's name, printed on the receipt. */
  @Property({ type: 'text', nullable: true })
  payerName?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Until when the payment page accepts payment (vnp_ExpireDate)' })
  expiresAt?: Date | null;

  /** VNPay's vnp_TransactionNo, bank and response code of the settled transaction. */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The gateway's transaction number (vnp_TransactionNo)" })
  providerTransactionNo?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  providerBankCode?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The gateway's response code (vnp_ResponseCode)" })
  providerResponseCode?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'IPN, RECONCILIATION, COUNTER or SEED' })
  settledBy?: SettledBy | null;

  @Property({ type: 'text', nullable: true })
  collectedBySubject?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The officer who took the cash' })
  collectedByName?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  paidAt?: Date | null;

  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  @Field(() => Int, { nullable: true })
  refundAmount?: number | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  refundReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  refundedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  refundTransactionNo?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  refundedByName?: string | null;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ version: true })
  version!: number;
}
