import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Payment, PaymentItemView } from '../entities/payment.entity';

@ObjectType({ description: 'Where to send the citizen to pay: the signed VNPay (or sandbox) URL' })
export class PaymentStart {
  @Field(() => ID) paymentId!: string;
  @Field({ description: 'Signed payment URL (vnp_SecureHash over the sorted parameters)' }) redirectUrl!: string;
  @Field(() => Int, { description: 'Total in VND' }) amount!: number;
  @Field({ description: 'The payment page refuses payment after this' }) expiresAt!: Date;
  @Field(() => Payment) payment!: Payment;
}

@ObjectType({ description: 'What a dossier owes, item by item, before paying' })
export class PaymentQuote {
  @Field() dossierCode!: string;
  @Field(() => [PaymentItemView]) items!: PaymentItemView[];
  @Field(() => Int) totalVnd!: number;
  @Field({ description: 'Whether the fee can be paid now' }) payable!: boolean;
  @Field(() => String, { nullable: true, description: 'NO_FEE, ALREADY_PAID, REFUNDED or CLOSED when not payable' }) reason!: string | null;
  @Field({ description: "The dossier's money track (NONE, DUE, PAID, REFUNDED)" }) feeStatus!: string;
  @Field({ description: "The dossier's state" }) dossierStatus!: string;
  @Field(() => Payment, { nullable: true, description: 'An online payment started and not settled yet' }) pendingPayment!: Payment | null;
}

@ObjectType({ description: "The unit's payments of one day (Vietnam time)" })
export class UnitPaymentsDay {
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field() unitCode!: string;
  @Field(() => [Payment]) payments!: Payment[];
  @Field(() => Int) succeededCount!: number;
  @Field(() => Int, { description: 'Money received that day, VND' }) succeededVnd!: number;
  @Field(() => Int) onlineVnd!: number;
  @Field(() => Int) cashVnd!: number;
  @Field(() => Int) refundedVnd!: number;
  @Field(() => Int) pendingCount!: number;
}

@ObjectType({ description: 'One line of the cash book' })
export class CashBookEntry {
  @Field() at!: Date;
  @Field({ description: 'IN (thu) or OUT (chi: refund)' }) kind!: string;
  @Field(() => ID) paymentId!: string;
  @Field(() => String, { nullable: true }) receiptNumber!: string | null;
  @Field() dossierCode!: string;
  @Field(() => String, { nullable: true }) payerName!: string | null;
  @Field() description!: string;
  @Field(() => Int) amountInVnd!: number;
  @Field(() => Int) amountOutVnd!: number;
  @Field(() => String, { nullable: true }) officerName!: string | null;
}

@ObjectType()
export class CashBookDay {
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => Int) inVnd!: number;
  @Field(() => Int) outVnd!: number;
}

@ObjectType({ description: 'Sổ quỹ tiền mặt: cash received and paid back at the counter over a period' })
export class CashBook {
  @Field() unitCode!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => [CashBookEntry]) entries!: CashBookEntry[];
  @Field(() => [CashBookDay]) days!: CashBookDay[];
  @Field(() => Int) totalInVnd!: number;
  @Field(() => Int) totalOutVnd!: number;
  @Field(() => Int) balanceVnd!: number;
}

@ObjectType({ description: 'What one reconciliation run did' })
export class ReconciliationReport {
  @Field(() => Int) checked!: number;
  @Field(() => Int) succeeded!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int) expired!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) errors!: number;
  @Field(() => Int) mismatches!: number;
}
