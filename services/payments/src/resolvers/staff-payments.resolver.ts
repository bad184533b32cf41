import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AppError, requireCaller, type RequestContext } from '@motcua/platform';
import { PaymentMismatch } from '../entities/payment-mismatch.entity';
import { paymentsRuntime } from '../services/container';
import { ReconciliationService } from '../services/reconciliation.service';
import { StaffReportsService } from '../services/staff-reports.service';
import { CashBook, ReconciliationReport, UnitPaymentsDay } from './payment.types';

@Resolver()
export class StaffPaymentsResolver {
  @Authorized('INTAKE', 'ADMIN')
  @Query(() => UnitPaymentsDay, { description: "The unit's payments on a day (YYYY-MM-DD, Vietnam time); admins may name the unit" })
  unitPayments(@Arg('date') date: string, @Ctx() ctx: RequestContext, @Arg('unitCode', () => String, { nullable: true }) unitCode?: string | null): Promise<UnitPaymentsDay> {
    return new StaffReportsService(ctx.em).unitDay(requireCaller(ctx), date, unitCode);
  }

  @Authorized('INTAKE', 'ADMIN')
  @Query(() => CashBook, { description: 'Cash book (sổ quỹ tiền mặt) of the unit from one day to another, both included' })
  cashBook(@Arg('from') from: string, @Arg('to') to: string, @Ctx() ctx: RequestContext, @Arg('unitCode', () => String, { nullable: true }) unitCode?: string | null): Promise<CashBook> {
    return new StaffReportsService(ctx.em).cashBook(requireCaller(ctx), from, to, unitCode);
  }

  @Authorized('INTAKE', 'ADMIN')
  @Query(() => [PaymentMismatch], { description: "Mismatches between our books and the gateway's, for staff to settle" })
  paymentMismatches(
    @Ctx() ctx: RequestContext,
    @Arg('resolved', { defaultValue: false }) resolved: boolean,
    @Arg('unitCode', () => String, { nullable: true }) unitCode?: string | null,
  ): Promise<PaymentMismatch[]> {
    return new StaffReportsService(ctx.em).mismatches(requireCaller(ctx), resolved, unitCode);
  }

  @Authorized('INTAKE', 'ADMIN')
  @Mutation(() => PaymentMismatch, { description: 'Marks a mismatch as settled, saying how' })
  resolvePaymentMismatch(@Arg('id', () => ID) id: string, @Arg('resolution') resolution: string, @Ctx() ctx: RequestContext): Promise<PaymentMismatch> {
    return new StaffReportsService(ctx.em).resolveMismatch(requireCaller(ctx), id, resolution);
  }

  @Authorized('ADMIN')
  @Mutation(() => ReconciliationReport, { description: 'Runs reconciliation now for pending online payments older than the given minutes (default: the configured timeout)' })
  reconcilePayments(@Ctx() ctx: RequestContext, @Arg('olderThanMinutes', () => Int, { nullable: true }) olderThanMinutes?: number | null): Promise<ReconciliationReport> {
    const runtime = paymentsRuntime();
    const minutes = olderThanMinutes ?? runtime.config.reconcileAfterMinutes;
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > 60 * 24 * 30) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'olderThanMinutes' }] } });
    return new ReconciliationService(ctx.em, runtime.provider, ctx.log).run(minutes);
  }
}
