import { OptionalProps, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** An uploaded or scanned file: content-addressed by SHA-256, type sniffed from its bytes. */
@Entity({ tableName: 'stored_file' })
@ObjectType('StoredFile')
export class StoredFile {
  [OptionalProps]?: 'id' | 'digitised' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Field()
  sha256!: string;

  @Property({ type: 'text' })
  @Field()
  mimeType!: string;

  @Property({ type: 'int' })
  @Field(() => Int)
  size!: number;

  @Property({ type: 'text' })
  @Field()
  originalName!: string;

  /** The account that uploaded it (a citizen, a volunteer or an officer scanning at the counter). */
  @Index()
  @Property({ type: 'text' })
  ownerSubject!: string;

  /** For citizens' documents: the citizen whose papers these are, so they can reuse them later. */
  @Index()
  @Property({ type: 'text', nullable: true })
  applicantSubject?: string | null;

  @Property({ type: 'text' })
  storageKey!: string;

  /** Scanned from paper at the counter or produced as an electronic result: counts as digitised. */
  @Property({ type: 'boolean' })
  @Field()
  digitised: boolean = false;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();
}
