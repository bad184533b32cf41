import { runSubgraph } from '@motcua/platform';
import { outreach } from './definition';

runSubgraph(outreach);
