import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { AppError, assertJurisdiction, hasRole } from '@motcua/platform';
import { dossierSearchText } from '../domain/dossier-search';
import { DossierAction, DossierStatus } from '../domain/dossier-state';
import { normalisePersonName } from '@motcua/rules';
import { placeDossier, type PlacementRefusal, type UnitLevel } from '../domain/receiving-rules';
import { Channel, DeliveryMethod, Dossier, FeeStatus } from '../entities/dossier.entity';
import { DocumentRole, DossierDocument } from '../entities/dossier-document.entity';
import { DossierEvent } from '../entities/dossier-event.entity';
import { StoredFile } from '../entities/stored-file.entity';
import type { DocumentInput, SubmitDossierInput } from '../resolvers/intake.inputs';
import { SYSTEM_ACTOR, type Actor } from './actor';
import { assertHandlingUnit, assertOfficerOf, isOwner } from './dossier-access';
import type { DossierChanges } from './dossier-changes';
import { nextDossierCode } from './dossier-code.service';
import { DossierWorkflow } from './dossier-workflow';
import { placedUnit, type ProcedureRules, type ProcedureRulesClient, type UnitInfo } from './procedure-rules.client';
import { FORM_VALUE_MESSAGES, formValueProblems } from '../domain/form-values';

/** Where a new dossier is received and which unit settles it (the same unit, or another one of the province). */
interface Placement {
  rules: ProcedureRules;
  unit: UnitInfo;
  competentUnitCode: string;
}

export interface IntakeDeps {
  em: EntityManager;
  changes: DossierChanges;
  rules: ProcedureRulesClient;
  now?: () => Date;
}

/** Receiving dossiers: online submission, counter intake, receipt, supplement, refusal, withdrawal. */
export class IntakeService {
  private readonly now: () => Date;
  private readonly changes: DossierChanges;

  constructor(private readonly deps: IntakeDeps) {
    this.now = deps.now ?? (() => new Date());
    this.changes = deps.changes;
  }

  /** A citizen (or a volunteer helping one) submits online: the code is issued at once. */
  async submitOnline(actor: Actor, input: SubmitDossierInput): Promise<Dossier> {
    if (!hasRole(actor, 'CITIZEN', 'VOLUNTEER')) throw new AppError('FORBIDDEN');
    const key = input.idempotencyKey ?? null;
    const earlier = key ? await this.submittedWith(actor, key) : null;
    if (earlier) return earlier;
    try {
      return await this.submitNew(actor, input);
    } catch (err) {
      // The same key at the same moment: the other request made the dossier; this one answers with it.
      const made = key && err instanceof UniqueConstraintViolationException ? await this.submittedWith(actor, key) : null;
      if (made) return made;
      throw err;
    }
  }

  /** The dossier an earlier submission with this key made, when it was this person's; another's key is a CONFLICT. */
  private async submittedWith(actor: Actor, key: string): Promise<Dossier | null> {
    const dossier = await this.deps.em.fork().findOne(Dossier, { submissionKey: key });
    if (!dossier) return null;
    if (dossier.applicantSubject !== actor.subject && dossier.assistedBySubject !== actor.subject) throw new AppError('CONFLICT', { details: { idempotencyKey: key } });
    return dossier;
  }

  private async submitNew(actor: Actor, input: SubmitDossierInput): Promise<Dossier> {
    const volunteer = hasRole(actor, 'VOLUNTEER') && !hasRole(actor, 'CITIZEN');
    if (volunteer && input.applicantConsent !== true) {
      throw validation('applicantConsent', 'Cần có sự đồng ý của người nộp hồ sơ trước khi nộp thay.', "The applicant's consent is required to submit on their behalf.");
    }
    const placement = await this.place(input);
    if (placement.rules.onlineLevel === 'NONE') {
      throw validation(
        'procedureCode',
        'Thủ tục này chưa cung cấp dịch vụ công trực tuyến; vui lòng nộp tại bộ phận một cửa.',
        'This procedure is not offered online; please submit at the one-stop counter.',
      );
    }
    return this.create(actor, input, placement, {
      channel: Channel.ONLINE,
      applicantSubject: volunteer ? null : actor.subject,
      assistedBy: volunteer ? actor : null,
      scannedAtCounter: false,
    });
  }

  /** The counter officer takes a paper dossier: documents are scanned in, it is received on the spot. */
  async receiveAtCounter(actor: Actor, input: SubmitDossierInput): Promise<Dossier> {
    assertJurisdiction(actor, [input.unitCode.trim()]);
    return this.create(actor, input, await this.place(input), { channel: Channel.COUNTER, applicantSubject: null, assistedBy: null, scannedAtCounter: true });
  }

  async receive(actor: Actor, code: string): Promise<Dossier> {
    return this.changes.change(code, async (em, dossier, workflow) => {
      assertOfficerOf(actor, dossier);
      await workflow.apply(dossier, DossierAction.RECEIVE, actor);
      dossier.receivedAt = this.now();
      const submitted = await em.findOne(DossierEvent, { dossier, action: DossierAction.SUBMIT }, { orderBy: { at: 'desc' } });
      this.handOnAtReceipt(dossier, String(submitted?.data?.competentUnitCode ?? dossier.unitCode), actor, workflow);
      await this.requireFeeFirst(dossier, workflow);
      await em.flush();
    });
  }

  async requestSupplement(actor: Actor, code: string, items: string[], note: string | null): Promise<Dossier> {
    const missing = items.map((i) => i.trim()).filter(Boolean);
    if (!missing.length) throw validation('items', 'Cần nêu ít nhất một giấy tờ cần bổ sung.', 'List at least one thing to supplement.');
    return this.changes.change(code, async (em, dossier, workflow) => {
      assertOfficerOf(actor, dossier);
      await workflow.apply(dossier, DossierAction.REQUEST_SUPPLEMENT, actor, { reason: note, data: { items: missing } });
      await em.flush();
    });
  }

  /** The citizen answers a supplement request with the documents asked for. */
  async answerSupplement(actor: Actor, code: string, documents: DocumentInput[], note: string | null): Promise<Dossier> {
    if (!documents.length) throw validation('documents', 'Cần đính kèm giấy tờ bổ sung.', 'Attach the documents asked for.');
    return this.changes.change(code, async (em, dossier, workflow) => {
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
    return this.changes.change(code, async (em, dossier, workflow) => {
      const during = dossier.status === DossierStatus.IN_PROGRESS || dossier.pausedFrom === DossierStatus.IN_PROGRESS;
      if (during) assertHandlingUnit(actor, dossier);
      else assertOfficerOf(actor, dossier);
      await workflow.apply(dossier, during ? DossierAction.REJECT : DossierAction.REFUSE, actor, { reason: reason.trim() });
      await em.flush();
    });
  }

  async withdraw(actor: Actor, code: string, reason: string | null): Promise<Dossier> {
    return this.changes.change(code, async (em, dossier, workflow) => {
      if (!isOwner(actor, dossier)) assertOfficerOf(actor, dossier);
      await workflow.apply(dossier, DossierAction.WITHDRAW, actor, { reason });
      await em.flush();
    });
  }

  private async create(
    actor: Actor,
    input: SubmitDossierInput,
    { rules, unit, competentUnitCode }: Placement,
    how: { channel: Channel; applicantSubject: string | null; assistedBy: Actor | null; scannedAtCounter: boolean },
  ): Promise<Dossier> {
    this.checkForm(input, rules);
    const deliveryAddress = input.deliveryMethod === DeliveryMethod.POST ? input.deliveryAddress?.trim() || input.applicant.address : null;
    const agency = unit.agencies[0];
    const dossier = await this.deps.em.transactional(async (em) => {
      const at = this.now();
      // Before the day's number: taking it locks the agency's counter until commit.
      const files = await this.usableFiles(em, input.documents, actor);
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
        applicant: { ...input.applicant, fullName: normalisePersonName(input.applicant.fullName) ?? input.applicant.fullName, email: input.applicant.email ?? null },
        searchText: dossierSearchText(code, input.applicant),
        applicantSubject: how.applicantSubject,
        assistedBySubject: how.assistedBy?.subject ?? null,
        assistedByName: how.assistedBy?.name ?? null,
        submissionKey: how.channel === Channel.ONLINE ? (input.idempotencyKey ?? null) : null,
        formData: input.formData ?? null,
        processingDays: rules.processingDays,
        feeStatus: feeDue(rules, how.channel) ? FeeStatus.DUE : FeeStatus.NONE,
        submittedAt: at,
      });
      this.attachFiles(em, created, input.documents, files, rules, actor, DocumentRole.APPLICATION, how.scannedAtCounter);
      const workflow = new DossierWorkflow(em, this.now);
      if (how.channel === Channel.COUNTER) {
        await workflow.apply(created, DossierAction.RECEIVE_AT_COUNTER, actor);
        created.receivedAt = at;
        this.handOnAtReceipt(created, competentUnitCode, actor, workflow);
      } else {
        // The competent unit is remembered with the submission: the receiving unit hands the dossier on when it receives it.
        const data = {
          ...(how.assistedBy ? { assistedBy: how.assistedBy.name, consent: true } : {}),
          ...(competentUnitCode !== unit.code ? { competentUnitCode } : {}),
        };
        await workflow.apply(created, DossierAction.SUBMIT, actor, Object.keys(data).length ? { data } : {});
      }
      await workflow.refreshDueDate(created, []);
      if (how.channel === Channel.COUNTER) await this.requireFeeFirst(created, workflow);
      await em.flush();
      await workflow.finish();
      return created;
    });
    return dossier;
  }

  /**
   * Received for another unit (Decree 118/2025): the dossier goes to the competent unit at once, with its own
   * entry in the trail. The legal clock runs on from the receipt; the receiving unit keeps the dossier in view
   * and returns the result at its counter.
   */
  private handOnAtReceipt(dossier: Dossier, competentUnitCode: string, actor: Actor, workflow: DossierWorkflow): void {
    if (competentUnitCode === dossier.currentUnitCode) return;
    workflow.note(dossier, DossierAction.TRANSFER, actor, {
      reason: 'Chuyển đơn vị có thẩm quyền giải quyết khi tiếp nhận',
      data: { from: dossier.currentUnitCode, to: competentUnitCode, atReceipt: true },
    });
    dossier.currentUnitCode = competentUnitCode;
  }

  /** Where the procedure asks for the fee before processing, the dossier waits for it (clock paused). */
  private async requireFeeFirst(dossier: Dossier, workflow: DossierWorkflow): Promise<void> {
    if (dossier.feeStatus !== FeeStatus.DUE) return;
    const rules = await this.deps.rules.pinnedVersion(dossier.procedureCode, dossier.procedureVersion);
    if (rules.feePaidBeforeProcessing) await workflow.apply(dossier, DossierAction.REQUIRE_FEE, SYSTEM_ACTOR);
  }

  /**
   * The rules and units in force today: the receiving unit must be able to take the procedure, and the
   * competent unit (named, or derived) must be of its settling level and of the same province.
   */
  private async place(input: SubmitDossierInput): Promise<Placement> {
    const at = this.now();
    const unitCode = input.unitCode.trim();
    const asked = input.competentUnitCode?.trim() || null;
    const [rules, unit, competent] = await Promise.all([
      this.deps.rules.inForce(input.procedureCode.trim(), at),
      this.deps.rules.unitInForce(unitCode, at, 'unitCode'),
      asked ? this.deps.rules.unitInForce(asked, at, 'competentUnitCode') : null,
    ]);
    const placement = placeDossier(rules, placedUnit(unit), competent && placedUnit(competent));
    if (!placement.ok) throw refusal(placement.field, placement.refusal, rules, unit, competent);
    if (!unit.agencies.length || unit.agencies[0].kind === 'PROVINCIAL_BODY') {
      throw validation('unitCode', `${unit.name} không có bộ phận tiếp nhận hồ sơ.`, `${unit.name} has no office that receives dossiers.`);
    }
    return { rules, unit, competentUnitCode: placement.competentUnitCode };
  }

  private checkForm(input: SubmitDossierInput, rules: ProcedureRules): void {
    const given = new Set(input.documents.map((d) => d.requirementId));
    const unknown = input.documents.filter((d) => !rules.requiredDocuments.some((r) => r.id === d.requirementId));
    if (unknown.length)
      throw validation('documents', 'Có giấy tờ không thuộc thành phần hồ sơ của thủ tục.', 'Some documents are not part of this procedure.', { requirementIds: unknown.map((d) => d.requirementId) });
    // A declaration made on a form the procedure fills online is the form itself (its PDF is generated from the
    // values, /documents/templates/…): nobody uploads a second copy of what they typed.
    const missing = rules.requiredDocuments.filter((r) => r.mandatory && !given.has(r.id) && !(r.template && rules.formFields.length));
    if (missing.length) {
      throw validation('documents', `Còn thiếu giấy tờ bắt buộc: ${missing.map((m) => m.name).join('; ')}.`, `Required documents are missing: ${missing.map((m) => m.id).join(', ')}.`, {
        missing: missing.map((m) => m.id),
      });
    }
    const wrong = Object.entries(formValueProblems(rules.formFields, input.formData));
    if (wrong.length) {
      const named = (lang: 'vi' | 'en') => wrong.map(([key, problem]) => `${rules.formFields.find((f) => f.key === key)?.label ?? key} ${FORM_VALUE_MESSAGES[problem][lang]}`).join('; ');
      throw new AppError('VALIDATION_FAILED', {
        message: { vi: `Tờ khai chưa đúng: ${named('vi')}.`, en: `The form is not right: ${named('en')}.` },
        details: { fields: wrong.map(([key, problem]) => ({ field: `formData.${key}`, constraint: problem })) },
      });
    }
    const emptyFields = rules.formFields.filter((f) => f.required && !String(input.formData?.[f.key] ?? '').trim());
    if (emptyFields.length) {
      throw validation('formData', `Chưa điền: ${emptyFields.map((f) => f.label).join('; ')}.`, `Fields to fill in: ${emptyFields.map((f) => f.key).join(', ')}.`, {
        missing: emptyFields.map((f) => f.key),
      });
    }
  }

  /** Attaches files the actor may use: their own uploads, or documents digitised earlier for the same citizen. */
  private async attach(em: EntityManager, dossier: Dossier, documents: DocumentInput[], rules: ProcedureRules, actor: Actor, role: DocumentRole, digitise: boolean): Promise<void> {
    this.attachFiles(em, dossier, documents, await this.usableFiles(em, documents, actor), rules, actor, role, digitise);
  }

  /** The stored files of `documents`, each checked to be the actor's to use. */
  private async usableFiles(em: EntityManager, documents: DocumentInput[], actor: Actor): Promise<Map<string, StoredFile>> {
    const files = new Map((await em.find(StoredFile, { id: { $in: documents.map((d) => d.fileId) } })).map((f) => [f.id, f]));
    for (const doc of documents) {
      const file = files.get(doc.fileId);
      if (!file || (file.ownerSubject !== actor.subject && file.applicantSubject !== actor.subject)) {
        throw validation('documents', 'Tệp đính kèm không tồn tại hoặc không thuộc về bạn.', 'An attached file does not exist or is not yours.', { fileId: doc.fileId });
      }
    }
    return files;
  }

  private attachFiles(
    em: EntityManager,
    dossier: Dossier,
    documents: DocumentInput[],
    files: Map<string, StoredFile>,
    rules: ProcedureRules,
    actor: Actor,
    role: DocumentRole,
    digitise: boolean,
  ): void {
    for (const doc of documents) {
      const file = files.get(doc.fileId)!;
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

const LEVELS: Record<UnitLevel, { vi: string; en: string }> = {
  PROVINCE: { vi: 'cấp tỉnh', en: 'province level' },
  DISTRICT: { vi: 'cấp huyện', en: 'district level' },
  COMMUNE: { vi: 'cấp xã', en: 'commune level' },
};

function refusal(field: string, why: PlacementRefusal, rules: ProcedureRules, unit: UnitInfo, competent: UnitInfo | null): AppError {
  const level = LEVELS[rules.settlingLevel];
  const other = competent?.name ?? '';
  switch (why) {
    case 'NOT_RECEIVED_HERE':
      return validation(
        field,
        `${unit.name} không tiếp nhận thủ tục này: thủ tục do ${level.vi} giải quyết và không thuộc danh mục tiếp nhận không phụ thuộc địa giới hành chính.`,
        `${unit.name} does not receive this procedure: it is settled at ${level.en} and is not received regardless of administrative boundary.`,
      );
    case 'COMPETENT_REQUIRED':
      return validation(field, 'Cần chọn xã, phường có thẩm quyền giải quyết hồ sơ.', 'Choose the commune competent to settle the dossier.');
    case 'COMPETENT_LEVEL':
      return validation(field, `Thủ tục này do ${level.vi} giải quyết; ${other} không phải đơn vị ${level.vi}.`, `This procedure is settled at ${level.en}; ${other} is not.`);
    case 'OTHER_PROVINCE':
      return validation(
        field,
        `${other} không cùng tỉnh với ${unit.name}: chỉ tiếp nhận không phụ thuộc địa giới hành chính trong phạm vi tỉnh.`,
        `${other} is not in the province of ${unit.name}: dossiers are received across boundaries only within the province.`,
      );
    case 'NOT_ACROSS_BOUNDARY':
      return validation(
        field,
        `Thủ tục này không tiếp nhận không phụ thuộc địa giới hành chính: hồ sơ do chính ${unit.name} giải quyết.`,
        `This procedure is not received across boundaries: ${unit.name} itself settles it.`,
      );
  }
}

function validation(field: string, vi: string, en: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('VALIDATION_FAILED', { message: { vi, en }, details: { fields: [{ field }], ...extra } });
}
