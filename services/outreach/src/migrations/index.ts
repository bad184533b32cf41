import { OutreachMigration } from './20261127000000-outreach';
import { OutreachEventsMigration } from './20261127100000-events';
import { OutreachProgrammeMigration } from './20261127100100-programme';

/** Applied in this order at start; released names never change. */
export const migrations = [
  { name: '20261127000000-outreach', class: OutreachMigration },
  { name: '20261127100000-events', class: OutreachEventsMigration },
  { name: '20261127100100-programme', class: OutreachProgrammeMigration },
];
