import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum NationalSyncState {
  /** Queued, or being retried after the portal could not be reached. */
  PENDING = 'PENDING',
  /** The portal accepted the dossier as it is now. */
  SYNCED = 'SYNCED',
  /** The portal refused the payload, or stayed unreachable past the retries: listed for staff to retry. */
  FAILED = 'FAILED',
}

registerEnumType(NationalSyncState, { name: 'NationalSyncState' });

/**
 * A dossier's track towards the national public service portal (Cổng Dịch vụ công quốc gia), separate from its
 * business state: every change queues the dossier as it then is; the outbox adapter pushes it and writes here what
 * the portal answered.
 */
@Entity({ tableName: 'national_sync' })
@Index({ properties: ['unitCode', 'receivedOn'] })
@ObjectType('NationalSync', { description: "The dossier's synchronisation with the national public service portal" })
export class NationalSyncTrack {
  [OptionalProps]?: 'state' | 'attempts' | 'recordSent' | 'updatedAt';

  @PrimaryKey({ type: 'text' })
  @Field()
  dossierCode!: string;

  /** The receiving unit, for the unit's list of failures and the Decision 766 index. */
  @Property({ type: 'text' })
  unitCode!: string;

  /** The local day the dossier was received (or submitted), for the index's period. */
  @Property({ type: 'date', nullable: true })
  receivedOn?: string | null;

  @Enum({ items: () => NationalSyncState, default: NationalSyncState.PENDING })
  @Field(() => NationalSyncState)
  state: NationalSyncState = NationalSyncState.PENDING;

  @Property({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'Tries of the current push (a new change or a retry starts again at 0)' })
  attempts = 0;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the portal last accepted the dossier' })
  lastSyncedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The portal's refusal, or why it could not be reached" })
  lastError?: string | null;

  @Property({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The national status code (1–10) the portal last accepted' })
  syncedStatus?: number | null;

  /** Whether the portal holds the dossier's record (DongBoHoSoMC accepted once): later changes are progress updates. */
  @Property({ type: 'boolean', default: false })
  recordSent = false;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
