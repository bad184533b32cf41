import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** A dossier a volunteer helped submit, as the dossiers service reported it (written only by the event handler). */
@Entity({ tableName: 'assisted_dossier' })
@ObjectType()
export class AssistedDossier {
  [OptionalProps]?: 'unitPath';

  @PrimaryKey({ type: 'text' })
  @Field({ description: "The dossier's national-style code" })
  dossierCode!: string;

  @Property({ type: 'text' })
  helperSubject!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The volunteer, as named on the dossier' })
  helperName!: string;

  @Property({ type: 'text' })
  procedureCode!: string;

  @Property({ type: 'text' })
  unitCode!: string;

  @Property({ type: 'text', nullable: true })
  unitPath: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field()
  submittedAt!: Date;
}
