import { createGraphClient, type GraphClient } from '@motcua/platform';
import { loadPaymentsConfig, type PaymentsConfig } from '../config/payments-config';
import type { PaymentProvider } from '../providers/payment-provider';
import { VnpayProvider } from '../providers/vnpay.provider';
import { DossierReader } from './dossier-reader';

/** Process-wide collaborators: configuration, the gateway client, the payment provider. */
export interface PaymentsRuntime {
  config: PaymentsConfig;
  graph: GraphClient;
  dossiers: DossierReader;
  provider: PaymentProvider;
}

let runtime: PaymentsRuntime | null = null;

/** Built once from the environment; a bad configuration stops the service at start (routes are mounted first). */
export function paymentsRuntime(env: NodeJS.ProcessEnv = process.env): PaymentsRuntime {
  if (runtime) return runtime;
  const config = loadPaymentsConfig(env);
  const graph = createGraphClient(`${(env.GATEWAY_URL ?? 'http://localhost:4000').replace(/\/+$/, '')}/graphql`);
  runtime = { config, graph, dossiers: new DossierReader(graph), provider: new VnpayProvider(config.vnpay) };
  return runtime;
}
