import { OptionalProps, Entity, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type { DocumentSeed, FeeSeed, FormFieldSeed, StepSeed } from '../seed/seed-types';
import { Procedure } from './procedure.entity';

/**
 * The rules of a procedure as in force from `validFrom`: a dossier is pinned to the version current when it
 * was received, so later changes of documents, fees or time never rewrite an old dossier.
 */
@Entity({ tableName: 'procedure_version' })
@Unique({ properties: ['procedure', 'version'] })
@ObjectType()
@Directive('@key(fields: "procedureCode version")')
export class ProcedureVersion {
  [OptionalProps]?: 'procedureCode';

  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @ManyToOne(() => Procedure, { fieldName: 'procedure_code' })
  procedure!: Rel<Procedure>;

  @Field({ description: 'Code of the procedure this version belongs to' })
  get procedureCode(): string {
    return this.procedure.code;
  }

  @Property({ type: 'int' })
  @Field(() => Int)
  version!: number;

  @Property({ type: 'timestamptz' })
  @Field()
  validFrom!: Date;

  @Property({ type: 'int' })
  @Field(() => Int, { description: 'Legal processing time in working days' })
  processingDays!: number;

  @Property({ type: 'boolean' })
  @Field({ description: 'The fee must be paid before processing starts' })
  feePaidBeforeProcessing!: boolean;

  @Property({ type: 'json' })
  fees!: FeeSeed[];

  @Property({ type: 'json' })
  documents!: DocumentSeed[];

  @Property({ type: 'json' })
  formFields!: FormFieldSeed[];

  @Property({ type: 'json' })
  steps!: StepSeed[];

  @Property({ type: 'text' })
  @Field()
  resultType!: string;

  @Property({ type: 'text' })
  @Field()
  resultTypeEn!: string;

  @Property({ type: 'json' })
  @Field(() => [String])
  legalBasis!: string[];
}
