import { ArrayMaxSize, IsEmail, IsIn, IsOptional, IsUUID, Matches, MaxLength, MinLength, ValidateBy, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { normalisePersonName, PERSON_NAME_RULE } from '../domain/person-name';
import { isPersonalIdNumber, PERSONAL_ID_NUMBER_RULE } from '../domain/personal-id-number';
import { DeliveryMethod } from '../entities/dossier.entity';

/** A failure reads back as VALIDATION_FAILED on 'applicant.idNumber' with the constraint 'personalIdNumber'. */
function IsPersonalIdNumber(): PropertyDecorator {
  return ValidateBy({
    name: 'personalIdNumber',
    validator: { validate: isPersonalIdNumber, defaultMessage: () => `${PERSONAL_ID_NUMBER_RULE.vi} / ${PERSONAL_ID_NUMBER_RULE.en}` },
  });
}

/** Spaces only, zero-width or direction characters: VALIDATION_FAILED on the name, constraint 'personName'. */
function IsPersonName(): PropertyDecorator {
  return ValidateBy({
    name: 'personName',
    validator: { validate: (v: unknown) => typeof v === 'string' && normalisePersonName(v) !== null, defaultMessage: () => `${PERSON_NAME_RULE.vi} / ${PERSON_NAME_RULE.en}` },
  });
}

@InputType({ description: 'The person the dossier is for' })
export class ApplicantInput {
  @Field()
  @MinLength(2)
  @MaxLength(100)
  @IsPersonName()
  fullName!: string;

  @Field({ description: 'Personal identification number (số định danh cá nhân, 12 digits, on the CCCD); the 9-digit CMND is refused' })
  @IsPersonalIdNumber()
  idNumber!: string;

  @Field({ description: 'Vietnamese mobile number, e.g. 0912345678' })
  @Matches(/^(0|\+84)\d{9,10}$/)
  phone!: string;

  @Field()
  @MinLength(5)
  @MaxLength(300)
  address!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
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
