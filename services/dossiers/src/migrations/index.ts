import { DossiersMigration } from './20261127000000-dossiers';

/** Applied in this order at start; released names never change. */
export const migrations = [{ name: '20261127000000-dossiers', class: DossiersMigration }];
