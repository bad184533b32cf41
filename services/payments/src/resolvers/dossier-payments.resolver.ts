import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AppError, hasRole, requireCaller, type RequestContext } from '@motcua/platform';
import { Payment } from '../entities/payment.entity';
import { DossierWithPayments } from '../federation/dossier-payments.type';
import { seesPaymentDirectly } from '../services/payment-access';

@Resolver(() => DossierWithPayments)
export class DossierPaymentsResolver {
  @Authorized('INTAKE', 'HANDLER', 'APPROVER', 'ADMIN')
  @Query(() => Payment, { nullable: true, description: 'Find a payment by its receipt number (biên lai); officers see their unit’s' })
  async paymentByReceipt(@Arg('receiptNumber') receiptNumber: string, @Ctx() ctx: RequestContext): Promise<Payment | null> {
    const payment = await ctx.em.findOne(Payment, { receiptNumber: receiptNumber.trim() });
    if (payment && !seesPaymentDirectly(requireCaller(ctx), payment)) throw new AppError('OUT_OF_JURISDICTION');
    return payment;
  }

  @FieldResolver(() => [Payment], { description: 'Payments of the dossier; visible to signed-in users (amounts and receipts only)' })
  payments(@Root() dossier: DossierWithPayments, @Ctx() ctx: RequestContext): Promise<Payment[]> {
    if (!ctx.caller || !hasRole(ctx.caller, 'CITIZEN', 'VOLUNTEER', 'INTAKE', 'HANDLER', 'APPROVER', 'OFFICIAL', 'ADMIN')) return Promise.resolve([]);
    return ctx.em.find(Payment, { dossierCode: dossier.code }, { orderBy: { createdAt: 'asc' } });
  }
}
