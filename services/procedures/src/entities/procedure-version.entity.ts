import { DateScalar } from '@motcua/platform';
import { OptionalProps, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type { DocumentSeed, FeeSeed, FormFieldSeed, StepSeed } from '../seed/seed-types';
import { Procedure, SettlingLevel } from './procedure.entity';

/**
 * The rules of a procedure as in force from `validFrom` to `validTo` (local days, both inclusive): a dossier is
 * pinned to the version valid when it was received, so later changes of level, body, documents, fees or time
 * never rewrite an old dossier. Windows of one procedure never overlap.
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

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day in force (Asia/Ho_Chi_Minh)' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day in force; null: in force' })
  validTo!: string | null;

  @Enum({ items: () => SettlingLevel })
  @Field(() => SettlingLevel)
  settlingLevel!: SettlingLevel;

  @Property({ type: 'text' })
  @Field({ description: 'The body that settles it, e.g. "Ủy ban nhân dân cấp xã", "Chi nhánh Văn phòng đăng ký đất đai"' })
  settlingBody!: string;

  @Property({ type: 'text' })
  @Field()
  settlingBodyEn!: string;

  @Property({ type: 'boolean' })
  @Field({
    description: 'Received at any commune or the provincial Public Administration Service Centre of the province, regardless of administrative boundary (Decree 118/2025/NĐ-CP)',
  })
  acrossBoundary!: boolean;

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
