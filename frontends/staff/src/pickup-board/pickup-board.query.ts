import { gql } from 'urql';

export interface BoardCall {
  id: string;
  counter: number;
  maskedName: string;
  codeTail: string;
  calledAt: string;
}

interface BoardReady {
  maskedName: string;
  codeTail: string;
  counter: number | null;
  readySince: string;
}

export interface PickupBoardData {
  pickupBoard: { ready: BoardReady[]; calls: BoardCall[] };
  administrativeUnit: { code: string; name: string; nameEn: string } | null;
}

/** Public (masked data only): the hall's display needs no sign-in. */
export const PICKUP_BOARD = gql<PickupBoardData, { unitCode: string }>`
  query PickupBoard($unitCode: String!) {
    pickupBoard(unitCode: $unitCode) {
      ready {
        maskedName
        codeTail
        counter
        readySince
      }
      calls {
        id
        counter
        maskedName
        codeTail
        calledAt
      }
    }
    administrativeUnit(code: $unitCode) {
      code
      name
      nameEn
    }
  }
`;
