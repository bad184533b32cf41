import { gql } from 'urql';

export interface ViewerAgency {
  code: string;
  name: string;
  nameEn: string;
  counters: number;
}

export interface Viewer {
  username: string;
  fullName: string;
  roles: string[];
  unit: { code: string; name: string; nameEn: string; level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE'; agencies: ViewerAgency[] } | null;
}

/** The signed-in officer with their unit and its agency: the unit receives counter dossiers, the agency's code starts every dossier code. */
export const VIEWER = gql<{ me: Viewer }, Record<string, never>>`
  query StaffViewer {
    me {
      username
      fullName
      roles
      unit {
        code
        name
        nameEn
        level
        agencies {
          code
          name
          nameEn
          counters
        }
      }
    }
  }
`;
