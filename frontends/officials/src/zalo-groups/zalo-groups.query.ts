import { gql } from 'urql';

export interface SupportGroupRow {
  id: string;
  name: string;
  link: string;
  admins: string[];
  memberCount: number | null;
  active: boolean;
  unit: { code: string; name: string; nameEn: string };
}

export const SUPPORT_GROUPS = gql<
  { supportGroups: { totalCount: number; nodes: SupportGroupRow[]; pageInfo: { endCursor: string | null } } },
  { unit: string | null; first: number; after: string | null }
>`
  query SupportGroups($unit: String, $first: Int!, $after: String) {
    supportGroups(unitCode: $unit, first: $first, after: $after) {
      totalCount
      nodes {
        id
        name
        link
        admins
        memberCount
        active
        unit {
          code
          name
          nameEn
        }
      }
      pageInfo {
        endCursor
      }
    }
  }
`;

export const CREATE_GROUP = gql<{ createSupportGroup: { id: string; name: string } }, { input: { unitCode: string; name: string; link: string; admins: string[]; memberCount: number | null } }>`
  mutation CreateSupportGroup($input: CreateSupportGroupInput!) {
    createSupportGroup(input: $input) {
      id
      name
    }
  }
`;

export const UPDATE_GROUP = gql<
  { updateSupportGroup: { id: string; name: string; active: boolean } },
  { id: string; input: { name?: string; link?: string; admins?: string[]; memberCount?: number | null; active?: boolean } }
>`
  mutation UpdateSupportGroup($id: ID!, $input: UpdateSupportGroupInput!) {
    updateSupportGroup(id: $id, input: $input) {
      id
      name
      active
    }
  }
`;
