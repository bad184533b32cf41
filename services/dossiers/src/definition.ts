import { mountEventReceiver, startOutboxRelay, type SubgraphDefinition } from '@motcua/platform';
import { paymentRefunded, paymentSucceeded } from './events/payment-events.handler';
import { Dossier } from './entities/dossier.entity';
import { DossierDocument } from './entities/dossier-document.entity';
import { DossierEvent } from './entities/dossier-event.entity';
import { DossierPause } from './entities/dossier-pause.entity';
import { Notification } from './entities/notification.entity';
import { NotificationPreference } from './entities/notification-preference.entity';
import { CitizenProfile } from './entities/citizen-profile.entity';
import { Officer } from './entities/officer.entity';
import { PickupCall } from './entities/pickup-call.entity';
import { PostalShipment } from './entities/postal-shipment.entity';
import { StoredFile } from './entities/stored-file.entity';
import { mountDocumentRoutes } from './documents/documents.routes';
import { fileStorageFromEnv } from './files/file-storage';
import { procedureRules } from './services/container';
import { startOfficerDirectorySync } from './services/officer-directory-sync';
import { startSuccessionHandover } from './services/succession-handover.service';
import { mountFileRoutes } from './files/files.routes';
import { startOrphanFileSweep } from './files/orphan-files';
import { CitizenProfileResolver } from './resolvers/citizen-profile.resolver';
import { CounterResolver } from './resolvers/counter.resolver';
import { DossierWorkflowResolver } from './resolvers/dossier-workflow.resolver';
import { seedDemoDossiers } from './seed/seed-demo-dossiers';
import { migrations } from './migrations';
import { DossierReadResolver, ProcedureNameResolver } from './resolvers/dossier-read.resolver';
import { referenceResolvers } from './resolvers/reference.resolvers';
import { IndicatorsResolver, catalogue, mountIndicatorsCsvRoute, seedStatisticsHistory } from './statistics';
import { NotificationResolver, mountNotificationWebhooks, startNotificationDispatcher } from './notifications';
import { NationalSyncResolver, NationalSyncTrack, nationalSyncAdapter } from './national-sync';
import { DossierResultResolver } from './results/dossier-result.resolver';

export const dossiers: SubgraphDefinition = {
  name: 'dossiers',
  schema: 'dossiers',
  entities: [Dossier, DossierEvent, DossierPause, DossierDocument, StoredFile, Notification, NotificationPreference, CitizenProfile, PickupCall, PostalShipment, Officer, NationalSyncTrack],
  migrations,
  resolvers: [
    DossierReadResolver,
    ProcedureNameResolver,
    DossierWorkflowResolver,
    CounterResolver,
    IndicatorsResolver,
    NotificationResolver,
    CitizenProfileResolver,
    NationalSyncResolver,
    DossierResultResolver,
  ],
  referenceResolvers,
  routes: (app, deps) => {
    mountFileRoutes(app, deps, fileStorageFromEnv(deps.env));
    mountIndicatorsCsvRoute(app, deps);
    mountDocumentRoutes(app, deps, procedureRules);
    mountNotificationWebhooks(app, deps);
    mountEventReceiver(app, deps, 'dossiers', { 'payment.succeeded': paymentSucceeded, 'payment.refunded': paymentRefunded });
  },
  // Dossiers of a unit that ended at a reform pass to its successor: at start, then daily.
  workers: (deps) => [
    startOutboxRelay(deps, 'dossiers', undefined, nationalAdapters(deps)),
    startSuccessionHandover(deps, procedureRules),
    startNotificationDispatcher(deps),
    startOfficerDirectorySync(deps),
    startOrphanFileSweep(deps),
  ],
  seed: async (deps) => {
    await seedDemoDossiers(deps, fileStorageFromEnv(deps.env));
    await seedStatisticsHistory(deps, catalogue);
  },
};

/** The national portal's adapter takes the outbox's `dossier.national-sync` events when a portal is configured. */
function nationalAdapters(deps: Parameters<typeof nationalSyncAdapter>[0]) {
  const adapter = nationalSyncAdapter(deps);
  return adapter ? { 'dossier.national-sync': adapter } : {};
}
