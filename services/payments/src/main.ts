import { runSubgraph } from '@motcua/platform';
import { payments } from './definition';

runSubgraph(payments);
