import { runSubgraph } from '@motcua/platform';
import { procedures } from './definition';

runSubgraph(procedures);
