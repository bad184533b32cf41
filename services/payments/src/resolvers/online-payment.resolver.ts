import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AppError, requireCaller, type RequestContext } from '@motcua/platform';
import { Payment } from '../entities/payment.entity';
import { paymentsRuntime } from '../services/container';
import { OnlinePaymentService } from '../services/online-payment.service';
import { maySeePayment } from '../services/payment-access';
import { PaymentQuote, PaymentStart } from './payment.types';

@Resolver()
export class OnlinePaymentResolver {
  @Authorized()
  @Query(() => PaymentQuote, { description: "The dossier's fees item by item (for its owner, or an officer of its unit)" })
  async paymentQuote(
    @Arg('dossierCode') dossierCode: string,
    @Ctx() ctx: RequestContext,
    @Arg('pages', () => Int, { nullable: true, description: 'Pages, for PER_PAGE fees (counter)' }) pages?: number | null,
    @Arg('copies', () => Int, { nullable: true, description: 'Copies, for PER_COPY fees (counter)' }) copies?: number | null,
  ): Promise<PaymentQuote> {
    const q = await new OnlinePaymentService(ctx.em, paymentsRuntime()).quote(requireCaller(ctx), dossierCode, { pages, copies });
    return {
      dossierCode: q.dossier.code,
      items: q.fees.items,
      totalVnd: q.fees.totalVnd,
      payable: q.notPayable === null,
      reason: q.notPayable,
      feeStatus: q.dossier.feeStatus,
      dossierStatus: q.dossier.status,
      pendingPayment: q.pending,
    };
  }

  @Authorized('CITIZEN', 'VOLUNTEER')
  @Mutation(() => PaymentStart, { description: "Starts paying the dossier's fees online: a PENDING payment and the signed VNPay URL to send the browser to" })
  async startPayment(@Arg('dossierCode') dossierCode: string, @Ctx() ctx: RequestContext): Promise<PaymentStart> {
    const { payment, redirectUrl } = await new OnlinePaymentService(ctx.em, paymentsRuntime()).start(requireCaller(ctx), dossierCode, ctx.clientIp);
    return { paymentId: payment.id, redirectUrl, amount: payment.amount, expiresAt: payment.expiresAt!, payment };
  }

  @Authorized()
  @Query(() => Payment, { description: 'One payment (the result page after VNPay); for its payer, the dossier owner and the unit' })
  async payment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Payment> {
    const payment = /^[0-9a-f-]{36}$/i.test(id) ? await ctx.em.findOne(Payment, { id }) : null;
    if (!payment) throw new AppError('NOT_FOUND', { details: { id } });
    if (!(await maySeePayment(requireCaller(ctx), payment, paymentsRuntime()))) throw new AppError('FORBIDDEN');
    return payment;
  }
}
