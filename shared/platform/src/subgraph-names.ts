/** The four subgraphs of the supergraph; each owns the PostgreSQL schema of the same name. */
export const SUBGRAPH_NAMES = ['procedures', 'dossiers', 'payments', 'outreach'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** Environment variable that points a process at a subgraph's /graphql endpoint, e.g. PROCEDURES_URL. */
export function subgraphUrlVariable(name: SubgraphName): string {
  return `${name.toUpperCase()}_URL`;
}
