/**
 * The payments service's settings, read once from the environment. Development and tests get a working
 * offline setup (the VNPay sandbox served by this service); production refuses to start without real values.
 */

export interface VnpayConfig {
  tmnCode: string;
  hashSecret: string;
  /** Where the citizen's browser is sent to pay (VNPay's vpcpay.html, or the sandbox page). */
  paymentUrl: string;
  /** querydr and refund endpoint (VNPay's /merchant_webapi/api/transaction, or the sandbox's). */
  apiUrl: string;
  /** vnp_ReturnUrl: where VNPay sends the browser back; it only shows the outcome. */
  returnUrl: string;
  /** Where the sandbox calls the IPN. Real VNPay keeps this in its merchant settings, not in the request. */
  ipnUrl: string;
}

export interface PaymentsConfig {
  production: boolean;
  vnpay: VnpayConfig;
  /** Serve the VNPay sandbox under /payments/sandbox (never in production). */
  sandboxEnabled: boolean;
  /** Citizens portal origin: the return URL sends the browser to its result page. */
  publicPortalUrl: string;
  /** Postal charge added when the result goes back by public post, integer VND. */
  postalChargeVnd: number;
  /** How long VNPay accepts a payment URL (vnp_ExpireDate − vnp_CreateDate). */
  paymentTtlMinutes: number;
  /** A PENDING online payment older than this is asked about (querydr) by reconciliation. */
  reconcileAfterMinutes: number;
  /** How often the reconciliation worker runs. */
  reconcileIntervalSeconds: number;
}

const DEV_TMN_CODE = 'DEVSANDBOX';
const DEV_HASH_SECRET = 'dev-sandbox-secret';
/** Paths of the sandbox, shaped after VNPay's own (sandbox.vnpayment.vn/paymentv2/vpcpay.html, /merchant_webapi/api/transaction). */
export const SANDBOX_PAY_PATH = '/payments/sandbox/paymentv2/vpcpay.html';
export const SANDBOX_API_PATH = '/payments/sandbox/merchant_webapi/api/transaction';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function loadPaymentsConfig(env: NodeJS.ProcessEnv): PaymentsConfig {
  const production = env.NODE_ENV === 'production';
  const gateway = trimSlash(env.GATEWAY_URL ?? 'http://localhost:4000');
  const devOr = (value: string | undefined, fallback: string) => value?.trim() || (production ? '' : fallback);
  const vnpay: VnpayConfig = {
    tmnCode: devOr(env.VNPAY_TMN_CODE, DEV_TMN_CODE),
    hashSecret: devOr(env.VNPAY_HASH_SECRET, DEV_HASH_SECRET),
    paymentUrl: devOr(env.VNPAY_PAYMENT_URL, `${gateway}${SANDBOX_PAY_PATH}`),
    apiUrl: devOr(env.VNPAY_API_URL, `${gateway}${SANDBOX_API_PATH}`),
    returnUrl: devOr(env.VNPAY_RETURN_URL, `${gateway}/payments/vnpay/return`),
    ipnUrl: env.VNPAY_IPN_URL?.trim() || `${gateway}/payments/vnpay/ipn`,
  };
  const config: PaymentsConfig = {
    production,
    vnpay,
    sandboxEnabled: !production,
    publicPortalUrl: trimSlash(env.PUBLIC_PORTAL_URL?.trim() || 'http://localhost:8080'),
    postalChargeVnd: wholeNumber(env, 'POSTAL_CHARGE_VND', 25_000),
    paymentTtlMinutes: wholeNumber(env, 'PAYMENT_TTL_MINUTES', 15, 1),
    reconcileAfterMinutes: wholeNumber(env, 'PAYMENT_RECONCILE_AFTER_MINUTES', 15, 1),
    reconcileIntervalSeconds: wholeNumber(env, 'PAYMENT_RECONCILE_INTERVAL_SECONDS', 60, 1),
  };
  if (production) checkProduction(config);
  return config;
}

/** Production must talk to the real VNPay with the merchant's own credentials: no sandbox value gets through. */
function checkProduction(config: PaymentsConfig): void {
  const { vnpay } = config;
  const missing = Object.entries({
    VNPAY_TMN_CODE: vnpay.tmnCode,
    VNPAY_HASH_SECRET: vnpay.hashSecret,
    VNPAY_PAYMENT_URL: vnpay.paymentUrl,
    VNPAY_API_URL: vnpay.apiUrl,
    VNPAY_RETURN_URL: vnpay.returnUrl,
  })
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length) throw new ConfigError(`payments: set ${missing.join(', ')} for production`);
  if (vnpay.tmnCode === DEV_TMN_CODE || vnpay.hashSecret === DEV_HASH_SECRET) {
    throw new ConfigError('payments: the development VNPay sandbox credentials cannot be used in production');
  }
  for (const [name, url] of Object.entries({ VNPAY_PAYMENT_URL: vnpay.paymentUrl, VNPAY_API_URL: vnpay.apiUrl, VNPAY_RETURN_URL: vnpay.returnUrl })) {
    if (!/^https:\/\//.test(url)) throw new ConfigError(`payments: ${name} must be an https URL in production`);
    if (url.includes('/payments/sandbox/')) throw new ConfigError(`payments: ${name} points at the development sandbox`);
  }
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new ConfigError(`payments: ${name} must be a whole number ≥ ${min}`);
  return value;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
