import { writeSubgraphSdl } from '@motcua/platform';
import { outreach } from './definition';

writeSubgraphSdl(outreach, `${__dirname}/schema.graphql`);
