import type { EntityManager } from '@mikro-orm/postgresql';
import type { UnitDirectory } from '@motcua/platform';

/**
 * The event-fed tables learn a unit's path (for jurisdiction by prefix) on first read: the few units whose path is
 * still missing are looked up in the procedures subgraph's tree (cached) and written back. A unit the tree does not
 * know stays without a path, visible to admins only.
 */
export class UnitPaths {
  constructor(
    private readonly em: EntityManager,
    private readonly units: UnitDirectory,
  ) {}

  async fillMissing(): Promise<void> {
    const rows: { unit_code: string }[] = await this.em.execute(
      `select distinct unit_code from outreach.assisted_dossier where unit_path is null
       union select distinct unit_code from outreach.submission_month where unit_path is null`,
    );
    for (const { unit_code: code } of rows) {
      const path = (await this.units.pathOf(code))?.join('/');
      if (!path) continue;
      await this.em.execute('update outreach.assisted_dossier set unit_path = ? where unit_code = ? and unit_path is null', [path, code]);
      await this.em.execute('update outreach.submission_month set unit_path = ? where unit_code = ? and unit_path is null', [path, code]);
    }
  }
}
