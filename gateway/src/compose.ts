import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPH_NAMES, defaultSubgraphUrl } from './subgraphs';

/**
 * Build step: composes the subgraphs' SDL into `supergraph.graphql`, the file this gateway serves and that
 * Apollo Router could serve as well. Composition errors fail the build.
 */
const root = resolve(__dirname, '../..');
const result = composeServices(
  SUBGRAPH_NAMES.map((name) => ({
    name,
    url: defaultSubgraphUrl(name),
    typeDefs: parse(readFileSync(resolve(root, `services/${name}/dist/schema.graphql`), 'utf8')),
  })),
);
if (result.errors) {
  for (const e of result.errors) console.error(e.message);
  process.exit(1);
}
writeFileSync(resolve(root, 'gateway/supergraph.graphql'), result.supergraphSdl);
console.log(`supergraph composed from ${SUBGRAPH_NAMES.length} subgraphs`);
