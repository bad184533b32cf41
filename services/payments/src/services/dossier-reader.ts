import { AppError, createGraphClient, type GraphClient } from '@motcua/platform';
import { formCounts, type DossierSnapshot } from '../domain/dossier-fees';

/** The dossier fields payments needs, read through the gateway (never the dossiers service's tables). */
export const DOSSIER_FOR_PAYMENT = `code channel deliveryMethod feeStatus status unit { code } currentUnit { code }
  procedureRules { fees { name nameEn kind basis amountVnd onlineAmountVnd fromPage toPage perCopy } } applicant { fullName } formData`;

const BY_CODE = `query PaymentDossier($code: String!) { dossier(code: $code) { ${DOSSIER_FOR_PAYMENT} } }`;

export interface DossierNode {
  code: string;
  channel: DossierSnapshot['channel'];
  deliveryMethod: DossierSnapshot['deliveryMethod'];
  feeStatus: DossierSnapshot['feeStatus'];
  status: string;
  unit: { code: string };
  currentUnit: { code: string };
  procedureRules: { fees: DossierSnapshot['fees'] };
  applicant: { fullName: string } | null;
  formData: Record<string, unknown> | null;
}

export function toSnapshot(node: DossierNode): DossierSnapshot {
  return {
    code: node.code,
    channel: node.channel,
    deliveryMethod: node.deliveryMethod,
    feeStatus: node.feeStatus,
    status: node.status,
    unitCode: node.unit.code,
    currentUnitCode: node.currentUnit.code,
    fees: node.procedureRules.fees,
    applicantName: node.applicant?.fullName ?? null,
    formCounts: formCounts(node.formData),
  };
}

export class DossierReader {
  constructor(private readonly graph: GraphClient = createGraphClient()) {}

  /**
   * The dossier as the caller may see it, read with the caller's own token: `applicantName` is non-null only
   * for its owner (or the volunteer who helped) and the unit's officers, which doubles as the access check.
   */
  async read(code: string, token: string): Promise<DossierSnapshot> {
    const data = await this.graph.request<{ dossier: DossierNode | null }>(BY_CODE, { code }, token);
    if (!data.dossier) {
      throw new AppError('NOT_FOUND', {
        message: { vi: `Không tìm thấy hồ sơ ${code}.`, en: `There is no dossier ${code}.` },
        details: { dossierCode: code },
      });
    }
    return toSnapshot(data.dossier);
  }
}

export function normalDossierCode(code: string): string {
  const normal = code.trim().toUpperCase();
  if (!normal || normal.length > 64) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'dossierCode' }] } });
  return normal;
}
