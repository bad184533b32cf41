import { writeSubgraphSdl } from '@motcua/platform';
import { payments } from './definition';

writeSubgraphSdl(payments, `${__dirname}/schema.graphql`);
