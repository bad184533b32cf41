import { AppError } from '@motcua/platform';
import { DossierAction, isAssignable } from '../domain/dossier-state';
import { mayTransfer } from '../domain/receiving-rules';
import { isOverdue } from '../domain/timeliness';
import { DeliveryMethod, DeliveryStatus, type Dossier } from '../entities/dossier.entity';
import { DocumentRole, DossierDocument } from '../entities/dossier-document.entity';
import { Officer } from '../entities/officer.entity';
import { StoredFile } from '../entities/stored-file.entity';
import type { ResultSigner } from '../results/result-signing.service';
import type { Actor } from './actor';
import { assertDecidingUnit, assertHandlingUnit, assertOfficerOf } from './dossier-access';
import type { DossierChanges } from './dossier-changes';
import type { PostalService } from './postal.service';
import { placedUnit, type ProcedureRulesClient } from './procedure-rules.client';

/** Handling a received dossier: assignment, steps, transfers between units, decision, result, apology. */
export class ProcessingService {
  constructor(
    private readonly changes: DossierChanges,
    private readonly rules: ProcedureRulesClient,
    private readonly postal: PostalService,
    private readonly signer: ResultSigner,
    private readonly now: () => Date = () => new Date(),
  ) {}

  startProcessing(actor: Actor, code: string, note: string | null): Promise<Dossier> {
    return this.changes.change(code, async (em, dossier, workflow) => {
      // Received for another unit, the dossier is processed there, not by the counter that took it.
      assertHandlingUnit(actor, dossier);
      await workflow.apply(dossier, DossierAction.START_PROCESSING, actor, { reason: note });
      dossier.handlerSubject = actor.subject;
      dossier.handlerName = actor.name;
      await em.flush();
    });
  }

  recordStep(actor: Actor, code: string, note: string): Promise<Dossier> {
    if (!note.trim()) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'note' }] } });
    return this.changes.change(code, async (em, dossier, workflow) => {
      assertHandlingUnit(actor, dossier);
      await workflow.apply(dossier, DossierAction.RECORD_STEP, actor, { reason: note.trim() });
      await em.flush();
    });
  }

  /**
   * Gives the dossier to a handler of the unit holding it (phân công xử lý): a leader or the one-stop officer
   * routing work, or a handler passing it to a colleague. Audited; the state does not change.
   */
  assign(actor: Actor, code: string, handlerSubject: string, note: string | null): Promise<Dossier> {
    return this.changes.change(code, async (em, dossier, workflow) => {
      assertHandlingUnit(actor, dossier);
      if (!isAssignable(dossier.status, dossier.pausedFrom)) {
        throw new AppError('INVALID_TRANSITION', {
          message: { vi: 'Chỉ phân công hồ sơ đã tiếp nhận và chưa có kết quả.', en: 'Only a received dossier without a result can be assigned.' },
          details: { from: dossier.status, action: 'ASSIGN' },
        });
      }
      const handler = await em.findOne(Officer, { subject: handlerSubject, unitCode: dossier.currentUnitCode, roles: { $contains: ['HANDLER'] } });
      if (!handler) {
        throw new AppError('VALIDATION_FAILED', {
          message: { vi: 'Người được phân công không phải công chức xử lý của đơn vị đang giải quyết hồ sơ.', en: 'The assignee is not a handler of the unit holding the dossier.' },
          details: { fields: [{ field: 'handlerSubject' }] },
        });
      }
      dossier.handlerSubject = handler.subject;
      dossier.handlerName = handler.fullName;
      workflow.note(dossier, 'ASSIGN', actor, { reason: note?.trim() || null, data: { handler: handler.fullName } });
      await em.flush();
    });
  }

  /**
   * Commune ↔ its province (a provincial body), or commune → another commune of the province, between units
   * in force today; the legal clock runs on untouched.
   */
  async transfer(actor: Actor, code: string, toUnitCode: string, note: string | null): Promise<Dossier> {
    const target = await this.rules.unitInForce(toUnitCode, this.now(), 'toUnitCode');
    return this.changes.change(code, async (em, dossier, workflow) => {
      assertHandlingUnit(actor, dossier);
      const current = await this.rules.unitInForce(dossier.currentUnitCode, this.now(), 'currentUnitCode');
      if (!mayTransfer(placedUnit(current), placedUnit(target))) {
        throw new AppError('VALIDATION_FAILED', {
          message: {
            vi: `Không chuyển được hồ sơ từ ${current.name} đến ${target.name}: chỉ chuyển giữa xã và cơ quan cấp tỉnh của cùng tỉnh, hoặc giữa các xã trong tỉnh.`,
            en: `The dossier cannot go from ${current.name} to ${target.name}: transfers run between a commune and its province, or between communes of the province.`,
          },
          details: { fields: [{ field: 'toUnitCode' }], toUnitCode: target.code },
        });
      }
      await workflow.apply(dossier, DossierAction.TRANSFER, actor, { reason: note, data: { from: current.code, to: target.code } });
      dossier.currentUnitCode = target.code;
      // The receiving unit gives it to one of its own handlers.
      dossier.handlerSubject = null;
      dossier.handlerName = null;
      await em.flush();
    });
  }

  /** The approver decides: the result (electronic copy, signed by the issuing body, and/or paper) is ready and goes the chosen way. */
  async approve(actor: Actor, code: string, resultFileIds: string[], note: string | null): Promise<Dossier> {
    return this.changes.change(code, async (em, dossier, workflow) => {
      assertHandlingUnit(actor, dossier);
      await assertDecidingUnit(this.rules, dossier);
      // The state is checked first; anything refused after it rolls the whole step back.
      await workflow.apply(dossier, DossierAction.APPROVE, actor, { reason: note, data: { results: resultFileIds.length } });
      if (dossier.deliveryMethod === DeliveryMethod.ONLINE && !resultFileIds.length) {
        throw new AppError('VALIDATION_FAILED', {
          message: { vi: 'Hồ sơ nhận kết quả trực tuyến cần có bản điện tử của kết quả.', en: 'An online result needs its electronic copy.' },
          details: { fields: [{ field: 'resultFileIds' }] },
        });
      }
      const files = resultFileIds.length ? await em.find(StoredFile, { id: { $in: resultFileIds }, ownerSubject: actor.subject }) : [];
      if (files.length !== resultFileIds.length) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'resultFileIds' }] } });
      for (const file of files) {
        file.digitised = true;
        // The issuing body signs the electronic result; a certificate problem refuses the whole approval.
        const signed = await this.signer.sign(em, dossier, file, this.now());
        em.create(DossierDocument, {
          dossier,
          file: signed?.file ?? file,
          name: file.originalName,
          role: DocumentRole.RESULT,
          addedBy: actor.subject,
          signerName: signed?.signerName ?? null,
          signedAt: signed?.signedAt ?? null,
        });
      }
      dossier.deliveryStatus = DeliveryStatus.READY;
      if (dossier.deliveryMethod === DeliveryMethod.POST) {
        dossier.postalTrackingNumber = await this.postal.ship(em, dossier);
        dossier.deliveryStatus = DeliveryStatus.IN_TRANSIT;
      }
      await em.flush();
    });
  }

  /** A late dossier: apologise in writing and promise a new date (the legal due date stays on record). */
  async apologise(actor: Actor, code: string, newDate: Date, reason: string): Promise<Dossier> {
    return this.changes.change(code, async (em, dossier, workflow) => {
      assertOfficerOf(actor, dossier);
      if (!dossier.dueAt || dossier.settledAt || !isOverdue(this.now(), dossier.dueAt)) {
        throw new AppError('VALIDATION_FAILED', {
          message: { vi: 'Chỉ gửi phiếu xin lỗi khi hồ sơ đã quá hạn và chưa có kết quả.', en: 'An apology is for a dossier that is overdue and not settled.' },
        });
      }
      if (newDate <= this.now()) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'newDate' }] } });
      dossier.promisedAt = newDate;
      workflow.note(dossier, 'APOLOGISE', actor, { reason, data: { newDate: newDate.toISOString() } });
      await em.flush();
    });
  }

  stop(actor: Actor, code: string, reason: string): Promise<Dossier> {
    return this.changes.change(code, async (em, dossier, workflow) => {
      if (dossier.applicantSubject !== actor.subject) assertOfficerOf(actor, dossier);
      await workflow.apply(dossier, DossierAction.STOP, actor, { reason });
      await em.flush();
    });
  }
}
