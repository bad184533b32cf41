/**
 * What a dossier owes, from what the graph tells about it: its pinned procedure's fee rules, the channel it came
 * by (online discount) and how the result goes back (postal charge). Pure: the graph read happens elsewhere.
 */
import { computeFeeItems, type Channel, type FeeBasis, type FeeKind, type FeeResult, type FeeRule } from './fees';

export type DossierFeeStatus = 'NONE' | 'DUE' | 'PAID' | 'REFUNDED';
export type DeliveryMethod = 'ONLINE' | 'PICKUP' | 'POST';

export interface FeeRuleSnapshot {
  name: string;
  nameEn: string;
  kind: FeeKind;
  basis: FeeBasis;
  amountVnd: number;
  onlineAmountVnd: number | null;
}

/** The dossier as the payments service reads it through the gateway. */
export interface DossierSnapshot {
  code: string;
  channel: Channel;
  deliveryMethod: DeliveryMethod;
  feeStatus: DossierFeeStatus;
  status: string;
  /** The unit that received it (and collects the fee). */
  unitCode: string;
  currentUnitCode: string;
  fees: FeeRuleSnapshot[];
  /** Null unless the reader may see personal data (the owner, the unit's officers). */
  applicantName: string | null;
}

export interface FeeCounts {
  pages?: number | null;
  copies?: number | null;
}

/**
 * Fee items of the dossier. Page and copy counts are not carried by the dossier's public contract yet, so a
 * PER_PAGE or PER_COPY rule counts one unless the officer at the counter states the numbers.
 */
export function dossierFeeItems(dossier: DossierSnapshot, postalChargeVnd: number, counts: FeeCounts = {}): FeeResult {
  const rules: FeeRule[] = dossier.fees.map((f) => ({
    name: f.name,
    nameEn: f.nameEn,
    kind: f.kind,
    basis: f.basis,
    amountVnd: f.amountVnd,
    ...(f.onlineAmountVnd !== null && f.onlineAmountVnd !== undefined ? { onlineAmountVnd: f.onlineAmountVnd } : {}),
  }));
  return computeFeeItems({
    rules,
    channel: dossier.channel,
    pages: counts.pages ?? 1,
    copies: counts.copies ?? 1,
    ...(dossier.deliveryMethod === 'POST' ? { postalChargeVnd } : {}),
  });
}

/** States in which a dossier's fee can no longer be taken: it never started, or its life is over. */
const CLOSED_STATES: ReadonlySet<string> = new Set(['DRAFT', 'REFUSED', 'WITHDRAWN', 'STOPPED', 'RETURNED']);

export type NotPayable = 'NO_FEE' | 'ALREADY_PAID' | 'REFUNDED' | 'CLOSED';

/** Why the dossier's fee cannot be paid now, or null when it can. */
export function whyNotPayable(dossier: Pick<DossierSnapshot, 'feeStatus' | 'status'>): NotPayable | null {
  if (CLOSED_STATES.has(dossier.status)) return 'CLOSED';
  if (dossier.feeStatus === 'PAID') return 'ALREADY_PAID';
  if (dossier.feeStatus === 'REFUNDED') return 'REFUNDED';
  if (dossier.feeStatus === 'NONE') return 'NO_FEE';
  return null;
}
