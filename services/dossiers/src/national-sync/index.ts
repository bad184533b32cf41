export { NationalSyncTrack, NationalSyncState } from './national-sync-track.entity';
export { NationalSyncResolver } from './national-sync.resolver';
export { nationalPortalConfigured, nationalSyncAdapter, queueNationalSync, syncTally } from './national-sync.service';
