import { AppError, type GraphClient } from '@motcua/platform';
import type { FeeRuleSnapshot } from '../domain/dossier-fees';

const PROCEDURE_FEES = `query ProcedureFees($code: String!) {
  procedure(code: $code) { code fees { name nameEn kind basis amountVnd onlineAmountVnd fromPage toPage perCopy } }
}`;

/** A procedure's fee rules in force today, read through the gateway from the catalogue (public data, no token). */
export async function readProcedureFees(graph: GraphClient, procedureCode: string): Promise<{ code: string; fees: FeeRuleSnapshot[] }> {
  const code = procedureCode.trim();
  if (!code || code.length > 64) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'procedureCode' }] } });
  const data = await graph.request<{ procedure: { code: string; fees: FeeRuleSnapshot[] } | null }>(PROCEDURE_FEES, { code });
  if (!data.procedure) {
    throw new AppError('NOT_FOUND', {
      message: { vi: `Không tìm thấy thủ tục ${code}.`, en: `There is no procedure ${code}.` },
      details: { procedureCode: code },
    });
  }
  return data.procedure;
}
