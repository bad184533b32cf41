import { writeSubgraphSdl } from '@motcua/platform';
import { procedures } from './definition';

writeSubgraphSdl(procedures, `${__dirname}/schema.graphql`);
