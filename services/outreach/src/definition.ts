import type { SubgraphDefinition } from '@motcua/platform';
import { OutreachEvent } from './entities/outreach-event.entity';
import { TrainingSession } from './entities/training-session.entity';
import { migrations } from './migrations';
import { OutreachEventResolver, TrainingSessionResolver } from './resolvers/outreach.resolver';

export const outreach: SubgraphDefinition = {
  name: 'outreach',
  schema: 'outreach',
  entities: [TrainingSession, OutreachEvent],
  migrations,
  resolvers: [TrainingSessionResolver, OutreachEventResolver],
};
