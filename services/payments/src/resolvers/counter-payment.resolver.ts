import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { requireCaller, type RequestContext } from '@motcua/platform';
import { Payment } from '../entities/payment.entity';
import { CashPaymentService } from '../services/cash-payment.service';
import { paymentsRuntime } from '../services/container';

@Resolver()
export class CounterPaymentResolver {
  @Authorized('INTAKE', 'ADMIN')
  @Mutation(() => Payment, { description: "Cash received at the counter for the dossier's fees; issues the receipt number" })
  recordCashPayment(
    @Arg('dossierCode') dossierCode: string,
    @Ctx() ctx: RequestContext,
    @Arg('pages', () => Int, { nullable: true }) pages?: number | null,
    @Arg('copies', () => Int, { nullable: true }) copies?: number | null,
  ): Promise<Payment> {
    return new CashPaymentService(ctx.em, paymentsRuntime()).record(requireCaller(ctx), dossierCode, { pages, copies });
  }

  @Authorized('INTAKE', 'ADMIN')
  @Mutation(() => Payment, { description: 'Cash handed back at the counter (e.g. the dossier was refused)' })
  refundCashPayment(@Arg('paymentId', () => ID) paymentId: string, @Arg('reason') reason: string, @Ctx() ctx: RequestContext): Promise<Payment> {
    return new CashPaymentService(ctx.em, paymentsRuntime()).refund(requireCaller(ctx), paymentId, reason);
  }
}
