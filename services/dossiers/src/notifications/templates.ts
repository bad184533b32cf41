import { DossierStatus } from '../domain/dossier-state';

export interface MessageInput {
  code: string;
  procedureName?: string;
  lookupUrl: string;
  dueDate?: string;
}

/**
 * What citizens are told when their dossier moves, short enough for one SMS (unaccented text is what
 * Vietnamese SMS gateways bill as one 160-character part; Zalo and e-mail get the accented text).
 */
export const STATUS_TEMPLATES: Partial<Record<DossierStatus, { key: string; text: (m: MessageInput) => string }>> = {
  [DossierStatus.SUBMITTED]: { key: 'dossier.submitted', text: (m) => `Ho so ${m.code} da duoc nop. Tra cuu: ${m.lookupUrl}` },
  [DossierStatus.RECEIVED]: {
    key: 'dossier.received',
    text: (m) => `Ho so ${m.code} da duoc tiep nhan${m.dueDate ? `, hen tra ${m.dueDate}` : ''}. Tra cuu: ${m.lookupUrl}`,
  },
  [DossierStatus.SUPPLEMENT_REQUESTED]: { key: 'dossier.supplement-requested', text: (m) => `Ho so ${m.code} can bo sung giay to. Xem chi tiet: ${m.lookupUrl}` },
  [DossierStatus.WAITING_FOR_FEE]: { key: 'dossier.fee-due', text: (m) => `Ho so ${m.code} cho nop phi, le phi. Thanh toan: ${m.lookupUrl}` },
  [DossierStatus.REFUSED]: { key: 'dossier.refused', text: (m) => `Ho so ${m.code} khong du dieu kien giai quyet. Xem ly do: ${m.lookupUrl}` },
  [DossierStatus.RESULT_READY]: { key: 'dossier.result-ready', text: (m) => `Ho so ${m.code} da co ket qua. Xem cach nhan: ${m.lookupUrl}` },
  [DossierStatus.RETURNED]: { key: 'dossier.returned', text: (m) => `Ho so ${m.code} da tra ket qua. Moi danh gia muc do hai long: ${m.lookupUrl}` },
};
