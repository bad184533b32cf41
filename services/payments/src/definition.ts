import { mountEventReceiver, startOutboxRelay, type SubgraphDefinition } from '@motcua/platform';
import { Payment } from './entities/payment.entity';
import { PaymentMismatch } from './entities/payment-mismatch.entity';
import { dossierStatusChanged } from './events/dossier-events.handler';
import { DossierWithPayments } from './federation/dossier-payments.type';
import { migrations } from './migrations';
import { CounterPaymentResolver } from './resolvers/counter-payment.resolver';
import { DossierPaymentsResolver } from './resolvers/dossier-payments.resolver';
import { FeeQuoteResolver } from './resolvers/fee-quote.resolver';
import { OnlinePaymentResolver } from './resolvers/online-payment.resolver';
import { PaymentFieldsResolver } from './resolvers/payment-fields.resolver';
import { StaffPaymentsResolver } from './resolvers/staff-payments.resolver';
import { mountReceiptRoute } from './routes/receipt.routes';
import { mountVnpayCallbacks } from './routes/vnpay-callbacks.routes';
import { mountVnpaySandbox } from './sandbox/sandbox.routes';
import { seedDemoPayments } from './seed/seed-demo-payments';
import { paymentsRuntime } from './services/container';
import { startReconciliationWorker } from './services/reconciliation.service';

export const payments: SubgraphDefinition = {
  name: 'payments',
  schema: 'payments',
  entities: [Payment, PaymentMismatch],
  migrations,
  resolvers: [DossierPaymentsResolver, FeeQuoteResolver, OnlinePaymentResolver, CounterPaymentResolver, StaffPaymentsResolver, PaymentFieldsResolver],
  // Reached only through _entities, so type-graphql must be told to emit it.
  orphanedTypes: [DossierWithPayments],
  referenceResolvers: {
    Dossier: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
  },
  // Mounted before the server listens: a configuration production must not run with stops the start here.
  routes: (app, deps) => {
    const runtime = paymentsRuntime(deps.env);
    mountVnpayCallbacks(app, deps, runtime);
    mountReceiptRoute(app, deps, runtime);
    if (runtime.config.sandboxEnabled) mountVnpaySandbox(app, deps, runtime.config.vnpay);
    mountEventReceiver(app, deps, 'payments', { 'dossier.status-changed': dossierStatusChanged(runtime, deps.log) });
  },
  workers: (deps) => {
    const { provider, config } = paymentsRuntime(deps.env);
    return [
      startOutboxRelay(deps, 'payments'),
      startReconciliationWorker(deps.orm, provider, deps.log, { intervalSeconds: config.reconcileIntervalSeconds, olderThanMinutes: config.reconcileAfterMinutes }),
    ];
  },
  seed: (deps) => seedDemoPayments(deps),
};
