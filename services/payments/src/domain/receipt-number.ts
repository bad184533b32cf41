/**
 * Receipt numbers (số biên lai): one series per collecting unit and calendar year, so every unit's book starts
 * at 1 each January as paper receipt books do. `BL-<unit>-<year>-<number, 6 digits>`, e.g. BL-27931-2026-000042.
 */
export function formatReceiptNumber(unitCode: string, year: number, sequence: number): string {
  if (!/^[0-9A-Za-z.]{1,20}$/.test(unitCode)) throw new RangeError(`unit code ${unitCode} cannot appear in a receipt number`);
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`year ${year} is out of range`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`sequence ${sequence} must be a positive integer`);
  return `BL-${unitCode}-${year}-${String(sequence).padStart(6, '0')}`;
}

const RECEIPT = /^BL-([0-9A-Za-z.]{1,20})-(\d{4})-(\d{6,})$/;

export function parseReceiptNumber(text: string): { unitCode: string; year: number; sequence: number } | null {
  const m = RECEIPT.exec(text.trim());
  return m ? { unitCode: m[1], year: Number(m[2]), sequence: Number(m[3]) } : null;
}

/**
 * vnp_TxnRef: alphanumeric (VNPay refuses some symbols), unique for ever because it comes from a database
 * sequence, and readable: `MC` + the Vietnamese date + the sequence, e.g. MC261128000123.
 */
export function formatTxnRef(dateKey: string, sequence: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateKey)) throw new RangeError(`bad date key ${dateKey}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`sequence ${sequence} must be a positive integer`);
  return `MC${dateKey.slice(2).replace(/-/g, '')}${String(sequence).padStart(6, '0')}`;
}
