/**
 * Fee items of a dossier, computed from its procedure's fee rules — pure, integer VND only.
 *
 * The rule shape is the procedures catalogue's (copied here on purpose: services share no code, only contracts).
 * "Phí" (FEE) and "lệ phí" (CHARGE) are distinct kinds under the Law on Fees and Charges 2015; a postal charge for
 * returning the result by public post is a third kind, POSTAL: the price of a postal service, not a State fee.
 */

export type FeeKind = 'FEE' | 'CHARGE';
export type FeeBasis = 'FIXED' | 'PER_PAGE' | 'PER_COPY';

export interface FeeRule {
  name: string;
  nameEn: string;
  kind: FeeKind;
  basis: FeeBasis;
  amountVnd: number;
  /** Reduced amount for online submission, where a decision grants one. */
  onlineAmountVnd?: number;
  /** PER_PAGE only: the first page this rule prices (1-based); 1 when unset. */
  fromPage?: number;
  /** PER_PAGE only: the last page this rule prices; every page from `fromPage` when unset. */
  toPage?: number;
  /** PER_PAGE only: the pages are those of each copy, so the count is multiplied by the copies. */
  perCopy?: boolean;
}

export type Channel = 'ONLINE' | 'COUNTER' | 'POST';
type FeeItemKind = FeeKind | 'POSTAL';

export interface FeeInput {
  rules: readonly FeeRule[];
  channel: Channel;
  /** Required when a rule is PER_PAGE. */
  pages?: number;
  /** Required when a rule is PER_COPY. */
  copies?: number;
  /** Given only when the result goes back by post: adds one POSTAL item. */
  postalChargeVnd?: number;
}

interface FeeItem {
  name: string;
  nameEn: string;
  kind: FeeItemKind;
  quantity: number;
  unitAmountVnd: number;
  amountVnd: number;
}

export interface FeeResult {
  items: FeeItem[];
  totalVnd: number;
}

export class FeeError extends Error {
  readonly code = 'INVALID_FEE_INPUT' as const;

  constructor(message: string) {
    super(message);
    this.name = 'FeeError';
  }
}

const KINDS: ReadonlySet<string> = new Set<FeeKind>(['FEE', 'CHARGE']);
const BASES: ReadonlySet<string> = new Set<FeeBasis>(['FIXED', 'PER_PAGE', 'PER_COPY']);
const CHANNELS: ReadonlySet<string> = new Set<Channel>(['ONLINE', 'COUNTER', 'POST']);

/**
 * The largest amount a fee item or total may reach: the graph carries money as GraphQL Int (32-bit signed). Far
 * above any real fee, so an amount beyond it is a typing slip (a million copies), refused rather than overflowing.
 */
export const MAX_AMOUNT_VND = 2_147_483_647;

export const POSTAL_ITEM_NAME = { name: 'Cước phí dịch vụ bưu chính', nameEn: 'Postal charge' } as const;

/**
 * One item per rule, in the rules' order, zero-amount items kept (a receipt shows what was waived), then the
 * POSTAL item when a postal charge is given. Throws {@link FeeError} on any non-integer or negative number.
 */
export function computeFeeItems(input: FeeInput): FeeResult {
  if (!CHANNELS.has(input.channel)) throw new FeeError(`unknown channel ${String(input.channel)}`);
  if (!Array.isArray(input.rules)) throw new FeeError('rules must be a list');
  const items = input.rules.map((rule, index) => ruleItem(rule, index, input));
  if (input.postalChargeVnd !== undefined) items.push(postalItem(input.postalChargeVnd));
  return { items, totalVnd: sum(items.map((item) => item.amountVnd)) };
}

function ruleItem(rule: FeeRule, index: number, input: FeeInput): FeeItem {
  checkRule(rule, index);
  const unitAmountVnd = unitAmount(rule, input.channel);
  const quantity = quantityFor(rule, input);
  return { name: rule.name, nameEn: rule.nameEn, kind: rule.kind, quantity, unitAmountVnd, amountVnd: product(unitAmountVnd, quantity) };
}

/** The online amount applies only to online submissions; counter and post pay the full amount. */
function unitAmount(rule: FeeRule, channel: Channel): number {
  return channel === 'ONLINE' && rule.onlineAmountVnd !== undefined ? rule.onlineAmountVnd : rule.amountVnd;
}

/**
 * FIXED: one. PER_COPY: the copies. PER_PAGE: the pages inside the rule's tier (fromPage..toPage), times the copies
 * when the pages are those of each copy — Circular 226/2016's copy certification is 2,000 đ for pages 1–2 and
 * 1,000 đ from page 3 of every copy, written as two tiered rules.
 */
function quantityFor(rule: FeeRule, input: FeeInput): number {
  if (rule.basis === 'FIXED') return 1;
  if (rule.basis === 'PER_COPY') return requiredCount('copies', input.copies, rule.basis);
  const pages = requiredCount('pages', input.pages, rule.basis);
  const from = rule.fromPage ?? 1;
  const to = Math.min(pages, rule.toPage ?? pages);
  const inTier = Math.max(0, to - from + 1);
  return rule.perCopy ? product(inTier, requiredCount('copies', input.copies, rule.basis)) : inTier;
}

function requiredCount(field: 'pages' | 'copies', value: number | undefined, basis: FeeBasis): number {
  if (value === undefined) throw new FeeError(`${field} is required by a ${basis} rule`);
  return requireCount(field, value);
}

function postalItem(postalChargeVnd: number): FeeItem {
  const amount = requireVnd('postalChargeVnd', postalChargeVnd);
  return { ...POSTAL_ITEM_NAME, kind: 'POSTAL', quantity: 1, unitAmountVnd: amount, amountVnd: amount };
}

function checkRule(rule: FeeRule, index: number): void {
  const where = `rules[${index}]`;
  if (typeof rule !== 'object' || rule === null) throw new FeeError(`${where} is not a rule`);
  if (typeof rule.name !== 'string' || rule.name.trim() === '') throw new FeeError(`${where}.name is required`);
  if (typeof rule.nameEn !== 'string' || rule.nameEn.trim() === '') throw new FeeError(`${where}.nameEn is required`);
  if (!KINDS.has(rule.kind)) throw new FeeError(`${where}.kind is not FEE or CHARGE`);
  if (!BASES.has(rule.basis)) throw new FeeError(`${where}.basis is not FIXED, PER_PAGE or PER_COPY`);
  requireVnd(`${where}.amountVnd`, rule.amountVnd);
  if (rule.onlineAmountVnd !== undefined) requireVnd(`${where}.onlineAmountVnd`, rule.onlineAmountVnd);
  if (rule.basis !== 'PER_PAGE' && (rule.fromPage !== undefined || rule.toPage !== undefined || rule.perCopy !== undefined)) {
    throw new FeeError(`${where}: page tiers belong to PER_PAGE rules`);
  }
  if (rule.fromPage !== undefined && (!Number.isSafeInteger(rule.fromPage) || rule.fromPage < 1)) throw new FeeError(`${where}.fromPage must be a page number`);
  if (rule.toPage !== undefined && (!Number.isSafeInteger(rule.toPage) || rule.toPage < (rule.fromPage ?? 1))) {
    throw new FeeError(`${where}.toPage must be a page number not before fromPage`);
  }
}

function requireVnd(field: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new FeeError(`${field} must be a non-negative integer number of VND`);
  return value;
}

function requireCount(field: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new FeeError(`${field} must be a non-negative integer`);
  return value;
}

/** Multiplication and addition that refuse to pass {@link MAX_AMOUNT_VND} rather than overflow or round. */
function product(a: number, b: number): number {
  const result = a * b;
  if (!Number.isSafeInteger(result) || result > MAX_AMOUNT_VND) throw new FeeError('fee amount is too large');
  return result;
}

function sum(values: readonly number[]): number {
  const total = values.reduce((acc, value) => acc + value, 0);
  if (!Number.isSafeInteger(total) || total > MAX_AMOUNT_VND) throw new FeeError('fee total is too large');
  return total;
}
