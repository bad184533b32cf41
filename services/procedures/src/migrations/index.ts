import { CatalogueMigration } from './20261127000000-catalogue';

/** Applied in this order at start; released names never change. */
export const migrations = [{ name: '20261127000000-catalogue', class: CatalogueMigration }];
