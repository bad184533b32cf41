import { subgraphUrlVariable, type SubgraphName } from '@motcua/platform';

export { SUBGRAPH_NAMES, type SubgraphName } from '@motcua/platform';

const DEFAULT_PORTS: Record<SubgraphName, number> = { procedures: 4001, dossiers: 4002, payments: 4003, outreach: 4004 };

/** The address written into the supergraph; deployments override it with <NAME>_URL. */
export function defaultSubgraphUrl(name: SubgraphName): string {
  return `http://localhost:${DEFAULT_PORTS[name]}/graphql`;
}

export function subgraphUrl(name: SubgraphName, env: NodeJS.ProcessEnv): string {
  return env[subgraphUrlVariable(name)] ?? defaultSubgraphUrl(name);
}

/** REST routes the gateway passes through to the subgraph that owns them. */
export const PASSTHROUGH_ROUTES: { prefix: string; subgraph: SubgraphName }[] = [
  { prefix: '/files', subgraph: 'dossiers' },
  { prefix: '/documents', subgraph: 'dossiers' },
  { prefix: '/payments', subgraph: 'payments' },
  { prefix: '/statistics', subgraph: 'dossiers' },
  // Providers' delivery receipts (Zalo ZNS webhook, SMS delivery reports): the raw body reaches the service, which
  // checks each provider's signature itself.
  { prefix: '/notifications', subgraph: 'dossiers' },
];
