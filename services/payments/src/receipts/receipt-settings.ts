/**
 * What the law asks a receipt to carry that the payments themselves do not know (Decree 123/2020/NĐ-CP, art. 32;
 * Circular 78/2021/TT-BTC, art. 6, as replaced by Circular 32/2025/TT-BTC): the template symbol the collecting body
 * registered (ký hiệu mẫu biên lai) and each body's tax code (mã số thuế).
 *
 *   RECEIPT_TEMPLATE_SYMBOL=01BLP0-001
 *   RECEIPT_ISSUER_TAX_CODES=27931:1101234567,80:1100123456
 */
export interface ReceiptSettings {
  templateSymbol: string;
  taxCodes: ReadonlyMap<string, string>;
  /** Outside production the missing values are printed as such, so a demo receipt never passes for a real one. */
  development: boolean;
}

export function receiptSettingsFrom(env: NodeJS.ProcessEnv): ReceiptSettings {
  const production = env.NODE_ENV === 'production';
  const templateSymbol = env.RECEIPT_TEMPLATE_SYMBOL?.trim() ?? '';
  const taxCodes = new Map(
    (env.RECEIPT_ISSUER_TAX_CODES ?? '')
      .split(',')
      .map((pair) => pair.split(':').map((p) => p.trim()))
      .filter((pair): pair is [string, string] => pair.length === 2 && !!pair[0] && /^\d{10}(-\d{3})?$/.test(pair[1] ?? '')),
  );
  if (production && (!templateSymbol || taxCodes.size === 0)) {
    throw new Error('RECEIPT_TEMPLATE_SYMBOL and RECEIPT_ISSUER_TAX_CODES (unit:tax code, …) must be set in production: every e-receipt carries them');
  }
  return { templateSymbol: templateSymbol || 'CHƯA ĐĂNG KÝ (thử nghiệm)', taxCodes, development: !production };
}
