import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@motcua/platform';
import { Payment } from '../entities/payment.entity';
import { seesPaymentDirectly } from '../services/payment-access';

@Resolver(() => Payment)
export class PaymentFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: "The payer's name on the receipt; for the payer and the unit only" })
  payerName(@Root() payment: Payment, @Ctx() ctx: RequestContext): string | null {
    return seesPaymentDirectly(ctx.caller, payment) ? (payment.payerName ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Path of the e-receipt (PDF, signed by the collecting body) on the gateway; needs the bearer token' })
  receiptPath(@Root() payment: Payment): string | null {
    return payment.receiptNumber ? `/payments/receipts/${payment.id}.pdf` : null;
  }
}
