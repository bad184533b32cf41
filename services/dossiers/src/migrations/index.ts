import { DossiersMigration } from './20261127000000-dossiers';
import { DossierEventsMigration } from './20261127010000-events';
import { StatisticsMigration } from './20261127020000-statistics';
import { DossierSearchMigration } from './20261127030000-dossier-search';
import { OfficersMigration } from './20261127050000-officers';
import { NotificationDeliveryMigration } from './20261128100000-notification-delivery';
import { FeeWaiverMigration } from './20261203060000-fee-waiver';
import { NationalSyncMigration } from './20261203100000-national-sync';
import { CitizenProfileMigration } from './20261203110000-citizen-profile';
import { SignedResultsMigration } from './20261203120000-signed-results';
import { SubmissionKeyMigration } from './20261203130000-submission-key';

/** Applied in this order at start; released names never change. */
export const migrations = [
  { name: '20261127000000-dossiers', class: DossiersMigration },
  { name: '20261127010000-events', class: DossierEventsMigration },
  { name: '20261127020000-statistics', class: StatisticsMigration },
  { name: '20261127030000-dossier-search', class: DossierSearchMigration },
  { name: '20261127050000-officers', class: OfficersMigration },
  { name: '20261128100000-notification-delivery', class: NotificationDeliveryMigration },
  { name: '20261203060000-fee-waiver', class: FeeWaiverMigration },
  { name: '20261203100000-national-sync', class: NationalSyncMigration },
  { name: '20261203110000-citizen-profile', class: CitizenProfileMigration },
  { name: '20261203120000-signed-results', class: SignedResultsMigration },
  { name: '20261203130000-submission-key', class: SubmissionKeyMigration },
];
