import { OptionalProps, Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Dossier } from './dossier.entity';

/** A dated interval during which the legal clock stood still, waiting for the citizen. */
@Entity({ tableName: 'dossier_pause' })
export class DossierPause {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Dossier, { fieldName: 'dossier_id' })
  dossier!: Rel<Dossier>;

  @Property({ type: 'text' })
  reason!: 'SUPPLEMENT' | 'FEE';

  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt?: Date | null;
}
