import type { Express, Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, assertJurisdiction, createGraphClient, hasRole, sendRouteError, signedInCaller, type Caller, type ServiceDeps } from '@motcua/platform';
import { DossierAction } from '../domain/dossier-state';
import { localDateKey } from '../domain/local-time';
import { Dossier } from '../entities/dossier.entity';
import { DossierDocument, DocumentRole } from '../entities/dossier-document.entity';
import { DossierEvent } from '../entities/dossier-event.entity';
import { PUBLIC_PORTAL_URL } from '../services/container';
import { canSeePersonalData, isOwner, unitsOf } from '../services/dossier-access';
import type { ProcedureRulesClient } from '../services/procedure-rules.client';
import { DOCUMENT_KINDS, renderDossierDocument, renderRegister, type ControlStep, type DocumentKind, type DossierDocumentData } from './index';
import { IssuingAgencyDirectory } from './issuing-agency';

/** Documents a citizen may print for their own dossier; the control slip and the register are the office's. */
const CITIZEN_KINDS: readonly DocumentKind[] = ['receipt', 'supplement-request', 'refusal', 'apology', 'stop-notice'];

/**
 * GET /documents/:code/:kind.pdf and GET /documents/register.pdf?from=YYYY-MM-DD&to=YYYY-MM-DD
 * (bearer token): the forms of Circular 03/2025/TT-VPCP filled from the dossier and its audit trail.
 */
export function mountDocumentRoutes(app: Express, deps: ServiceDeps, rules: ProcedureRulesClient): void {
  const issuers = new IssuingAgencyDirectory(createGraphClient(process.env.PROCEDURES_URL));
  app.get('/documents/register.pdf', (req, res) => void handle(res, deps, async () => {
    const caller = await officer(req, deps);
    const from = dateParam(req.query.from, 'from');
    const to = dateParam(req.query.to, 'to');
    const em = deps.orm.em.fork();
    const dossiers = await em.find(Dossier, { unitCode: caller.unitCode!, receivedAt: { $gte: from.start, $lt: to.end } }, { orderBy: { receivedAt: 'asc' }, limit: 5000 });
    const issuedAt = new Date(Math.min(to.end.getTime() - 1, Date.now()));
    const agency = await issuers.letterhead({ unitCode: caller.unitCode!, asOf: localDateKey(issuedAt), since: localDateKey(from.start) });
    const names = new Map<string, string>();
    for (const d of dossiers) if (!names.has(d.procedureCode)) names.set(d.procedureCode, (await rules.pinnedVersion(d.procedureCode, d.procedureVersion)).name);
    return renderRegister({
      agencyName: agency.name,
      unitName: agency.unitName,
      place: agency.place,
      from: from.start,
      to: new Date(to.end.getTime() - 1),
      issuedAt,
      officer: { fullName: caller.fullName },
      rows: dossiers.map((d) => ({
        code: d.code,
        procedureName: names.get(d.procedureCode) ?? d.procedureCode,
        applicantName: d.applicant.fullName,
        applicantAddress: d.applicant.address,
        applicantPhone: d.applicant.phone,
        receivedAt: d.receivedAt!,
        dueAt: d.dueAt ?? null,
        resultReceivedAt: d.settledAt ?? undefined,
        returnedAt: d.returnedAt ?? undefined,
        deliveryMethod: d.deliveryMethod,
      })),
    });
  }, 'so-theo-doi-ho-so.pdf'));

  app.get('/documents/:code/:file', (req, res) => void handle(res, deps, async () => {
    const caller = await signedInCaller(req, deps.verify);
    const kind = String(req.params.file).replace(/\.pdf$/, '') as DocumentKind;
    if (!DOCUMENT_KINDS.includes(kind)) throw new AppError('NOT_FOUND', { details: { kind } });
    const em = deps.orm.em.fork();
    const dossier = await em.findOne(Dossier, { code: String(req.params.code).toUpperCase() });
    if (!dossier) throw new AppError('NOT_FOUND');
    if (!(isOwner(caller, dossier) && CITIZEN_KINDS.includes(kind))) assertJurisdiction(caller, unitsOf(dossier));
    if (!canSeePersonalData(caller, dossier)) throw new AppError('FORBIDDEN');
    return renderDossierDocument(kind, await documentData(em, rules, issuers, dossier, kind, caller));
  }, `${String(req.params.code)}-${String(req.params.file)}`));
}

/**
 * The receipt is dated the day of receipt, the other documents the day they are printed; the letterhead names
 * the agency in force on that date (an old dossier's receipt names the body that received it).
 */
async function documentData(
  em: EntityManager,
  rules: ProcedureRulesClient,
  issuers: IssuingAgencyDirectory,
  dossier: Dossier,
  kind: DocumentKind,
  caller: Caller,
): Promise<DossierDocumentData> {
  const receivedAt = dossier.receivedAt ?? dossier.submittedAt ?? dossier.createdAt;
  const issuedAt = kind === 'receipt' ? receivedAt : new Date();
  const [pinned, agency, events, attached] = await Promise.all([
    rules.pinnedVersion(dossier.procedureCode, dossier.procedureVersion),
    issuers.letterhead({
      unitCode: dossier.unitCode,
      alsoUnitCodes: [dossier.currentUnitCode],
      agencyCode: dossier.agencyCode,
      asOf: localDateKey(issuedAt),
      since: localDateKey(receivedAt),
    }),
    em.find(DossierEvent, { dossier }, { orderBy: { at: 'asc' } }),
    em.find(DossierDocument, { dossier, role: DocumentRole.APPLICATION }),
  ]);
  const last = (...actions: string[]) => [...events].reverse().find((e) => actions.includes(e.action));
  const receipt = last(DossierAction.RECEIVE, DossierAction.RECEIVE_AT_COUNTER);
  return {
    agency,
    issuedAt,
    code: dossier.code,
    lookupUrl: `${PUBLIC_PORTAL_URL}/tra-cuu/${encodeURIComponent(dossier.code)}`,
    procedureName: pinned.name,
    applicant: { ...dossier.applicant, email: dossier.applicant.email ?? undefined },
    receivedAt,
    dueAt: dossier.dueAt ?? null,
    documents: attached.map((a) => {
      const rule = pinned.requiredDocuments.find((r) => r.id === a.requirementId);
      return { name: a.name, original: rule?.original ?? false, copies: rule?.copies ?? 1 };
    }),
    deliveryMethod: dossier.deliveryMethod,
    deliveryAddress: dossier.deliveryAddress ?? undefined,
    officer: { fullName: receipt?.actorName ?? caller.fullName },
    processingDays: dossier.processingDays,
    missingItems: ((last(DossierAction.REQUEST_SUPPLEMENT)?.data?.items as string[] | undefined) ?? []).map(String),
    reason: last(DossierAction.REFUSE, DossierAction.REJECT, DossierAction.STOP, 'APOLOGISE', DossierAction.REQUEST_SUPPLEMENT)?.reason ?? undefined,
    newDueAt: dossier.promisedAt ?? undefined,
    stopRequestedAt: last(DossierAction.STOP)?.at,
    stoppedAt: last(DossierAction.STOP)?.at,
    steps: controlSteps(events),
  };
}

/** The process control slip: each hand-over between people or units, from the audit trail. */
function controlSteps(events: DossierEvent[]): ControlStep[] {
  const handovers = events.filter((e) => [DossierAction.RECEIVE, DossierAction.RECEIVE_AT_COUNTER, DossierAction.START_PROCESSING, DossierAction.TRANSFER, DossierAction.APPROVE, DossierAction.RETURN_RESULT].includes(e.action as DossierAction));
  return handovers.slice(1).map((e, i) => ({
    from: { unit: roleUnit(handovers[i].actorRole), fullName: handovers[i].actorName },
    to: { unit: roleUnit(e.actorRole), fullName: e.actorName },
    handedOverAt: handovers[i].at,
    completedAt: e.at,
    note: e.reason ?? undefined,
  }));
}

function roleUnit(role: string | null | undefined): string {
  switch (role) {
    case 'INTAKE':
      return 'Bộ phận Một cửa';
    case 'HANDLER':
      return 'Công chức xử lý';
    case 'APPROVER':
      return 'Lãnh đạo phê duyệt';
    case 'SYSTEM':
      return 'Hệ thống';
    default:
      return 'Người nộp hồ sơ';
  }
}

async function officer(req: Request, deps: ServiceDeps): Promise<Caller> {
  const caller = await signedInCaller(req, deps.verify);
  if (!hasRole(caller, 'INTAKE', 'HANDLER', 'APPROVER') || !caller.unitCode) throw new AppError('FORBIDDEN');
  return caller;
}

function dateParam(value: unknown, field: string): { start: Date; end: Date } {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field }] } });
  const start = new Date(`${value}T00:00:00+07:00`);
  if (Number.isNaN(start.getTime()) || localDateKey(start) !== value) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field }] } });
  return { start, end: new Date(start.getTime() + 24 * 3600_000) };
}

async function handle(res: Response, deps: ServiceDeps, render: () => Promise<Buffer>, filename: string): Promise<void> {
  try {
    const pdf = await render();
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="${filename.replace(/[^\w.-]/g, '_')}"`);
    res.setHeader('cache-control', 'no-store');
    res.end(pdf);
  } catch (err) {
    sendRouteError(res, err, deps.log, 'document rendering failed');
  }
}
