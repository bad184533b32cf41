/** The portal's payment pages; VNPay's return sends the browser to `result` (see services/payments). */
export const paymentPaths = {
  pay: (dossierCode: string) => `/thanh-toan/${encodeURIComponent(dossierCode)}`,
  result: '/thanh-toan/ket-qua',
};

export type PaymentsRoute = { name: 'pay'; code: string } | { name: 'result' } | { name: 'notFound' };

export function isPaymentsPath(pathname: string): boolean {
  return /^\/thanh-toan(\/|$)/.test(pathname);
}

export function matchPaymentsRoute(pathname: string): PaymentsRoute {
  const segments = pathname.split('/').filter(Boolean);
  if (segments[0] !== 'thanh-toan' || segments.length !== 2) return { name: 'notFound' };
  if (segments[1] === 'ket-qua') return { name: 'result' };
  try {
    const code = decodeURIComponent(segments[1]).trim().toUpperCase();
    return code ? { name: 'pay', code } : { name: 'notFound' };
  } catch {
    return { name: 'notFound' };
  }
}
