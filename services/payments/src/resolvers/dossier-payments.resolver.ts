import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AppError, requireCaller, type RequestContext } from '@motcua/platform';
import { Payment } from '../entities/payment.entity';
import { DossierWithPayments } from '../federation/dossier-payments.type';
import { paymentsRuntime } from '../services/container';
import { maySeePayment, seesPaymentDirectly } from '../services/payment-access';

@Resolver(() => DossierWithPayments)
export class DossierPaymentsResolver {
  @Authorized('INTAKE', 'HANDLER', 'APPROVER', 'ADMIN')
  @Query(() => Payment, { nullable: true, description: 'Find a payment by its receipt number (biên lai); officers see their unit’s' })
  async paymentByReceipt(@Arg('receiptNumber') receiptNumber: string, @Ctx() ctx: RequestContext): Promise<Payment | null> {
    const payment = await ctx.em.findOne(Payment, { receiptNumber: receiptNumber.trim() });
    if (payment && !seesPaymentDirectly(requireCaller(ctx), payment)) throw new AppError('OUT_OF_JURISDICTION');
    return payment;
  }

  @FieldResolver(() => [Payment], { description: "Payments of the dossier: its owner, the volunteer who submitted it and its units' officers only" })
  async payments(@Root() dossier: DossierWithPayments, @Ctx() ctx: RequestContext): Promise<Payment[]> {
    if (!ctx.caller) return [];
    const payments = await ctx.em.find(Payment, { dossierCode: dossier.code }, { orderBy: { createdAt: 'asc' } });
    if (payments.every((p) => seesPaymentDirectly(ctx.caller, p))) return payments;
    // Whether the caller is the dossier's owner is the dossiers service's answer; asked once for all.
    const owner = payments.length > 0 && (await maySeePayment(ctx.caller, payments[0], paymentsRuntime()));
    return payments.filter((p) => owner || seesPaymentDirectly(ctx.caller, p));
  }
}
