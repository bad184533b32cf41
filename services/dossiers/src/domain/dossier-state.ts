/**
 * The dossier's business state machine: the one place that says which action may happen in which state,
 * who may perform it, and how a state maps to the national portal. Pure: no I/O, no clock, no throwing
 * for an action that is merely not allowed (the caller gets a result it can turn into a user error).
 *
 * Decisions:
 *  - Online: DRAFT -SUBMIT-> SUBMITTED -RECEIVE-> RECEIVED. At the counter the officer checks the papers
 *    with the citizen before accepting them, so a counter dossier goes DRAFT -RECEIVE_AT_COUNTER->
 *    RECEIVED in one audited step. A counter refusal is recorded as SUBMIT then REFUSE: a dossier is
 *    only refused once it has been presented.
 *  - Pauses (SUPPLEMENT_REQUESTED, WAITING_FOR_FEE) remember the state they paused from (`pausedFrom`,
 *    returned by `transition` when a pause starts and passed back in the context when leaving it).
 *    The resume action returns there: a supplement asked at intake goes back to SUBMITTED, one asked by
 *    the handler back to IN_PROGRESS; FEE_PAID goes back to RECEIVED (the officer then hands the dossier
 *    to processing, a recorded step) or to IN_PROGRESS (a fee assessed during processing, e.g. land).
 *  - While paused, the ways out that the origin state allows stay open: WITHDRAW/REFUSE if paused before
 *    processing, STOP/REJECT if paused during processing. WITHDRAW is only possible before processing
 *    starts; afterwards the citizen asks to STOP (Circular 03/2025 has a notice for it).
 *  - REFUSE is the one-stop desk declining a dossier (not received); REJECT is the handler or approver
 *    refusing it during processing. Both end in REFUSED.
 *  - TRANSFER and RECORD_STEP stay IN_PROGRESS and touch nothing else: a transfer never restarts the clock.
 */
import type { Role } from '@motcua/platform';

export enum DossierStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RECEIVED = 'RECEIVED',
  SUPPLEMENT_REQUESTED = 'SUPPLEMENT_REQUESTED',
  REFUSED = 'REFUSED',
  WAITING_FOR_FEE = 'WAITING_FOR_FEE',
  IN_PROGRESS = 'IN_PROGRESS',
  RESULT_READY = 'RESULT_READY',
  RETURNED = 'RETURNED',
  WITHDRAWN = 'WITHDRAWN',
  /** Processing stopped at the citizen's request. */
  STOPPED = 'STOPPED',
}

export enum DossierAction {
  SUBMIT = 'SUBMIT',
  RECEIVE = 'RECEIVE',
  RECEIVE_AT_COUNTER = 'RECEIVE_AT_COUNTER',
  REQUEST_SUPPLEMENT = 'REQUEST_SUPPLEMENT',
  /** The citizen answered a request to supplement. */
  SUPPLEMENT = 'SUPPLEMENT',
  REFUSE = 'REFUSE',
  REQUIRE_FEE = 'REQUIRE_FEE',
  FEE_PAID = 'FEE_PAID',
  START_PROCESSING = 'START_PROCESSING',
  TRANSFER = 'TRANSFER',
  RECORD_STEP = 'RECORD_STEP',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  RETURN_RESULT = 'RETURN_RESULT',
  WITHDRAW = 'WITHDRAW',
  STOP = 'STOP',
}

const S = DossierStatus;
const A = DossierAction;

export type PausedStatus = DossierStatus.SUPPLEMENT_REQUESTED | DossierStatus.WAITING_FOR_FEE;

export interface TransitionContext {
  /** Required when leaving a paused state: the state the dossier was in when the pause began. */
  pausedFrom?: DossierStatus;
}

export type TransitionResult = { ok: true; status: DossierStatus; pausedFrom?: DossierStatus } | { ok: false; code: 'INVALID_TRANSITION'; from: DossierStatus; action: DossierAction; reason: string };

type Moves = Partial<Record<DossierAction, DossierStatus>>;

/** Moves of the states that are not pauses. Pauses are described by PAUSES below. */
const MOVES: Record<Exclude<DossierStatus, PausedStatus>, Moves> = {
  [S.DRAFT]: { [A.SUBMIT]: S.SUBMITTED, [A.RECEIVE_AT_COUNTER]: S.RECEIVED, [A.WITHDRAW]: S.WITHDRAWN },
  [S.SUBMITTED]: {
    [A.RECEIVE]: S.RECEIVED,
    [A.REQUEST_SUPPLEMENT]: S.SUPPLEMENT_REQUESTED,
    [A.REFUSE]: S.REFUSED,
    [A.WITHDRAW]: S.WITHDRAWN,
  },
  [S.RECEIVED]: { [A.REQUIRE_FEE]: S.WAITING_FOR_FEE, [A.START_PROCESSING]: S.IN_PROGRESS, [A.WITHDRAW]: S.WITHDRAWN },
  [S.IN_PROGRESS]: {
    [A.TRANSFER]: S.IN_PROGRESS,
    [A.RECORD_STEP]: S.IN_PROGRESS,
    [A.REQUEST_SUPPLEMENT]: S.SUPPLEMENT_REQUESTED,
    [A.REQUIRE_FEE]: S.WAITING_FOR_FEE,
    [A.APPROVE]: S.RESULT_READY,
    [A.REJECT]: S.REFUSED,
    [A.STOP]: S.STOPPED,
  },
  [S.RESULT_READY]: { [A.RETURN_RESULT]: S.RETURNED },
  [S.REFUSED]: {},
  [S.RETURNED]: {},
  [S.WITHDRAWN]: {},
  [S.STOPPED]: {},
};

const PAUSES: Record<PausedStatus, { resume: DossierAction; origins: readonly DossierStatus[] }> = {
  [S.SUPPLEMENT_REQUESTED]: { resume: A.SUPPLEMENT, origins: [S.SUBMITTED, S.IN_PROGRESS] },
  [S.WAITING_FOR_FEE]: { resume: A.FEE_PAID, origins: [S.RECEIVED, S.IN_PROGRESS] },
};

/** Actions that end a dossier and stay possible during a pause, if the origin state allows them. */
const EXITS_WHILE_PAUSED: readonly DossierAction[] = [A.WITHDRAW, A.REFUSE, A.STOP, A.REJECT];

export function isClockPaused(status: DossierStatus): status is PausedStatus {
  return status === S.SUPPLEMENT_REQUESTED || status === S.WAITING_FOR_FEE;
}

/** No action leads anywhere from here. */
export function isTerminal(status: DossierStatus): boolean {
  return status === S.REFUSED || status === S.RETURNED || status === S.WITHDRAWN || status === S.STOPPED;
}

/**
 * Processing is over and the legal clock has stopped for good: the result is ready (or returned), or
 * the dossier was refused, withdrawn or stopped. The moment a dossier enters such a state is its
 * settlement time for timeliness; RESULT_READY → RETURNED does not move it.
 */
export function isSettled(status: DossierStatus): boolean {
  return status === S.RESULT_READY || isTerminal(status);
}

/**
 * A handler can be assigned (phân công): received and not yet settled — waiting to be processed, being
 * processed, or paused for the citizen during processing.
 */
export function isAssignable(status: DossierStatus, pausedFrom?: DossierStatus | null): boolean {
  return status === S.RECEIVED || status === S.IN_PROGRESS || pausedFrom === S.IN_PROGRESS;
}

function invalid(from: DossierStatus, action: DossierAction, reason: string): TransitionResult {
  return { ok: false, code: 'INVALID_TRANSITION', from, action, reason };
}

function fromUnpaused(status: Exclude<DossierStatus, PausedStatus>, action: DossierAction): TransitionResult {
  const target = MOVES[status][action];
  if (!target) {
    const why = isTerminal(status) ? `${status} is final` : `${action} is not allowed in ${status}`;
    return invalid(status, action, why);
  }
  return isClockPaused(target) ? { ok: true, status: target, pausedFrom: status } : { ok: true, status: target };
}

function fromPaused(status: PausedStatus, action: DossierAction, ctx: TransitionContext): TransitionResult {
  const pause = PAUSES[status];
  const origin = ctx.pausedFrom;
  if (!origin) return invalid(status, action, `pausedFrom is required to act on a dossier in ${status}`);
  if (!pause.origins.includes(origin)) return invalid(status, action, `${status} cannot follow ${origin}`);
  if (action === pause.resume) return { ok: true, status: origin };
  if (!EXITS_WHILE_PAUSED.includes(action)) return invalid(status, action, `${action} is not allowed in ${status}`);
  const exit = fromUnpaused(origin as Exclude<DossierStatus, PausedStatus>, action);
  return exit.ok ? exit : invalid(status, action, `${action} is not allowed in ${status} paused from ${origin}`);
}

export function transition(status: DossierStatus, action: DossierAction, ctx: TransitionContext = {}): TransitionResult {
  return isClockPaused(status) ? fromPaused(status, action, ctx) : fromUnpaused(status, action);
}

/**
 * Actions possible in a state, in declaration order. For a pause without `pausedFrom`, the union over
 * the states it can follow (what a list screen can offer before it knows the origin).
 */
export function allowedActions(status: DossierStatus, ctx: TransitionContext = {}): DossierAction[] {
  const origins: readonly (DossierStatus | undefined)[] = isClockPaused(status) && !ctx.pausedFrom ? PAUSES[status].origins : [ctx.pausedFrom];
  return Object.values(DossierAction).filter((action) => origins.some((pausedFrom) => transition(status, action, { pausedFrom }).ok));
}

/**
 * Who may perform each action. OFFICIAL and ADMIN perform none: officials watch indicators, admins
 * configure; neither moves a citizen's dossier. Transitions driven by the system itself (the payment
 * IPN confirming FEE_PAID, the postal adapter reporting delivery as RETURN_RESULT) are performed by the
 * service on its own authority and do not go through this check.
 */
const PERFORMERS: Record<DossierAction, readonly Role[]> = {
  [A.SUBMIT]: ['CITIZEN', 'VOLUNTEER', 'INTAKE'],
  [A.RECEIVE]: ['INTAKE'],
  [A.RECEIVE_AT_COUNTER]: ['INTAKE'],
  [A.REQUEST_SUPPLEMENT]: ['INTAKE', 'HANDLER'],
  [A.SUPPLEMENT]: ['CITIZEN', 'VOLUNTEER', 'INTAKE'],
  [A.REFUSE]: ['INTAKE'],
  [A.REQUIRE_FEE]: ['INTAKE', 'HANDLER'],
  [A.FEE_PAID]: ['INTAKE'], // cash at the counter; online payments arrive through the IPN
  [A.START_PROCESSING]: ['INTAKE', 'HANDLER'],
  [A.TRANSFER]: ['HANDLER', 'APPROVER'],
  [A.RECORD_STEP]: ['HANDLER', 'APPROVER'],
  [A.APPROVE]: ['APPROVER'],
  [A.REJECT]: ['HANDLER', 'APPROVER'],
  [A.RETURN_RESULT]: ['INTAKE', 'CITIZEN', 'VOLUNTEER'], // handed over at the counter, or downloaded by the citizen or the volunteer who submitted
  [A.WITHDRAW]: ['CITIZEN', 'INTAKE'], // the officer records a withdrawal asked for at the counter
  [A.STOP]: ['CITIZEN', 'INTAKE'],
};

export function canPerform(roles: readonly Role[], action: DossierAction): boolean {
  return roles.some((role) => PERFORMERS[action].includes(role));
}

/**
 * Status codes of the national public service portal (Cổng Dịch vụ công quốc gia, TrangThaiHoSo in its
 * dossier-sync interface). The list is not taken from the official VPCP connection specification,
 * which was not at hand; it is the list used identically by several independent DVCQG connectors
 * (one-stop systems of provinces and ministries) found in public code.
 */
export const NATIONAL_STATUS_LABELS = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
} as const;

export type NationalStatusCode = keyof typeof NATIONAL_STATUS_LABELS;

const NATIONAL_CODES: Record<DossierStatus, NationalStatusCode | null> = {
  [S.DRAFT]: null, // never sent: the portal only knows submitted dossiers
  [S.SUBMITTED]: 1,
  [S.RECEIVED]: 2,
  [S.REFUSED]: 3,
  [S.IN_PROGRESS]: 4,
  [S.SUPPLEMENT_REQUESTED]: 5,
  [S.WAITING_FOR_FEE]: 6,
  [S.WITHDRAWN]: 7,
  [S.STOPPED]: 8,
  [S.RESULT_READY]: 9,
  [S.RETURNED]: 10,
};

/**
 * The portal's code for a state. A dossier refused after it was received (REJECT during processing)
 * is reported as 8 "Dừng xử lý" rather than 3 "Không được tiếp nhận", which means refused at intake;
 * this follows how the connectors above describe code 8 (stopped because the dossier does not qualify)
 * and is our reading, not a rule quoted from the portal.
 */
export function nationalStatusCode(status: DossierStatus, options: { refusedAfterReceipt?: boolean } = {}): NationalStatusCode | null {
  if (status === S.REFUSED && options.refusedAfterReceipt) return 8;
  return NATIONAL_CODES[status];
}
