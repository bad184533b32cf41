import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, assertJurisdiction, type Caller, hasRole, vietnamDay } from '@motcua/platform';
import { DateInputError, vietnamDayRange, vietnamDaysRange } from '../domain/vietnam-time';
import { PaymentMismatch } from '../entities/payment-mismatch.entity';
import { Payment, PaymentMethod, PaymentStatus } from '../entities/payment.entity';

export interface UnitDay {
  date: string;
  unitCode: string;
  payments: Payment[];
  succeededCount: number;
  succeededVnd: number;
  onlineVnd: number;
  cashVnd: number;
  refundedVnd: number;
  pendingCount: number;
}

interface CashBookLine {
  at: Date;
  kind: 'IN' | 'OUT';
  paymentId: string;
  receiptNumber: string | null;
  dossierCode: string;
  payerName: string | null;
  description: string;
  amountInVnd: number;
  amountOutVnd: number;
  officerName: string | null;
}

interface CashBookDayTotal {
  date: string;
  inVnd: number;
  outVnd: number;
}

export interface CashBookResult {
  unitCode: string;
  from: string;
  to: string;
  entries: CashBookLine[];
  days: CashBookDayTotal[];
  totalInVnd: number;
  totalOutVnd: number;
  balanceVnd: number;
}

/** The unit's money, as the counter and its head see it; officers see their own unit, admins any. */
export class StaffReportsService {
  constructor(private readonly em: EntityManager) {}

  /** Everything that happened to the unit's payments on one Vietnamese day (created, paid or refunded that day). */
  async unitDay(caller: Caller, dateKey: string, unitCode?: string | null): Promise<UnitDay> {
    const unit = unitOf(caller, unitCode);
    const { from, to } = dateRange(() => vietnamDayRange(dateKey));
    const inDay = { $gte: from, $lt: to };
    const payments = await this.em.find(Payment, { unitCode: unit, $or: [{ createdAt: inDay }, { paidAt: inDay }, { refundedAt: inDay }] }, { orderBy: { createdAt: 'asc' }, limit: 2000 });
    const paidToday = payments.filter((p) => p.paidAt && p.paidAt >= from && p.paidAt < to && (p.status === PaymentStatus.SUCCEEDED || p.status === PaymentStatus.REFUNDED));
    const sum = (list: Payment[]) => list.reduce((total, p) => total + p.amount, 0);
    return {
      date: vietnamDay(from),
      unitCode: unit,
      payments,
      succeededCount: paidToday.length,
      succeededVnd: sum(paidToday),
      onlineVnd: sum(paidToday.filter((p) => p.method === PaymentMethod.ONLINE)),
      cashVnd: sum(paidToday.filter((p) => p.method === PaymentMethod.CASH)),
      refundedVnd: payments.filter((p) => p.refundedAt && p.refundedAt >= from && p.refundedAt < to).reduce((t, p) => t + (p.refundAmount ?? 0), 0),
      pendingCount: payments.filter((p) => p.status === PaymentStatus.PENDING).length,
    };
  }

  /** Sổ quỹ tiền mặt: cash received and cash handed back, line by line, with daily and period totals. */
  async cashBook(caller: Caller, fromKey: string, toKey: string, unitCode?: string | null): Promise<CashBookResult> {
    const unit = unitOf(caller, unitCode);
    const { from, to } = dateRange(() => vietnamDaysRange(fromKey, toKey));
    const range = { $gte: from, $lt: to };
    const cash = await this.em.find(Payment, { unitCode: unit, method: PaymentMethod.CASH, $or: [{ paidAt: range }, { refundedAt: range }] }, { orderBy: { paidAt: 'asc' }, limit: 10_000 });
    const entries: CashBookLine[] = [];
    for (const p of cash) {
      if (p.paidAt && p.paidAt >= from && p.paidAt < to) {
        entries.push({
          at: p.paidAt,
          kind: 'IN',
          paymentId: p.id,
          receiptNumber: p.receiptNumber ?? null,
          dossierCode: p.dossierCode,
          payerName: p.payerName ?? null,
          description: describe(p),
          amountInVnd: p.amount,
          amountOutVnd: 0,
          officerName: p.collectedByName ?? null,
        });
      }
      if (p.refundedAt && p.refundedAt >= from && p.refundedAt < to) {
        const out = p.refundAmount ?? p.amount;
        entries.push({
          at: p.refundedAt,
          kind: 'OUT',
          paymentId: p.id,
          receiptNumber: p.receiptNumber ?? null,
          dossierCode: p.dossierCode,
          payerName: p.payerName ?? null,
          description: `Hoàn trả: ${p.refundReason ?? ''}`.trim(),
          amountInVnd: 0,
          amountOutVnd: out,
          officerName: p.refundedByName ?? null,
        });
      }
    }
    entries.sort((a, b) => a.at.getTime() - b.at.getTime());
    const byDay = new Map<string, CashBookDayTotal>();
    for (const line of entries) {
      const date = vietnamDay(line.at);
      const day = byDay.get(date) ?? { date, inVnd: 0, outVnd: 0 };
      day.inVnd += line.amountInVnd;
      day.outVnd += line.amountOutVnd;
      byDay.set(date, day);
    }
    const totalInVnd = entries.reduce((t, l) => t + l.amountInVnd, 0);
    const totalOutVnd = entries.reduce((t, l) => t + l.amountOutVnd, 0);
    return {
      unitCode: unit,
      from: vietnamDay(from),
      to: vietnamDay(new Date(to.getTime() - 1)),
      entries,
      days: [...byDay.values()],
      totalInVnd,
      totalOutVnd,
      balanceVnd: totalInVnd - totalOutVnd,
    };
  }

  async mismatches(caller: Caller, resolved: boolean, unitCode?: string | null): Promise<PaymentMismatch[]> {
    const where: Record<string, unknown> = { resolvedAt: resolved ? { $ne: null } : null };
    if (!hasRole(caller, 'ADMIN') || unitCode) where.unitCode = unitOf(caller, unitCode);
    return this.em.find(PaymentMismatch, where, { orderBy: { detectedAt: 'desc' }, limit: 500 });
  }

  async resolveMismatch(caller: Caller, id: string, resolution: string): Promise<PaymentMismatch> {
    const note = resolution.trim();
    if (note.length < 5) {
      throw new AppError('VALIDATION_FAILED', {
        message: { vi: 'Cần ghi rõ cách đã xử lý.', en: 'Describe how it was settled.' },
        details: { fields: [{ field: 'resolution' }] },
      });
    }
    return this.em.transactional(async (em) => {
      const entry = await em.findOne(PaymentMismatch, { id });
      if (!entry) throw new AppError('NOT_FOUND', { details: { id } });
      assertJurisdiction(caller, [entry.unitCode]);
      if (entry.resolvedAt) throw new AppError('CONFLICT', { details: { id } });
      entry.resolvedAt = new Date();
      entry.resolvedByName = caller.fullName;
      entry.resolution = note;
      await em.flush();
      return entry;
    });
  }
}

/** The unit a staff query is about: an officer's own; an admin's choice (default: their own). */
function unitOf(caller: Caller, requested?: string | null): string {
  if (hasRole(caller, 'ADMIN')) {
    const unit = requested?.trim() || caller.unitCode;
    if (!unit) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'unitCode' }] } });
    return unit;
  }
  if (!caller.unitCode) throw new AppError('FORBIDDEN');
  if (requested && requested.trim() !== caller.unitCode) throw new AppError('OUT_OF_JURISDICTION');
  return caller.unitCode;
}

function dateRange<T>(compute: () => T): T {
  try {
    return compute();
  } catch (err) {
    if (err instanceof DateInputError) {
      throw new AppError('VALIDATION_FAILED', { message: { vi: 'Ngày không hợp lệ (định dạng YYYY-MM-DD).', en: 'Invalid date (use YYYY-MM-DD).' }, details: { reason: err.message } });
    }
    throw err;
  }
}

function describe(p: Payment): string {
  return p.items.map((item) => item.name).join('; ');
}
