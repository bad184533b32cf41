import { AppError } from '@motcua/platform';
import { FeeError, type FeeResult } from '../domain/fees';
import { dossierFeeItems, whyNotPayable, type DossierSnapshot, type FeeCounts, type NotPayable } from '../domain/dossier-fees';

/** Why a dossier's fee cannot be taken, as the caller reads it. */
export function notPayableError(why: NotPayable, dossierCode: string): AppError {
  switch (why) {
    case 'ALREADY_PAID':
      return new AppError('CONFLICT', {
        message: { vi: `Hồ sơ ${dossierCode} đã nộp phí, lệ phí.`, en: `The fees of dossier ${dossierCode} are already paid.` },
        details: { dossierCode, reason: why },
      });
    case 'NO_FEE':
      return new AppError('VALIDATION_FAILED', {
        message: { vi: `Hồ sơ ${dossierCode} không phải nộp phí, lệ phí.`, en: `Dossier ${dossierCode} has no fee to pay.` },
        details: { dossierCode, reason: why, fields: [{ field: 'dossierCode' }] },
      });
    case 'REFUNDED':
    case 'CLOSED':
      return new AppError('INVALID_TRANSITION', {
        message: { vi: `Hồ sơ ${dossierCode} ở trạng thái này không thể nộp phí.`, en: `Dossier ${dossierCode} cannot take a payment in its current state.` },
        details: { dossierCode, reason: why },
      });
  }
}

/**
 * Runs the fee computation, turning a rule the catalogue got wrong, or counts whose total the graph cannot carry,
 * into a coded error about the dossier (or the procedure, before a dossier exists).
 */
export function feesOrError(compute: () => FeeResult, subject: { dossierCode: string } | { procedureCode: string }): FeeResult {
  try {
    return compute();
  } catch (err) {
    if (err instanceof FeeError) {
      throw new AppError('VALIDATION_FAILED', {
        message: { vi: 'Không tính được phí, lệ phí của hồ sơ.', en: "The dossier's fees could not be computed." },
        details: { ...subject, reason: err.message },
      });
    }
    throw err;
  }
}

/** The fees to take now, or the coded reason they cannot be taken (closed, paid, refunded, nothing owed). */
export function payableFees(dossier: DossierSnapshot, postalChargeVnd: number, counts: FeeCounts = {}): FeeResult {
  const why = whyNotPayable(dossier);
  if (why) throw notPayableError(why, dossier.code);
  const fees = feesOrError(() => dossierFeeItems(dossier, postalChargeVnd, counts), { dossierCode: dossier.code });
  if (fees.totalVnd === 0) throw notPayableError('NO_FEE', dossier.code);
  return fees;
}

/** The most pages or copies one dossier states: far above a real request, low enough to keep every total an Int. */
const MAX_FEE_COUNT = 10_000;

/** Pages and copies typed at the counter or in the form: whole numbers up to {@link MAX_FEE_COUNT}, or a coded error. */
export function checkFeeCounts(counts: FeeCounts): void {
  for (const field of ['pages', 'copies'] as const) {
    const value = counts[field];
    if (value !== undefined && value !== null && (!Number.isInteger(value) || value < 0 || value > MAX_FEE_COUNT)) {
      throw new AppError('VALIDATION_FAILED', {
        message: {
          vi: `Số trang và số bản phải là số nguyên từ 0 đến ${MAX_FEE_COUNT.toLocaleString('vi-VN')}.`,
          en: `Pages and copies must be whole numbers from 0 to ${MAX_FEE_COUNT.toLocaleString('en-GB')}.`,
        },
        details: { fields: [{ field }] },
      });
    }
  }
}
