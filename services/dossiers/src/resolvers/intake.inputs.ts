import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ADDRESS_LENGTH, FULL_NAME_LENGTH, MOBILE_PHONE } from '@motcua/rules';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { IsEmailAddress, IsPersonalIdNumber, IsPersonName } from './applicant.validators';
import { DeliveryMethod } from '../entities/dossier.entity';

@InputType({ description: 'The person the dossier is for' })
export class ApplicantInput {
  @Field()
  @MinLength(FULL_NAME_LENGTH.min)
  @MaxLength(FULL_NAME_LENGTH.max)
  @IsPersonName()
  fullName!: string;

  @Field({ description: 'Personal identification number (số định danh cá nhân, 12 digits, on the CCCD); the 9-digit CMND is refused' })
  @IsPersonalIdNumber()
  idNumber!: string;

  @Field({ description: 'Vietnamese mobile number, e.g. 0912345678' })
  @Matches(MOBILE_PHONE)
  phone!: string;

  @Field()
  @MinLength(ADDRESS_LENGTH.min)
  @MaxLength(ADDRESS_LENGTH.max)
  address!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmailAddress()
  email?: string | null;
}

@InputType({ description: 'A file (uploaded through POST /files) given for one requirement of the procedure' })
export class DocumentInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(100)
  requirementId!: string;

  @Field(() => ID)
  @IsUUID()
  fileId!: string;
}

@InputType()
export class SubmitDossierInput {
  @Field()
  @MinLength(1)
  @MaxLength(40)
  procedureCode!: string;

  @Field({ description: 'Code of the administrative unit that receives the dossier (a commune, or the province for its centre)' })
  @MinLength(1)
  @MaxLength(20)
  unitCode!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Code of the unit competent to settle it, when received regardless of boundary (Decree 118/2025): defaults to the receiving unit if it is of the settling level, or to its province for a province-level procedure',
  })
  @IsOptional()
  @MinLength(1)
  @MaxLength(20)
  competentUnitCode?: string | null;

  @Field(() => ApplicantInput)
  @ValidateNested()
  applicant!: ApplicantInput;

  @Field(() => String, {
    nullable: true,
    description: 'A key the client makes once per submission (a UUID) and sends again on a retry: the same key returns the dossier already made',
  })
  @IsOptional()
  @IsUUID()
  idempotencyKey?: string | null;

  @Field(() => [DocumentInput])
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  documents!: DocumentInput[];

  @Field(() => DeliveryMethod)
  @IsIn(Object.values(DeliveryMethod))
  deliveryMethod!: DeliveryMethod;

  @Field(() => String, { nullable: true, description: 'Where the post delivers the result (defaults to the applicant address)' })
  @IsOptional()
  @MaxLength(300)
  deliveryAddress?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "Values of the procedure's form fields, by key" })
  @IsOptional()
  formData?: Record<string, unknown> | null;

  @Field(() => Boolean, { nullable: true, description: 'Volunteers: the applicant agreed to be helped (required)' })
  @IsOptional()
  applicantConsent?: boolean | null;
}
