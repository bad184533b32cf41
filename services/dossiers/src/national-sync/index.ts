export { NationalSyncTrack } from './national-sync-track.entity';
export { NationalSyncResolver } from './national-sync.resolver';
export { nationalPortalConfigured, nationalSyncAdapter, syncTally } from './national-sync.service';
