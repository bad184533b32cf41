const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

/** UPU S10 check digit of an 8-digit serial (the scheme on every Vietnam Post tracking number). */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new RangeError('S10 serials have 8 digits');
  const sum = [...serial].reduce((acc, d, i) => acc + Number(d) * WEIGHTS[i], 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/** e.g. EL123456785VN: service indicator, serial, check digit, country. */
export function s10TrackingNumber(serviceIndicator: string, serial: number, country = 'VN'): string {
  const digits = String(serial).padStart(8, '0');
  return `${serviceIndicator}${digits}${s10CheckDigit(digits)}${country}`;
}

export function isValidS10(tracking: string): boolean {
  const m = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/.exec(tracking);
  return !!m && s10CheckDigit(m[2]) === Number(m[3]);
}
