import { ValidateBy } from 'class-validator';
import { isEmailAddress, isPersonalIdNumber, normalisePersonName, PERSON_NAME_RULE, PERSONAL_ID_NUMBER_RULE } from '@motcua/rules';

// The applicant's rules (@motcua/rules, which the apps apply too) as validators of the inputs that carry them.

/** A failure reads back as VALIDATION_FAILED on 'applicant.idNumber' with the constraint 'personalIdNumber'. */
export function IsPersonalIdNumber(): PropertyDecorator {
  return ValidateBy({
    name: 'personalIdNumber',
    validator: { validate: isPersonalIdNumber, defaultMessage: () => `${PERSONAL_ID_NUMBER_RULE.vi} / ${PERSONAL_ID_NUMBER_RULE.en}` },
  });
}

/** An address mail can reach, the apps' rule too; the constraint keeps class-validator's name, 'isEmail'. */
export function IsEmailAddress(): PropertyDecorator {
  return ValidateBy({ name: 'isEmail', validator: { validate: isEmailAddress, defaultMessage: () => 'email must be an email' } });
}

/** Spaces only, zero-width or direction characters: VALIDATION_FAILED on the name, constraint 'personName'. */
export function IsPersonName(): PropertyDecorator {
  return ValidateBy({
    name: 'personName',
    validator: { validate: (v: unknown) => typeof v === 'string' && normalisePersonName(v) !== null, defaultMessage: () => `${PERSON_NAME_RULE.vi} / ${PERSON_NAME_RULE.en}` },
  });
}
