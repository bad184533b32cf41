import { OutreachMigration } from './20261127000000-outreach';

/** Applied in this order at start; released names never change. */
export const migrations = [{ name: '20261127000000-outreach', class: OutreachMigration }];
