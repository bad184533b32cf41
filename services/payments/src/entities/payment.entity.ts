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

export interface PaymentItem {
  name: string;
  nameEn: string;
  kind: 'FEE' | 'CHARGE' | 'POSTAL';
  quantity: number;
  unitAmountVnd: number;
  amountVnd: number;
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

  @Property({ type: 'json' })
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
  providerRef?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  paidAt?: Date | null;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ version: true })
  version!: number;
}
