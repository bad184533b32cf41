import { CatalogueMigration } from './20261127000000-catalogue';
import { CopyFeeTiersMigration } from './20261127040000-copy-fee-tiers';
import { AdministrativeMapMigration } from './20261203000000-administrative-map';
import { ProcedureLevelsMigration } from './20261203020000-procedure-levels';
import { AgencyManagingBodyMigration } from './20261203040000-agency-managing-body';
import { ProcedureSearchMigration } from './20261203060000-procedure-search';
import { CatalogueChangesMigration } from './20261203120000-catalogue-changes';

/** Applied in this order at start; released names never change. */
export const migrations = [
  { name: '20261127000000-catalogue', class: CatalogueMigration },
  { name: '20261127040000-copy-fee-tiers', class: CopyFeeTiersMigration },
  { name: '20261203000000-administrative-map', class: AdministrativeMapMigration },
  { name: '20261203020000-procedure-levels', class: ProcedureLevelsMigration },
  { name: '20261203040000-agency-managing-body', class: AgencyManagingBodyMigration },
  { name: '20261203060000-procedure-search', class: ProcedureSearchMigration },
  { name: '20261203120000-catalogue-changes', class: CatalogueChangesMigration },
];
