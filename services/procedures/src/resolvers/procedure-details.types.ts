import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SettlingLevel } from '../entities/procedure.entity';

export enum FeeBasis {
  FIXED = 'FIXED',
  PER_PAGE = 'PER_PAGE',
  PER_COPY = 'PER_COPY',
}
registerEnumType(FeeBasis, { name: 'FeeBasis' });

export enum FeeKind {
  FEE = 'FEE',
  CHARGE = 'CHARGE',
}
registerEnumType(FeeKind, { name: 'FeeKind', description: 'FEE = phí, CHARGE = lệ phí' });

@ObjectType({ description: 'One fee or charge of a procedure, in integer VND' })
export class FeeRule {
  @Field() name!: string;
  @Field() nameEn!: string;
  @Field(() => FeeKind) kind!: FeeKind;
  @Field(() => FeeBasis) basis!: FeeBasis;
  @Field(() => Int) amountVnd!: number;
  @Field(() => Int, { nullable: true, description: 'Amount when submitted online, where a discount applies' })
  onlineAmountVnd?: number;
  @Field(() => Int, { nullable: true, description: 'PER_PAGE: the first page (of each copy, if perCopy) it prices; 1 if unset' })
  fromPage?: number;
  @Field(() => Int, { nullable: true, description: 'PER_PAGE: the last page it prices; every page from fromPage if unset' })
  toPage?: number;
  @Field(() => Boolean, { nullable: true, description: 'PER_PAGE: pages are counted in each copy (a copy certification)' })
  perCopy?: boolean;
  @Field(() => String, { nullable: true }) note?: string;
}

@ObjectType({ description: 'A document the applicant must (or may) provide' })
export class RequiredDocument {
  @Field(() => ID, { description: 'Stable key of the requirement within its procedure' })
  id!: string;
  @Field() name!: string;
  @Field() nameEn!: string;
  @Field({ description: 'true = original (bản chính), false = copy (bản sao)' }) original!: boolean;
  @Field(() => Int) copies!: number;
  @Field() mandatory!: boolean;
  @Field(() => String, { nullable: true }) template?: string;
}

@ObjectType({ description: "A field of the procedure's online form" })
export class FormField {
  @Field() key!: string;
  @Field() label!: string;
  @Field() labelEn!: string;
  @Field() type!: string;
  @Field() required!: boolean;
  @Field(() => [String], { nullable: true }) options?: string[];
}

@ObjectType({ description: 'A handling step: who does it, where, in how many working days' })
export class ProcedureStep {
  @Field() role!: string;
  @Field() name!: string;
  @Field() nameEn!: string;
  @Field(() => Int) days!: number;
  @Field(() => SettlingLevel, { description: 'Where the step happens: COMMUNE or PROVINCE (DISTRICT in versions before 1 July 2025)' })
  level!: SettlingLevel;
}
