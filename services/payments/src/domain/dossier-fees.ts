/**
 * What a dossier owes, from what the graph tells about it: its pinned procedure's fee rules, the channel it came
 * by (online discount) and how the result goes back (postal charge). Pure: the graph read happens elsewhere.
 */
import { computeFeeItems, type Channel, type FeeBasis, type FeeKind, type FeeResult, type FeeRule } from './fees';

type DossierFeeStatus = 'NONE' | 'DUE' | 'PAID' | 'REFUNDED';
export type DeliveryMethod = 'ONLINE' | 'PICKUP' | 'POST';

export interface FeeRuleSnapshot {
  name: string;
  nameEn: string;
  kind: FeeKind;
  basis: FeeBasis;
  amountVnd: number;
  onlineAmountVnd: number | null;
  fromPage?: number | null;
  toPage?: number | null;
  perCopy?: boolean | null;
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
  /** Pages and copies as the applicant wrote them in the procedure's form, where it asks. */
  formCounts?: FeeCounts;
}

export interface FeeCounts {
  pages?: number | null;
  copies?: number | null;
}

/** The catalogue's forms ask for the counts that fees depend on under these keys (số trang, số bản). */
const PAGE_COUNT_FIELD = 'so-trang';
const COPY_COUNT_FIELD = 'so-ban';

/** The page and copy counts in a dossier's form data; anything but a positive whole number is left out. */
export function formCounts(formData: Record<string, unknown> | null | undefined): FeeCounts {
  const count = (key: string) => {
    const value = Number(formData?.[key]);
    return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  };
  const pages = count(PAGE_COUNT_FIELD);
  const copies = count(COPY_COUNT_FIELD);
  return { ...(pages ? { pages } : {}), ...(copies ? { copies } : {}) };
}

/**
 * Fee items of the dossier. Pages and copies: what the officer at the counter states, else what the form says,
 * else one.
 */
export function dossierFeeItems(dossier: DossierSnapshot, postalChargeVnd: number, counts: FeeCounts = {}): FeeResult {
  return procedureFeeItems(dossier.fees, {
    channel: dossier.channel,
    deliveryMethod: dossier.deliveryMethod,
    postalChargeVnd,
    counts: { pages: counts.pages ?? dossier.formCounts?.pages, copies: counts.copies ?? dossier.formCounts?.copies },
  });
}

/** The catalogue's rules as the graph gives them (nulls for unset) in the shape {@link computeFeeItems} reads. */
function feeRules(snapshots: readonly FeeRuleSnapshot[]): FeeRule[] {
  return snapshots.map((f) => ({
    name: f.name,
    nameEn: f.nameEn,
    kind: f.kind,
    basis: f.basis,
    amountVnd: f.amountVnd,
    ...(f.onlineAmountVnd !== null && f.onlineAmountVnd !== undefined ? { onlineAmountVnd: f.onlineAmountVnd } : {}),
    ...(f.fromPage ? { fromPage: f.fromPage } : {}),
    ...(f.toPage ? { toPage: f.toPage } : {}),
    ...(f.perCopy ? { perCopy: true } : {}),
  }));
}

/**
 * Fee items from a procedure's rules: of a dossier (above), or of one not yet submitted, for the form while it is
 * filled in, so the figure the citizen sees is the one that will be asked. Pages and copies: one when not given.
 */
export function procedureFeeItems(fees: readonly FeeRuleSnapshot[], input: { channel: Channel; deliveryMethod: DeliveryMethod; postalChargeVnd: number; counts?: FeeCounts }): FeeResult {
  return computeFeeItems({
    rules: feeRules(fees),
    channel: input.channel,
    pages: input.counts?.pages ?? 1,
    copies: input.counts?.copies ?? 1,
    ...(input.deliveryMethod === 'POST' ? { postalChargeVnd: input.postalChargeVnd } : {}),
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
