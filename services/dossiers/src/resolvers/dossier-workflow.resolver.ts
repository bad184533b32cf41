import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { requireCaller, type RequestContext } from '@motcua/platform';
import { Dossier } from '../entities/dossier.entity';
import { actorOf } from '../services/actor';
import { dossierServices } from '../services/container';
import { noteOfficer } from '../services/officers';
import { DocumentInput, SubmitDossierInput } from './intake.inputs';

const use = (ctx: RequestContext) => ({ actor: actorOf(requireCaller(ctx)), ...dossierServices(ctx.em) });
/** Taking or giving work remembers the officer, for the unit's list of handlers (the inbox does too). */
const noted = async (ctx: RequestContext) => {
  await noteOfficer(ctx.em, ctx.caller);
  return use(ctx);
};
const normal = (code: string) => code.trim().toUpperCase();

/** Every step of a dossier's life; each one is atomic and audited, and refused with a coded error. */
@Resolver(() => Dossier)
export class DossierWorkflowResolver {
  @Authorized('CITIZEN', 'VOLUNTEER')
  @Mutation(() => Dossier, { description: 'Submit online (a volunteer may submit for a consenting citizen); the code is issued at once' })
  submitDossier(@Arg('input') input: SubmitDossierInput, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, intake } = use(ctx);
    return intake.submitOnline(actor, input);
  }

  @Authorized('INTAKE')
  @Mutation(() => Dossier, { description: 'Take a paper dossier at the counter: scanned documents, received on the spot' })
  receiveAtCounter(@Arg('input') input: SubmitDossierInput, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, intake } = use(ctx);
    return intake.receiveAtCounter(actor, input);
  }

  @Authorized('INTAKE')
  @Mutation(() => Dossier, { description: 'Accept an online dossier (tiếp nhận)' })
  receiveDossier(@Arg('code') code: string, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, intake } = use(ctx);
    return intake.receive(actor, normal(code));
  }

  @Authorized('INTAKE', 'HANDLER')
  @Mutation(() => Dossier, { description: 'Ask the citizen to supplement, listing what is missing; the legal clock pauses' })
  requestSupplement(
    @Arg('code') code: string,
    @Arg('items', () => [String]) items: string[],
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Dossier> {
    const { actor, intake } = use(ctx);
    return intake.requestSupplement(actor, normal(code), items, note);
  }

  @Authorized('CITIZEN', 'VOLUNTEER', 'INTAKE')
  @Mutation(() => Dossier, { description: 'Answer a supplement request with the documents asked for; the clock resumes' })
  answerSupplement(
    @Arg('code') code: string,
    @Arg('documents', () => [DocumentInput]) documents: DocumentInput[],
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Dossier> {
    const { actor, intake } = use(ctx);
    return intake.answerSupplement(actor, normal(code), documents, note);
  }

  @Authorized('INTAKE', 'HANDLER', 'APPROVER')
  @Mutation(() => Dossier, { description: 'Refuse, with the reason (at intake, or during processing)' })
  refuseDossier(@Arg('code') code: string, @Arg('reason') reason: string, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, intake } = use(ctx);
    return intake.refuse(actor, normal(code), reason);
  }

  @Authorized('CITIZEN', 'INTAKE')
  @Mutation(() => Dossier, { description: 'Withdraw before processing starts' })
  withdrawDossier(@Arg('code') code: string, @Arg('reason', () => String, { nullable: true }) reason: string | null, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, intake } = use(ctx);
    return intake.withdraw(actor, normal(code), reason);
  }

  @Authorized('INTAKE', 'HANDLER')
  @Mutation(() => Dossier, { description: 'Start processing; the caller becomes the handler' })
  async startProcessing(@Arg('code') code: string, @Arg('note', () => String, { nullable: true }) note: string | null, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, processing } = await noted(ctx);
    return processing.startProcessing(actor, normal(code), note);
  }

  @Authorized('INTAKE', 'HANDLER', 'APPROVER', 'ADMIN')
  @Mutation(() => Dossier, { description: 'Assign the dossier to a handler of the unit holding it (phân công xử lý)' })
  async assignHandler(
    @Arg('code') code: string,
    @Arg('handlerSubject') handlerSubject: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Dossier> {
    const { actor, processing } = await noted(ctx);
    return processing.assign(actor, normal(code), handlerSubject.trim(), note);
  }

  @Authorized('HANDLER', 'APPROVER')
  @Mutation(() => Dossier, { description: 'Record a handling step' })
  recordStep(@Arg('code') code: string, @Arg('note') note: string, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, processing } = use(ctx);
    return processing.recordStep(actor, normal(code), note);
  }

  @Authorized('HANDLER', 'APPROVER')
  @Mutation(() => Dossier, { description: 'Transfer between commune and district; the legal clock is not restarted' })
  transferDossier(@Arg('code') code: string, @Arg('toUnitCode') toUnitCode: string, @Arg('note', () => String, { nullable: true }) note: string | null, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, processing } = use(ctx);
    return processing.transfer(actor, normal(code), toUnitCode.trim(), note);
  }

  @Authorized('APPROVER')
  @Mutation(() => Dossier, { description: 'Approve and attach the result (electronic copy as uploaded files)' })
  approveDossier(
    @Arg('code') code: string,
    @Arg('resultFileIds', () => [ID], { defaultValue: [] }) resultFileIds: string[],
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Dossier> {
    const { actor, processing } = use(ctx);
    return processing.approve(actor, normal(code), resultFileIds, note);
  }

  @Authorized('INTAKE', 'HANDLER', 'APPROVER')
  @Mutation(() => Dossier, { description: 'Apologise for a late dossier and promise a new date (phiếu xin lỗi)' })
  apologiseForDelay(@Arg('code') code: string, @Arg('newDate') newDate: Date, @Arg('reason') reason: string, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, processing } = use(ctx);
    return processing.apologise(actor, normal(code), newDate, reason);
  }

  @Authorized('CITIZEN', 'INTAKE')
  @Mutation(() => Dossier, { description: "Stop processing at the citizen's request" })
  stopProcessing(@Arg('code') code: string, @Arg('reason') reason: string, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, processing } = use(ctx);
    return processing.stop(actor, normal(code), reason);
  }

  @Authorized('INTAKE')
  @Mutation(() => Dossier, { description: 'Call the citizen to a counter to pick up the result (board and voice)' })
  callForPickup(@Arg('code') code: string, @Arg('counter', () => Int) counter: number, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, results } = use(ctx);
    return results.callForPickup(actor, normal(code), counter);
  }

  @Authorized('INTAKE')
  @Mutation(() => Dossier, { description: 'Hand the result over at the counter and record who received it' })
  returnResult(@Arg('code') code: string, @Arg('receivedBy') receivedBy: string, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, results } = use(ctx);
    return results.returnAtCounter(actor, normal(code), receivedBy);
  }

  @Authorized('INTAKE', 'APPROVER')
  @Mutation(() => Dossier, { description: 'Waive the fee of a dossier that owes it (a legal exemption), with the reason; nothing is then due' })
  waiveFee(@Arg('code') code: string, @Arg('reason') reason: string, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, results } = use(ctx);
    return results.waiveFee(actor, normal(code), reason);
  }

  @Authorized('CITIZEN', 'VOLUNTEER')
  @Mutation(() => Dossier, { description: 'Receive an electronic result: the first download returns the dossier' })
  downloadResult(@Arg('code') code: string, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, results } = use(ctx);
    return results.download(actor, normal(code));
  }

  @Authorized('INTAKE', 'ADMIN')
  @Mutation(() => Dossier, { description: 'Postal sandbox: report delivery of a tracking number, as the post would' })
  async reportPostalDelivery(@Arg('trackingNumber') trackingNumber: string, @Arg('receivedBy') receivedBy: string, @Ctx() ctx: RequestContext): Promise<Dossier> {
    const { actor, results, postal } = use(ctx);
    const tracking = trackingNumber.trim().toUpperCase();
    const code = await postal.dossierCodeOf(ctx.em, tracking);
    return results.deliveredByPost(actor, code, receivedBy, (em) => postal.delivered(em, tracking));
  }

  @Authorized('CITIZEN', 'VOLUNTEER')
  @Mutation(() => Dossier, { description: 'Rate the service (1–5) after the result is returned' })
  rateDossier(
    @Arg('code') code: string,
    @Arg('rating', () => Int) rating: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Dossier> {
    const { actor, results } = use(ctx);
    return results.rate(actor, normal(code), rating, comment);
  }
}
