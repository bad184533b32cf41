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

/** Runs the fee computation, turning a rule the catalogue got wrong into a coded error. */
export function feesOrError(compute: () => FeeResult, dossierCode: string): FeeResult {
  try {
    return compute();
  } catch (err) {
    if (err instanceof FeeError) {
      throw new AppError('VALIDATION_FAILED', {
        message: { vi: 'Không tính được phí, lệ phí của hồ sơ.', en: "The dossier's fees could not be computed." },
        details: { dossierCode, reason: err.message },
      });
    }
    throw err;
  }
}

/** The fees to take now, or the coded reason they cannot be taken (closed, paid, refunded, nothing owed). */
export function payableFees(dossier: DossierSnapshot, postalChargeVnd: number, counts: FeeCounts = {}): FeeResult {
  const why = whyNotPayable(dossier);
  if (why) throw notPayableError(why, dossier.code);
  const fees = feesOrError(() => dossierFeeItems(dossier, postalChargeVnd, counts), dossier.code);
  if (fees.totalVnd === 0) throw notPayableError('NO_FEE', dossier.code);
  return fees;
}
