import { CatalogueMigration } from './20261127000000-catalogue';
import { CopyFeeTiersMigration } from './20261127040000-copy-fee-tiers';

/** Applied in this order at start; released names never change. */
export const migrations = [
  { name: '20261127000000-catalogue', class: CatalogueMigration },
  { name: '20261127040000-copy-fee-tiers', class: CopyFeeTiersMigration },
];
