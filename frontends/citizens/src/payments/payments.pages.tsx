import { EmptyState, useAppLocation, useT } from '@motcua/ui';
import type { ReactNode } from 'react';
import { PayFeePage } from './pay-fee.page';
import { PaymentResultPage } from './payment-result.page';
import { isPaymentsPath, matchPaymentsRoute } from './payments.paths';
import { paymentsMessages } from './payments.messages';

function NotFound() {
  const t = useT(paymentsMessages);
  return <EmptyState title={t('notFound')} />;
}

/**
 * The portal's /thanh-toan/… pages. The app renders this where it would say "not found", so the payment pages
 * need one line in the app: anything outside /thanh-toan falls through to `fallback`.
 */
export default function PaymentsPages({ fallback }: { fallback: ReactNode }): ReactNode {
  const { pathname } = useAppLocation();
  if (!isPaymentsPath(pathname)) return fallback;
  const route = matchPaymentsRoute(pathname);
  switch (route.name) {
    case 'pay':
      return <PayFeePage key={route.code} code={route.code} />;
    case 'result':
      return <PaymentResultPage />;
    default:
      return <NotFound />;
  }
}
