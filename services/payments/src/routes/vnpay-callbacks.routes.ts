import type { Express, Request } from 'express';
import type { ServiceDeps } from '@motcua/platform';
import { Payment } from '../entities/payment.entity';
import type { PaymentsRuntime } from '../services/container';
import { IpnService } from '../services/ipn.service';

/**
 * VNPay's two calls to the merchant. The IPN (server to server) is the only thing that changes a payment; the return
 * URL only sends the citizen's browser to the portal's result page, which asks the graph for the payment's state.
 */
export function mountVnpayCallbacks(app: Express, deps: ServiceDeps, runtime: PaymentsRuntime): void {
  const log = deps.log.child({ component: 'vnpay' });

  app.get('/payments/vnpay/ipn', async (req, res) => {
    try {
      const answer = await new IpnService(deps.orm.em.fork(), runtime.provider, log).handle(req.query as Record<string, unknown>, clientAddress(req));
      res.json(answer);
    } catch (err) {
      log.error({ err, txnRef: req.query.vnp_TxnRef }, 'IPN failed');
      res.json({ RspCode: '99', Message: 'Unknown error' });
    }
  });

  app.get('/payments/vnpay/return', async (req, res) => {
    const query = req.query as Record<string, unknown>;
    const result = new URL(`${runtime.config.publicPortalUrl}/thanh-toan/ket-qua`);
    const txnRef = typeof query.vnp_TxnRef === 'string' ? query.vnp_TxnRef : null;
    const payment = txnRef && runtime.provider.verifyReturn(query) ? await deps.orm.em.fork().findOne(Payment, { providerRef: txnRef }) : null;
    if (payment) result.searchParams.set('paymentId', payment.id);
    else {
      log.warn({ txnRef, from: clientAddress(req) }, 'return URL with an invalid signature or an unknown order');
      result.searchParams.set('error', 'invalid');
    }
    res.set('cache-control', 'no-store').redirect(302, result.toString());
  });
}

function clientAddress(req: Request): string {
  return String(req.headers['x-forwarded-for'] ?? req.ip ?? '')
    .split(',')[0]
    .trim();
}
