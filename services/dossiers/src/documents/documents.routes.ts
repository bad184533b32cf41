import type { Express, Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AppError,
  type Caller,
  createGraphClient,
  endOfVietnamDayExclusive,
  hasRole,
  isDayKey,
  sendRouteError,
  type ServiceDeps,
  signedInCaller,
  startOfVietnamDay,
  vietnamDay,
} from '@motcua/platform';
import { custodyOf, handedOnAt, unitsSentTo, type Custodian } from '../domain/custody';
import { DossierAction } from '../domain/dossier-state';
import { Dossier } from '../entities/dossier.entity';
import { DossierDocument, DocumentRole } from '../entities/dossier-document.entity';
import { DossierEvent } from '../entities/dossier-event.entity';
import { DossierPause } from '../entities/dossier-pause.entity';
import { PUBLIC_PORTAL_URL } from '../services/container';
import { assertOfficerOf, canSeePersonalData, isOwner } from '../services/dossier-access';
import type { ProcedureRules, ProcedureRulesClient } from '../services/procedure-rules.client';
import { controlSteps } from './control-steps';
import { renderDeclaration } from './declaration';
import { DOCUMENT_KINDS, renderDossierDocument, renderRegister, type DocumentKind, type DossierDocumentData } from './index';
import { IssuingAgencyDirectory } from './issuing-agency';

/** Documents a citizen may print for their own dossier; the control slip and the register are the office's. */
const CITIZEN_KINDS: readonly DocumentKind[] = ['receipt', 'supplement-request', 'refusal', 'apology', 'stop-notice'];

/**
 * GET /documents/:code/:kind.pdf and GET /documents/register.pdf?from=YYYY-MM-DD&to=YYYY-MM-DD
 * (bearer token): the forms of Circular 03/2025/TT-VPCP filled from the dossier and its audit trail.
 */
export function mountDocumentRoutes(app: Express, deps: ServiceDeps, rules: ProcedureRulesClient): void {
  const issuers = new IssuingAgencyDirectory(createGraphClient(process.env.PROCEDURES_URL));
  app.get(
    '/documents/register.pdf',
    (req, res) =>
      void handle(
        res,
        deps,
        async () => {
          const caller = await officer(req, deps);
          const from = dateParam(req.query.from, 'from');
          const to = dateParam(req.query.to, 'to');
          const em = deps.orm.em.fork();
          const dossiers = await em.find(Dossier, { unitCode: caller.unitCode!, receivedAt: { $gte: from.start, $lt: to.end } }, { orderBy: { receivedAt: 'asc' }, limit: 5000 });
          const issuedAt = new Date(Math.min(to.end.getTime() - 1, Date.now()));
          const agency = await issuers.letterhead({ unitCode: caller.unitCode!, asOf: vietnamDay(issuedAt), since: vietnamDay(from.start) });
          const pinned = new Map<string, { name: string; settlingBody: string }>();
          for (const d of dossiers) {
            const key = `${d.procedureCode}@${d.procedureVersion}`;
            if (!pinned.has(key)) pinned.set(key, await rules.pinnedVersion(d.procedureCode, d.procedureVersion));
          }
          const chains = await custodyChains(em, dossiers);
          const units = await unitNames(
            rules,
            dossiers.flatMap((d) => [d.unitCode, d.currentUnitCode]),
            issuedAt,
          );
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
              procedureName: pinned.get(`${d.procedureCode}@${d.procedureVersion}`)?.name ?? d.procedureCode,
              handlingAgency: handlingAgency(pinned.get(`${d.procedureCode}@${d.procedureVersion}`)?.settlingBody, d.currentUnitCode, units),
              transferredAt: handedOnAt(chains.get(d.id) ?? []),
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
        },
        'so-theo-doi-ho-so.pdf',
      ),
  );

  // The form a procedure's declaration is made on. Public and blank, to print and fill in by hand (versions never
  // change once published, so a day's cache is safe). With ?dossier=<code> and a bearer token, the dossier's own
  // declaration: the values typed in the online form, on the version it is pinned to (owner and officers only).
  app.get('/documents/templates/:procedureCode/:file', (req, res) => {
    const dossierCode = typeof req.query.dossier === 'string' ? req.query.dossier.trim().toUpperCase() : '';
    const requirementId = String(req.params.file).replace(/\.pdf$/, '');
    void handle(
      res,
      deps,
      async () => {
        if (!dossierCode) {
          const procedure = await rules.current(String(req.params.procedureCode));
          const template = templateOf(procedure, requirementId);
          return renderDeclaration({ template, procedureName: procedure.name, settlingBody: procedure.settlingBody, fields: procedure.formFields });
        }
        const caller = await signedInCaller(req, deps.verify);
        const dossier = await deps.orm.em.fork().findOne(Dossier, { code: dossierCode, procedureCode: String(req.params.procedureCode) });
        if (!dossier) throw new AppError('NOT_FOUND');
        if (!canSeePersonalData(caller, dossier)) throw new AppError('FORBIDDEN');
        const procedure = await rules.pinnedVersion(dossier.procedureCode, dossier.procedureVersion);
        return renderDeclaration({
          template: templateOf(procedure, requirementId),
          procedureName: procedure.name,
          settlingBody: procedure.settlingBody,
          fields: procedure.formFields.map((f) => ({ label: f.label, value: String(dossier.formData?.[f.key] ?? '') })),
          declarant: dossier.applicant,
          signedAt: dossier.submittedAt ?? dossier.createdAt,
          dossierCode: dossier.code,
        });
      },
      dossierCode ? `${dossierCode}-${requirementId}.pdf` : `${String(req.params.procedureCode)}-${requirementId}.pdf`,
      dossierCode ? 'private, no-store' : 'public, max-age=86400',
    );
  });

  app.get(
    '/documents/:code/:file',
    (req, res) =>
      void handle(
        res,
        deps,
        async () => {
          const caller = await signedInCaller(req, deps.verify);
          const kind = String(req.params.file).replace(/\.pdf$/, '') as DocumentKind;
          if (!DOCUMENT_KINDS.includes(kind)) throw new AppError('NOT_FOUND', { details: { kind } });
          const em = deps.orm.em.fork();
          const dossier = await em.findOne(Dossier, { code: String(req.params.code).toUpperCase() });
          if (!dossier) throw new AppError('NOT_FOUND');
          if (!(isOwner(caller, dossier) && CITIZEN_KINDS.includes(kind))) assertOfficerOf(caller, dossier);
          if (!canSeePersonalData(caller, dossier)) throw new AppError('FORBIDDEN');
          return renderDossierDocument(kind, await documentData(em, rules, issuers, dossier, kind, caller));
        },
        `${String(req.params.code)}-${String(req.params.file)}`,
      ),
  );
}

/**
 * The receipt is dated the day of receipt, the other documents the day they are printed; the letterhead names
 * the agency in force on that date (an old dossier's receipt names the body that received it).
 */
async function documentData(em: EntityManager, rules: ProcedureRulesClient, issuers: IssuingAgencyDirectory, dossier: Dossier, kind: DocumentKind, caller: Caller): Promise<DossierDocumentData> {
  const receivedAt = dossier.receivedAt ?? dossier.submittedAt ?? dossier.createdAt;
  const issuedAt = kind === 'receipt' ? receivedAt : new Date();
  const [pinned, agency, events, attached, pauses] = await Promise.all([
    rules.pinnedVersion(dossier.procedureCode, dossier.procedureVersion),
    issuers.letterhead({
      unitCode: dossier.unitCode,
      alsoUnitCodes: [dossier.currentUnitCode],
      agencyCode: dossier.agencyCode,
      asOf: vietnamDay(issuedAt),
      since: vietnamDay(receivedAt),
    }),
    em.find(DossierEvent, { dossier }, { orderBy: { at: 'asc' } }),
    em.find(DossierDocument, { dossier, role: DocumentRole.APPLICATION }),
    em.find(DossierPause, { dossier }, { orderBy: { startedAt: 'asc' } }),
  ]);
  const chain = custodyOf(events, dossier.unitCode);
  const units = await unitNames(rules, [dossier.unitCode, dossier.currentUnitCode, ...unitsSentTo(chain, dossier.unitCode)], issuedAt);
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
    handlingAgency: handlingAgency(pinned.settlingBody, dossier.currentUnitCode, units),
    // Units that took part besides the counter and the settling unit: one that appraised and sent it back.
    coordinatingAgencies: unitsSentTo(chain, dossier.unitCode)
      .filter((code) => code !== dossier.currentUnitCode)
      .map((code) => units.get(code)?.name ?? code),
    steps: controlSteps(chain, {
      units,
      rules: pinned.steps,
      dossierDueAt: dossier.dueAt ?? null,
      pauses: pauses.map((p) => ({ from: p.startedAt, to: p.endedAt ?? null })),
    }),
  };
}

/** Who held each dossier, from one read of their audit trails. */
async function custodyChains(em: EntityManager, dossiers: Dossier[]): Promise<Map<string, Custodian[]>> {
  const events = dossiers.length ? await em.find(DossierEvent, { dossier: { $in: dossiers.map((d) => d.id) } }, { orderBy: { at: 'asc' } }) : [];
  return new Map(
    dossiers.map((d) => [
      d.id,
      custodyOf(
        events.filter((e) => e.dossier.id === d.id),
        d.unitCode,
      ),
    ]),
  );
}

/** Names and levels of units as on the document's date (a unit's name is that of its own period). */
async function unitNames(rules: ProcedureRulesClient, codes: string[], asOf: Date): Promise<Map<string, { name: string; level: string }>> {
  const units = new Map<string, { name: string; level: string }>();
  for (const code of new Set(codes)) {
    const unit = await rules.unit(code, asOf).catch(() => rules.unit(code));
    units.set(code, { name: unit.name, level: unit.level });
  }
  return units;
}

/**
 * The settling body (cơ quan chủ trì giải quyết) with its unit: the unit holding the dossier, which decides (a
 * result settled elsewhere is handed back by the receiving counter, but the dossier stays with its settler).
 */
function handlingAgency(settlingBody: string | undefined, settlingUnit: string, units: Map<string, { name: string }>): string {
  const unitName = units.get(settlingUnit)?.name ?? settlingUnit;
  return settlingBody ? `${settlingBody} (${unitName})` : unitName;
}

async function officer(req: Request, deps: ServiceDeps): Promise<Caller> {
  const caller = await signedInCaller(req, deps.verify);
  if (!hasRole(caller, 'INTAKE', 'HANDLER', 'APPROVER') || !caller.unitCode) throw new AppError('FORBIDDEN');
  return caller;
}

function dateParam(value: unknown, field: string): { start: Date; end: Date } {
  if (typeof value !== 'string' || !isDayKey(value)) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field }] } });
  return { start: startOfVietnamDay(value), end: endOfVietnamDayExclusive(value) };
}

function templateOf(procedure: ProcedureRules, requirementId: string): string {
  const template = procedure.requiredDocuments.find((d) => d.id === requirementId)?.template;
  if (!template) throw new AppError('NOT_FOUND', { details: { requirementId } });
  return template;
}

async function handle(res: Response, deps: ServiceDeps, render: () => Promise<Buffer>, filename: string, cacheControl = 'no-store'): Promise<void> {
  try {
    const pdf = await render();
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="${filename.replace(/[^\w.-]/g, '_')}"`);
    res.setHeader('cache-control', cacheControl);
    res.end(pdf);
  } catch (err) {
    sendRouteError(res, err, deps.log, 'document rendering failed');
  }
}
