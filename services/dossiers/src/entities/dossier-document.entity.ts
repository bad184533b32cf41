import { OptionalProps, Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Dossier } from './dossier.entity';
import { StoredFile } from './stored-file.entity';

export enum DocumentRole {
  APPLICATION = 'APPLICATION',
  SUPPLEMENT = 'SUPPLEMENT',
  RESULT = 'RESULT',
}
registerEnumType(DocumentRole, { name: 'DocumentRole' });

/** A file attached to a dossier, against one of the procedure's requirements (or as its result). */
@Entity({ tableName: 'dossier_document' })
@ObjectType('DossierDocument')
export class DossierDocument {
  [OptionalProps]?: 'id' | 'addedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @ManyToOne(() => Dossier, { fieldName: 'dossier_id' })
  dossier!: Rel<Dossier>;

  @ManyToOne(() => StoredFile, { fieldName: 'file_id', eager: true })
  @Field(() => StoredFile)
  file!: Rel<StoredFile>;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The requirement of the procedure it answers' })
  requirementId?: string | null;

  @Property({ type: 'text' })
  @Field()
  name!: string;

  @Enum({ items: () => DocumentRole })
  @Field(() => DocumentRole)
  role!: DocumentRole;

  @Property({ type: 'timestamptz' })
  @Field()
  addedAt: Date = new Date();

  @Property({ type: 'text' })
  addedBy!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'For a result signed electronically: the signer, as its certificate names it' })
  signerName?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the result was signed electronically' })
  signedAt?: Date | null;
}
