import { OptimisticLockError, type EntityManager } from '@mikro-orm/postgresql';
import { AppError, assertJurisdiction, hasRole } from '@motcua/platform';
import { dossierSearchText } from '../domain/dossier-search';
import { DossierAction, DossierStatus } from '../domain/dossier-state';
import { Channel, DeliveryMethod, Dossier, FeeStatus } from '../entities/dossier.entity';
import { DocumentRole, DossierDocument } from '../entities/dossier-document.entity';
import { StoredFile } from '../entities/stored-file.entity';
import type { DocumentInput, SubmitDossierInput } from '../resolvers/intake.inputs';
import { SYSTEM_ACTOR, type Actor } from './actor';
import { assertHandlingUnit, assertOfficerOf, isOwner } from './dossier-access';
import { nextDossierCode } from './dossier-code.service';
import { DossierWorkflow } from './dossier-workflow';
import type { ProcedureRules, ProcedureRulesClient, UnitInfo } from './procedure-rules.client';
import type { DossierNotifier } from './notifier';

export interface IntakeDeps {
  em: EntityManager;
  rules: ProcedureRulesClient;
  notifier: DossierNotifier;
  now?: () => Date;
}

/** Receiving dossiers: online submission, counter intake, receipt, supplement, refusal, withdrawal. */
export class IntakeService {
  private readonly now: () => Date;

  constructor(private readonly deps: IntakeDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** A citizen (or a volunteer helping one) submits online: the code is issued at once. */
  async submitOnline(actor: Actor, input: SubmitDossierInput): Promise<Dossier> {
    if (!hasRole(actor, 'CITIZEN', 'VOLUNTEER')) throw new AppError('FORBIDDEN');
    const volunteer = hasRole(actor, 'VOLUNTEER') && !hasRole(actor, 'CITIZEN');
    if (volunteer && input.applicantConsent !== true) {
      throw validation('applicantConsent', 'Cần có sự đồng ý của người nộp hồ sơ trước khi nộp thay.', "The applicant's consent is required to submit on their behalf.");
    }
    const { rules, unit } = await this.checkCatalogue(input);
    if (rules.onlineLevel === 'NONE') {
      throw validation('procedureCode', 'Thủ tục này chưa cung cấp dịch vụ công trực tuyến; vui lòng nộp tại bộ phận một cửa.', 'This procedure is not offered online; please submit at the one-stop counter.');
    }
    return this.create(actor, input, rules, unit, {
      channel: Channel.ONLINE,
      applicantSubject: volunteer ? null : actor.subject,
      assistedBy: volunteer ? actor : null,
      scannedAtCounter: false,
    });
  }

  /** The counter officer takes a paper dossier: documents are scanned in, it is received on the spot. */
  async receiveAtCounter(actor: Actor, input: SubmitDossierInput): Promise<Dossier> {
    assertJurisdiction(actor, [input.unitCode]);
    const { rules, unit } = await this.checkCatalogue(input);
    return this.create(actor, input, rules, unit, { channel: Channel.COUNTER, applicantSubject: null, assistedBy: null, scannedAtCounter: true });
  }

  async receive(actor: Actor, code: string): Promise<Dossier> {
    return this.act(code, async (em, dossier, workflow) => {
      assertOfficerOf(actor, dossier);
      await workflow.apply(dossier, DossierAction.RECEIVE, actor);
      dossier.receivedAt = this.now();
      await this.requireFeeFirst(dossier, workflow);
      await em.flush();
    });
  }

  async requestSupplement(actor: Actor, code: string, items: string[], note: string | null): Promise<Dossier> {
    const missing = items.map((i) => i.trim()).filter(Boolean);
    if (!missing.length) throw validation('items', 'Cần nêu ít nhất một giấy tờ cần bổ sung.', 'List at least one thing to supplement.');
    return this.act(code, async (em, dossier, workflow) => {
      assertOfficerOf(actor, dossier);
      await workflow.apply(dossier, DossierAction.REQUEST_SUPPLEMENT, actor, { reason: note, data: { items: missing } });
      await em.flush();
    });
  }

  /** The citizen answers a supplement request with the documents asked for. */
  async answerSupplement(actor: Actor, code: string, documents: DocumentInput[], note: string | null): Promise<Dossier> {
    if (!documents.length) throw validation('documents', 'Cần đính kèm giấy tờ bổ sung.', 'Attach the documents asked for.');
    return this.act(code, async (em, dossier, workflow) => {
      if (!isOwner(actor, dossier)) assertOfficerOf(actor, dossier);
      const rules = await this.deps.rules.pinnedVersion(dossier.procedureCode, dossier.procedureVersion);
      await this.attach(em, dossier, documents, rules, actor, DocumentRole.SUPPLEMENT, false);
      await workflow.apply(dossier, DossierAction.SUPPLEMENT, actor, { reason: note, data: { documents: documents.length } });
      await em.flush();
    });
  }

  /** Refusal: at the desk before receipt (REFUSE) or by the handler during processing (REJECT). */
  async refuse(actor: Actor, code: string, reason: string): Promise<Dossier> {
    if (reason.trim().length < 5) throw validation('reason', 'Cần nêu rõ lý do từ chối.', 'Give the reason for the refusal.');
    return this.act(code, async (em, dossier, workflow) => {
      const during = dossier.status === DossierStatus.IN_PROGRESS || dossier.pausedFrom === DossierStatus.IN_PROGRESS;
      if (during) assertHandlingUnit(actor, dossier);
      else assertOfficerOf(actor, dossier);
      await workflow.apply(dossier, during ? DossierAction.REJECT : DossierAction.REFUSE, actor, { reason: reason.trim() });
      await em.flush();
    });
  }

  async withdraw(actor: Actor, code: string, reason: string | null): Promise<Dossier> {
    return this.act(code, async (em, dossier, workflow) => {
      if (!isOwner(actor, dossier)) assertOfficerOf(actor, dossier);
      await workflow.apply(dossier, DossierAction.WITHDRAW, actor, { reason });
      await em.flush();
    });
  }

  /**
   * Loads the dossier, runs the step and commits it in one transaction; the optimistic lock turns a race
   * between two officers into a CONFLICT for the loser, with nothing half-written.
   */
  async act(code: string, step: (em: EntityManager, dossier: Dossier, workflow: DossierWorkflow) => Promise<void>): Promise<Dossier> {
    const before = await this.deps.em.findOne(Dossier, { code });
    if (!before) throw new AppError('NOT_FOUND', { details: { code } });
    const done = await this.deps.em
      .transactional(async (em) => {
        const dossier = await em.findOneOrFail(Dossier, { code });
        const workflow = new DossierWorkflow(em, this.now);
        const from = dossier.status;
        await step(em, dossier, workflow);
        return { dossier, from };
      })
      .catch((err: unknown) => {
        if (err instanceof OptimisticLockError) throw new AppError('CONFLICT', { details: { code } });
        throw err;
      });
    await this.deps.notifier.statusChanged(done.dossier, done.from);
    return done.dossier;
  }

  private async create(
    actor: Actor,
    input: SubmitDossierInput,
    rules: ProcedureRules,
    unit: UnitInfo,
    how: { channel: Channel; applicantSubject: string | null; assistedBy: Actor | null; scannedAtCounter: boolean },
  ): Promise<Dossier> {
    this.checkForm(input, rules);
    const deliveryAddress = input.deliveryMethod === DeliveryMethod.POST ? (input.deliveryAddress?.trim() || input.applicant.address) : null;
    const agency = unit.agencies[0];
    const dossier = await this.deps.em.transactional(async (em) => {
      const at = this.now();
      const code = await nextDossierCode(em, agency.code, at);
      const created = em.create(Dossier, {
        code,
        procedureCode: rules.code,
        procedureVersion: rules.version,
        agencyCode: agency.code,
        unitCode: unit.code,
        currentUnitCode: unit.code,
        channel: how.channel,
        status: DossierStatus.DRAFT,
        deliveryMethod: input.deliveryMethod,
        deliveryAddress,
        applicant: { ...input.applicant, email: input.applicant.email ?? null },
        searchText: dossierSearchText(code, input.applicant),
        applicantSubject: how.applicantSubject,
        assistedBySubject: how.assistedBy?.subject ?? null,
        assistedByName: how.assistedBy?.name ?? null,
        formData: input.formData ?? null,
        processingDays: rules.processingDays,
        feeStatus: feeDue(rules, how.channel) ? FeeStatus.DUE : FeeStatus.NONE,
        submittedAt: at,
      });
      await this.attach(em, created, input.documents, rules, actor, DocumentRole.APPLICATION, how.scannedAtCounter);
      const workflow = new DossierWorkflow(em, this.now);
      if (how.channel === Channel.COUNTER) {
        await workflow.apply(created, DossierAction.RECEIVE_AT_COUNTER, actor);
        created.receivedAt = at;
      } else {
        await workflow.apply(created, DossierAction.SUBMIT, actor, how.assistedBy ? { data: { assistedBy: how.assistedBy.name, consent: true } } : {});
      }
      await workflow.refreshDueDate(created);
      if (how.channel === Channel.COUNTER) await this.requireFeeFirst(created, workflow);
      await em.flush();
      return created;
    });
    await this.deps.notifier.statusChanged(dossier, DossierStatus.DRAFT);
    return dossier;
  }

  /** Where the procedure asks for the fee before processing, the dossier waits for it (clock paused). */
  private async requireFeeFirst(dossier: Dossier, workflow: DossierWorkflow): Promise<void> {
    if (dossier.feeStatus !== FeeStatus.DUE) return;
    const rules = await this.deps.rules.pinnedVersion(dossier.procedureCode, dossier.procedureVersion);
    if (rules.feePaidBeforeProcessing) await workflow.apply(dossier, DossierAction.REQUIRE_FEE, SYSTEM_ACTOR);
  }

  private async checkCatalogue(input: SubmitDossierInput): Promise<{ rules: ProcedureRules; unit: UnitInfo }> {
    const [rules, unit] = await Promise.all([this.deps.rules.current(input.procedureCode.trim()), this.deps.rules.unit(input.unitCode.trim())]);
    if (!unit.agencies.length) {
      throw validation('unitCode', `${unit.name} không có bộ phận tiếp nhận hồ sơ.`, `${unit.name} has no office that receives dossiers.`);
    }
    if (rules.settlingLevel !== unit.level) {
      const level = rules.settlingLevel === 'COMMUNE' ? { vi: 'cấp xã', en: 'commune level' } : { vi: 'cấp huyện', en: 'district level' };
      throw validation('unitCode', `Thủ tục này nộp tại đơn vị ${level.vi}.`, `This procedure is submitted at ${level.en}.`);
    }
    return { rules, unit };
  }

  private checkForm(input: SubmitDossierInput, rules: ProcedureRules): void {
    const given = new Set(input.documents.map((d) => d.requirementId));
    const unknown = input.documents.filter((d) => !rules.requiredDocuments.some((r) => r.id === d.requirementId));
    if (unknown.length) throw validation('documents', 'Có giấy tờ không thuộc thành phần hồ sơ của thủ tục.', 'Some documents are not part of this procedure.', { requirementIds: unknown.map((d) => d.requirementId) });
    const missing = rules.requiredDocuments.filter((r) => r.mandatory && !given.has(r.id));
    if (missing.length) {
      throw validation('documents', `Còn thiếu giấy tờ bắt buộc: ${missing.map((m) => m.name).join('; ')}.`, `Required documents are missing: ${missing.map((m) => m.id).join(', ')}.`, { missing: missing.map((m) => m.id) });
    }
    const emptyFields = rules.formFields.filter((f) => f.required && !String(input.formData?.[f.key] ?? '').trim());
    if (emptyFields.length) {
      throw validation('formData', `Chưa điền: ${emptyFields.map((f) => f.label).join('; ')}.`, `Fields to fill in: ${emptyFields.map((f) => f.key).join(', ')}.`, { missing: emptyFields.map((f) => f.key) });
    }
  }

  /** Attaches files the actor may use: their own uploads, or documents digitised earlier for the same citizen. */
  private async attach(em: EntityManager, dossier: Dossier, documents: DocumentInput[], rules: ProcedureRules, actor: Actor, role: DocumentRole, digitise: boolean): Promise<void> {
    const files = await em.find(StoredFile, { id: { $in: documents.map((d) => d.fileId) } });
    for (const doc of documents) {
      const file = files.find((f) => f.id === doc.fileId);
      if (!file || (file.ownerSubject !== actor.subject && file.applicantSubject !== actor.subject)) {
        throw validation('documents', 'Tệp đính kèm không tồn tại hoặc không thuộc về bạn.', 'An attached file does not exist or is not yours.', { fileId: doc.fileId });
      }
      if (digitise) file.digitised = true;
      if (dossier.applicantSubject && !file.applicantSubject) file.applicantSubject = dossier.applicantSubject;
      const requirement = rules.requiredDocuments.find((r) => r.id === doc.requirementId);
      em.create(DossierDocument, { dossier, file, requirementId: doc.requirementId, name: requirement?.name ?? file.originalName, role, addedBy: actor.subject });
    }
  }
}

/** Whether anything is owed on this channel; the amounts themselves are the payments service's to compute. */
function feeDue(rules: ProcedureRules, channel: Channel): boolean {
  return rules.fees.some((f) => (channel === Channel.ONLINE && f.onlineAmountVnd != null ? f.onlineAmountVnd : f.amountVnd) > 0);
}

function validation(field: string, vi: string, en: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('VALIDATION_FAILED', { message: { vi, en }, details: { fields: [{ field }], ...extra } });
}
