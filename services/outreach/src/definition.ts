import { mountEventReceiver, type SubgraphDefinition } from '@motcua/platform';
import { AssistedDossier } from './entities/assisted-dossier.entity';
import { OutreachEvent } from './entities/outreach-event.entity';
import { OutreachTarget } from './entities/outreach-target.entity';
import { SupportGroup } from './entities/support-group.entity';
import { SupportRequest } from './entities/support-request.entity';
import { SupportTeam } from './entities/support-team.entity';
import { TrainingAttendee } from './entities/training-attendee.entity';
import { TrainingSession } from './entities/training-session.entity';
import { Volunteer } from './entities/volunteer.entity';
import { dossierStatusChanged } from './events/dossier-status.handler';
import { migrations } from './migrations';
import { OutreachEventResolver } from './resolvers/outreach-event.resolver';
import { OutreachImpactResolver } from './resolvers/outreach-impact.resolver';
import { SupportGroupResolver, SupportRequestResolver } from './resolvers/support.resolver';
import { OutreachTargetResolver } from './resolvers/target.resolver';
import { TrainingAttendeeResolver, TrainingSessionResolver } from './resolvers/training-session.resolver';
import { AssistedDossierResolver, SupportTeamResolver, VolunteerResolver } from './resolvers/volunteer.resolver';
import { seedOutreach } from './seed/seed-outreach';

export const outreach: SubgraphDefinition = {
  name: 'outreach',
  schema: 'outreach',
  entities: [TrainingSession, TrainingAttendee, OutreachEvent, SupportTeam, Volunteer, AssistedDossier, SupportGroup, SupportRequest, OutreachTarget],
  migrations,
  resolvers: [
    TrainingSessionResolver,
    TrainingAttendeeResolver,
    OutreachEventResolver,
    VolunteerResolver,
    SupportTeamResolver,
    AssistedDossierResolver,
    SupportGroupResolver,
    SupportRequestResolver,
    OutreachTargetResolver,
    OutreachImpactResolver,
  ],
  routes: (app, deps) => {
    mountEventReceiver(app, deps, 'outreach', { 'dossier.status-changed': dossierStatusChanged });
  },
  seed: (deps) => seedOutreach(deps),
};
