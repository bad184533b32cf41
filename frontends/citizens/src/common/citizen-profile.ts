import type { Session } from '@motcua/ui';
import { gql } from 'urql';
import type { DraftApplicant } from './dossier-draft';

/** What the citizen agreed to keep for their next forms (the dossiers service's `myProfile`). */
export interface CitizenProfile {
  idNumber: string | null;
  phone: string | null;
  address: string | null;
  email: string | null;
}

export const MY_PROFILE = gql<{ myProfile: CitizenProfile | null }, Record<string, never>>`
  query MyProfile {
    myProfile {
      idNumber
      phone
      address
      email
    }
  }
`;

export const SAVE_MY_PROFILE = gql<{ saveMyProfile: CitizenProfile }, { input: CitizenProfile & { consent: boolean } }>`
  mutation SaveMyProfile($input: CitizenProfileInput!) {
    saveMyProfile(input: $input) {
      idNumber
      phone
      address
      email
    }
  }
`;

export const DELETE_MY_PROFILE = gql<{ deleteMyProfile: boolean }, Record<string, never>>`
  mutation DeleteMyProfile {
    deleteMyProfile
  }
`;

/**
 * The applicant's fields a form starts with when the citizen has typed nothing yet: what they chose to keep, else
 * what their sign-in vouched for (VNeID's number, phone and address), else nothing.
 */
export function applicantDefaults(session: Session, profile: CitizenProfile | null): Omit<DraftApplicant, 'fullName'> {
  const identity = session.user.identity;
  return {
    idNumber: profile?.idNumber ?? identity?.personalIdNumber ?? '',
    phone: profile?.phone ?? identity?.phone ?? '',
    address: profile?.address ?? identity?.address ?? '',
    email: profile?.email ?? '',
  };
}

/** Fills the fields still empty, keeping whatever was typed or restored from a draft. */
export function fillEmpty(applicant: DraftApplicant, defaults: Omit<DraftApplicant, 'fullName'>): DraftApplicant {
  const pick = (typed: string, fallback: string) => (typed.trim() ? typed : fallback);
  return {
    ...applicant,
    idNumber: pick(applicant.idNumber, defaults.idNumber),
    phone: pick(applicant.phone, defaults.phone),
    address: pick(applicant.address, defaults.address),
    email: pick(applicant.email, defaults.email),
  };
}
