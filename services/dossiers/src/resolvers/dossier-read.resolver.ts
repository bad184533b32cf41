import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { AppError, hasRole, requireCaller, type RequestContext } from '@motcua/platform';
import { DossierAction, DossierStatus, allowedActions, canPerform, isAssignable, nationalStatusCode } from '../domain/dossier-state';
import { boardEntry } from '../domain/masking';
import { isOverdue } from '../domain/timeliness';
import { DeliveryMethod, Dossier, type DossierView } from '../entities/dossier.entity';
import { DossierDocument } from '../entities/dossier-document.entity';
import { DossierEvent } from '../entities/dossier-event.entity';
import { Officer } from '../entities/officer.entity';
import { AdministrativeUnitRef, AgencyRef, ProcedureRef, ProcedureVersionRef } from '../federation/external-types';
import { procedureRules } from '../services/container';
import { HANDLING_UNIT_ACTIONS, canSeePersonalData, holdingUnitDecides, isOfficerOf, mayHandle } from '../services/dossier-access';
import { handlersOf, noteOfficer } from '../services/officers';
import { DossierQueries } from '../services/dossier-queries.service';
import { publicLookupLimit } from '../services/public-lookup-limit';
import { BoardEntry } from './counter.resolver';
import { ApplicantView, DossierConnection, FormDeclaration, InboxArgs, PageArgs } from './dossier.types';

@Resolver(() => Dossier)
export class DossierReadResolver {
  @Query(() => Dossier, {
    nullable: true,
    description: 'Look a dossier up by its code (from the slip or its QR); without the right to see it, personal data stay hidden',
  })
  async dossier(@Arg('code') code: string, @Ctx() ctx: RequestContext): Promise<Dossier | null> {
    if (!ctx.caller) await publicLookupLimit.admit(ctx.clientIp);
    const found = await new DossierQueries(ctx.em).byCode(code.trim().toUpperCase());
    if (!found && !ctx.caller) await publicLookupLimit.missed(ctx.clientIp);
    return found;
  }

  @Authorized()
  @Query(() => DossierConnection, { description: "The caller's own dossiers and those they helped submit" })
  myDossiers(@Args() args: PageArgs, @Ctx() ctx: RequestContext): Promise<DossierConnection> {
    return new DossierQueries(ctx.em).mine(requireCaller(ctx), args);
  }

  @Authorized('INTAKE', 'HANDLER', 'APPROVER', 'ADMIN')
  @Query(() => DossierConnection, { description: "Dossiers waiting for the officer's unit" })
  async staffInbox(@Args() args: InboxArgs, @Ctx() ctx: RequestContext): Promise<DossierConnection> {
    await noteOfficer(ctx.em, ctx.caller);
    const caller = requireCaller(ctx);
    if (args.handlerSubject && !args.assignedToMe && !hasRole(caller, 'ADMIN')) {
      // Another unit's handler is refused, not answered with an empty list of the caller's own unit.
      const handler = await ctx.em.findOne(Officer, { subject: args.handlerSubject });
      if (handler && handler.unitCode !== caller.unitCode) throw new AppError('OUT_OF_JURISDICTION', { details: { handlerSubject: args.handlerSubject } });
    }
    return new DossierQueries(ctx.em).inbox(caller, args);
  }

  @Authorized('INTAKE', 'HANDLER', 'APPROVER', 'ADMIN')
  @Query(() => [Officer], { description: "Handlers of the caller's unit (or of `unitCode`, for an admin), to assign a dossier to" })
  unitHandlers(@Ctx() ctx: RequestContext, @Arg('unitCode', () => String, { nullable: true }) unitCode?: string | null): Promise<Officer[]> {
    const caller = requireCaller(ctx);
    const unit = hasRole(caller, 'ADMIN') && unitCode ? unitCode : caller.unitCode;
    // Another unit asked by an officer is refused, not silently answered with the officer's own unit.
    if (!unit || (unitCode && unitCode !== unit)) throw new AppError('OUT_OF_JURISDICTION', { details: { unitCode } });
    return handlersOf(ctx.em, unit);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may assign it to a handler now (assignHandler)' })
  assignable(@Root() d: DossierView, @Ctx() ctx: RequestContext): boolean {
    const caller = ctx.caller;
    if (!caller || !hasRole(caller, 'INTAKE', 'HANDLER', 'APPROVER', 'ADMIN') || !mayHandle(caller, d)) return false;
    return isAssignable(d.status, d.pausedFrom);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Tracking number when the result goes by public post (the applicant and officers of its units only)' })
  postalTrackingNumber(@Root() d: DossierView, @Ctx() ctx: RequestContext): string | null {
    return canSeePersonalData(ctx.caller, d) ? (d.postalTrackingNumber ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who is handling it (officers of its units only)' })
  handlerName(@Root() d: DossierView, @Ctx() ctx: RequestContext): string | null {
    return ctx.caller && isOfficerOf(ctx.caller, d) ? (d.handlerName ?? null) : null;
  }

  @FieldResolver(() => BoardEntry, { nullable: true, description: "How the hall board will name it when called (officers of its units only), for the call's preview" })
  boardEntry(@Root() d: DossierView, @Ctx() ctx: RequestContext): BoardEntry | null {
    return ctx.caller && isOfficerOf(ctx.caller, d) ? boardEntry(d.applicant.fullName, d.code) : null;
  }

  @FieldResolver(() => [FormDeclaration], { description: 'Declarations made from the form values, as generated PDFs (owner and officers only)' })
  async formDeclarations(@Root() d: DossierView, @Ctx() ctx: RequestContext): Promise<FormDeclaration[]> {
    if (!d.formData || !canSeePersonalData(ctx.caller, d)) return [];
    const rules = await procedureRules.pinnedVersion(d.procedureCode, d.procedureVersion);
    if (!rules.formFields.length) return [];
    return rules.requiredDocuments
      .filter((r) => r.template)
      .map((r) => ({
        requirementId: r.id,
        name: r.name,
        path: `/documents/templates/${encodeURIComponent(d.procedureCode)}/${encodeURIComponent(r.id)}.pdf?dossier=${encodeURIComponent(d.code)}`,
      }));
  }

  @FieldResolver(() => ProcedureRef)
  @Directive('@provides(fields: "name")')
  procedure(@Root() d: DossierView): ProcedureRef {
    return { code: d.procedureCode };
  }

  @FieldResolver(() => ProcedureVersionRef, { description: 'The rules the dossier is pinned to' })
  procedureRules(@Root() d: DossierView): ProcedureVersionRef {
    return { procedureCode: d.procedureCode, version: d.procedureVersion };
  }

  @FieldResolver(() => AdministrativeUnitRef, { description: 'The unit that received the dossier' })
  unit(@Root() d: DossierView): AdministrativeUnitRef {
    return { code: d.unitCode };
  }

  @FieldResolver(() => AdministrativeUnitRef, { description: 'The unit handling it now' })
  currentUnit(@Root() d: DossierView): AdministrativeUnitRef {
    return { code: d.currentUnitCode };
  }

  @FieldResolver(() => AgencyRef)
  agency(@Root() d: DossierView): AgencyRef {
    return { code: d.agencyCode };
  }

  @FieldResolver(() => ApplicantView, { nullable: true, description: 'Hidden (null) unless the caller may see personal data' })
  applicant(@Root() d: DossierView, @Ctx() ctx: RequestContext): ApplicantView | null {
    return canSeePersonalData(ctx.caller, d) ? d.applicant : null;
  }

  @FieldResolver(() => [DossierEvent], { description: 'Audit trail (who, when, why); empty unless the caller may see the dossier' })
  history(@Root() d: DossierView, @Ctx() ctx: RequestContext): Promise<DossierEvent[]> {
    if (!canSeePersonalData(ctx.caller, d)) return Promise.resolve([]);
    return ctx.em.find(DossierEvent, { dossier: d.id }, { orderBy: { at: 'asc' } });
  }

  @FieldResolver(() => [DossierDocument], { description: 'Attached documents and results; empty unless the caller may see the dossier' })
  documents(@Root() d: DossierView, @Ctx() ctx: RequestContext): Promise<DossierDocument[]> {
    if (!canSeePersonalData(ctx.caller, d)) return Promise.resolve([]);
    return ctx.em.find(DossierDocument, { dossier: d.id }, { orderBy: { addedAt: 'asc' } });
  }

  @FieldResolver(() => [String], { description: 'What the citizen was asked to supplement (while it waits for them)' })
  async supplementItems(@Root() d: DossierView, @Ctx() ctx: RequestContext): Promise<string[]> {
    if (d.status !== DossierStatus.SUPPLEMENT_REQUESTED || !canSeePersonalData(ctx.caller, d)) return [];
    const request = await ctx.em.findOne(DossierEvent, { dossier: d.id, action: DossierAction.REQUEST_SUPPLEMENT }, { orderBy: { at: 'desc' } });
    return ((request?.data?.items as string[] | undefined) ?? []).map(String);
  }

  @FieldResolver(() => [DossierAction], { description: 'What the caller may do now (the service checks again on every action)' })
  async availableActions(@Root() d: DossierView, @Ctx() ctx: RequestContext): Promise<DossierAction[]> {
    if (!ctx.caller || !canSeePersonalData(ctx.caller, d)) return [];
    const roles = ctx.caller.roles;
    const officer = canPerform(roles, DossierAction.RECEIVE) || canPerform(roles, DossierAction.APPROVE);
    const actions = allowedActions(d.status, { pausedFrom: d.pausedFrom ?? undefined })
      .filter((a) => canPerform(roles, a))
      // A citizen "returns" a result only by downloading an electronic one.
      .filter((a) => a !== DossierAction.RETURN_RESULT || officer || d.deliveryMethod === DeliveryMethod.ONLINE)
      .filter((a) => !HANDLING_UNIT_ACTIONS.includes(a) || mayHandle(ctx.caller!, d));
    // Asked of the catalogue only when approving is otherwise possible (pinned rules and units are cached).
    if (!actions.includes(DossierAction.APPROVE) || (await holdingUnitDecides(procedureRules, d))) return actions;
    return actions.filter((a) => a !== DossierAction.APPROVE);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Status code of the national public service portal (1 new … 10 returned)' })
  nationalStatus(@Root() d: DossierView): number | null {
    return nationalStatusCode(d.status, { refusedAfterReceipt: !!d.receivedAt });
  }

  @FieldResolver(() => Boolean, { description: 'Past its due date and not settled' })
  overdue(@Root() d: DossierView): boolean {
    return !d.settledAt && isOverdue(new Date(), d.dueAt ?? null);
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: "Values of the procedure's form, for the owner and the unit" })
  formData(@Root() d: DossierView, @Ctx() ctx: RequestContext): Record<string, unknown> | null {
    return canSeePersonalData(ctx.caller, d) ? (d.formData ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where the post delivers the result, for the owner and the unit' })
  deliveryAddress(@Root() d: DossierView, @Ctx() ctx: RequestContext): string | null {
    return canSeePersonalData(ctx.caller, d) ? (d.deliveryAddress ?? null) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Counter where the result waits, once the citizen was called' })
  pickupCounter(@Root() d: DossierView): number | null {
    return d.pickupCounter ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who received the result, for the owner and the unit' })
  resultReceivedBy(@Root() d: DossierView, @Ctx() ctx: RequestContext): string | null {
    return canSeePersonalData(ctx.caller, d) ? (d.resultReceivedBy ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The citizen's comment with their rating" })
  ratingComment(@Root() d: DossierView, @Ctx() ctx: RequestContext): string | null {
    return canSeePersonalData(ctx.caller, d) ? (d.ratingComment ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who helped submit it, for the owner and the unit' })
  assistedBy(@Root() d: DossierView, @Ctx() ctx: RequestContext): string | null {
    return canSeePersonalData(ctx.caller, d) ? (d.assistedByName ?? null) : null;
  }
}

/**
 * The name of a dossier's procedure, provided here (see ProcedureRef): the catalogue's current name, as the
 * rules client keeps it (a minute at most), asked only when a query wants it.
 */
@Resolver(() => ProcedureRef)
export class ProcedureNameResolver {
  @FieldResolver(() => String)
  async name(@Root() ref: ProcedureRef): Promise<string> {
    return ref.name ?? (await procedureRules.current(ref.code)).name;
  }
}
