import { runSubgraph } from '@motcua/platform';
import { dossiers } from './definition';

runSubgraph(dossiers);
