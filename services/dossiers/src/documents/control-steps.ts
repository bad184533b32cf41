import type { Custodian, CustodyRole } from '../domain/custody';
import { addWorkingDays, type Interval } from '../domain/working-days';
import type { ControlStep, ControlStepParty } from './types';

/** A step of the procedure's handling rules: who, where, and how many working days it has. */
interface StepRule {
  role: string;
  days: number;
  level: string;
}

export interface ControlStepContext {
  /** Names (and levels) of the units that held the dossier, by code: 'Xã Hậu Nghĩa', 'Tỉnh Tây Ninh'. */
  units: ReadonlyMap<string, { name: string; level: string }>;
  /** The pinned version's handling steps. */
  rules: readonly StepRule[];
  /** The appointment given to the citizen: the deadline of a step the rules do not price, and of handing the result back. */
  dossierDueAt: Date | null;
  /** Pauses of the legal clock (supplement, fee): a step's time does not run in them either. */
  pauses: readonly Interval[];
}

const ROLE_LABEL: Record<CustodyRole, string> = {
  INTAKE: 'Bộ phận Một cửa',
  HANDLER: 'Công chức xử lý',
  APPROVER: 'Lãnh đạo phê duyệt',
};

/**
 * The rows of the control slip: one per hand-over, from the holder who gave the dossier to the one who took it,
 * with the unit of each, the receiving step's deadline (its working days from the rules of its role and level,
 * counted from the hand-over) and, once that step is over, whether it finished early, on time or late.
 */
export function controlSteps(chain: readonly Custodian[], ctx: ControlStepContext): ControlStep[] {
  return chain.slice(1).map((holder, i) => {
    const giver = chain[i]!;
    const dueAt = stepDueAt(holder, i + 1, ctx);
    return {
      from: party(giver, ctx),
      to: party(holder, ctx),
      handedOverAt: holder.since,
      ...(dueAt ? { dueAt } : {}),
      ...(holder.done && holder.lastActAt ? { completedAt: holder.lastActAt } : {}),
    };
  });
}

function party(holder: Custodian, ctx: ControlStepContext): ControlStepParty {
  const unitName = ctx.units.get(holder.unitCode)?.name ?? holder.unitCode;
  const unit = holder.role ? `${ROLE_LABEL[holder.role]}, ${unitName}` : unitName;
  return holder.person ? { unit, fullName: holder.person } : { unit };
}

/** The counter handing the result back answers to the appointment; any other step to its own working days. */
function stepDueAt(holder: Custodian, position: number, ctx: ControlStepContext): Date | undefined {
  if (holder.role === 'INTAKE' && position > 0) return ctx.dossierDueAt ?? undefined;
  const level = ctx.units.get(holder.unitCode)?.level;
  const rule = ctx.rules.find((r) => r.level === level && (holder.role ? r.role === holder.role : r.role !== 'INTAKE'));
  if (!rule) return ctx.dossierDueAt ?? undefined;
  return addWorkingDays(holder.since, rule.days, ctx.pauses) ?? undefined;
}
