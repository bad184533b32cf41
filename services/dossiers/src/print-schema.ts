import { writeSubgraphSdl } from '@motcua/platform';
import { dossiers } from './definition';

writeSubgraphSdl(dossiers, `${__dirname}/schema.graphql`);
