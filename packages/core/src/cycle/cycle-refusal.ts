import type { IsoDate } from '../model/model.types';
import { ValidationFailedError } from '../store/errors';
import type { PlanningPhase, VotingMethod } from './cycle.types';

/** An action of the planning meeting that a phase allows or not (see `PHASES_OF_ACTION`). */
export type PlanningAction = 'propose' | 'comment' | 'vote' | 'confirm';

/**
 * Why the planning cycle's rules refuse something — the cycle's phase, a deadline, a role —
 * as data: a stable `code` a widget words through its own labels (in the reader's language),
 * the facts the sentence needs, and `message`, okrkit's English sentence for logs and tests.
 * Codes never change meaning; new ones may be added.
 * - `wrong-phase`: the action happens in `phases`; the cycle is in `phase`.
 * - `deadline-passed`: the cycle's `phase` ended on `deadline` (inclusive, UTC calendar dates).
 * - `not-a-proposer` / `not-a-voter` / `not-the-confirmer`: `personId` lacks that role in the cycle.
 * - `not-a-discussant`: `personId` is neither a voter, the confirmer nor the proposal's proposer.
 * - `last-phase`: the cycle is in its last phase; there is nothing to move on to.
 * - `phase-backwards`: moving from `from` to `to` goes back (reopen it with a reason instead).
 * - `reopen-not-earlier`: reopening must go to an earlier phase than `from`.
 * - `wrong-ballot-kind`: the cycle votes by `expected`.
 * - `over-budget`: a points ballot spends `spent` of `budget` points.
 * - `no-confirmer`: a cycle needs someone with the confirmer role.
 * @example
 * const refusal = phaseAllows(cycle, 'vote', '2026-03-20');
 * if (!refusal.ok && refusal.code === 'deadline-passed') show(labels.phaseEnded(refusal.phase, refusal.deadline));
 */
export type CycleRefusal =
  | { code: 'wrong-phase'; action: PlanningAction; phase: PlanningPhase; phases: readonly PlanningPhase[]; message: string }
  | { code: 'deadline-passed'; action: PlanningAction; phase: PlanningPhase; deadline: IsoDate; message: string }
  | { code: 'not-a-proposer' | 'not-a-voter' | 'not-a-discussant' | 'not-the-confirmer'; personId: string; message: string }
  | { code: 'last-phase'; phase: PlanningPhase; message: string }
  | { code: 'phase-backwards' | 'reopen-not-earlier'; from: PlanningPhase; to: PlanningPhase; message: string }
  | { code: 'wrong-ballot-kind'; expected: VotingMethod['kind']; message: string }
  | { code: 'over-budget'; spent: number; budget: number; message: string }
  | { code: 'no-confirmer'; message: string };

/** The stable codes of {@link CycleRefusal}. */
export type CycleRefusalCode = CycleRefusal['code'];

/** Every {@link CycleRefusalCode}, e.g. for a label set's completeness test. */
export const CYCLE_REFUSAL_CODES: readonly CycleRefusalCode[] = [
  'wrong-phase',
  'deadline-passed',
  'not-a-proposer',
  'not-a-voter',
  'not-a-discussant',
  'not-the-confirmer',
  'last-phase',
  'phase-backwards',
  'reopen-not-earlier',
  'wrong-ballot-kind',
  'over-budget',
  'no-confirmer',
];

/**
 * A cycle-store command refused by the cycle's rules (phase, deadline, role, ballot). Still a
 * `ValidationFailedError` (code `validation`, `errors` with the path and English message), so
 * existing handling keeps working; `refusal` adds the stable code and its facts for wording.
 * @example
 * try { await cycles.vote(input) } catch (error) { if (error instanceof CycleRuleError) say(labels.refusals[error.refusal.code]) }
 */
export class CycleRuleError extends ValidationFailedError {
  // `name` stays 'ValidationFailedError': code that tells errors apart by name keeps working.
  constructor(
    readonly path: string,
    readonly refusal: CycleRefusal,
  ) {
    super([{ path, message: refusal.message }]);
  }
}

/**
 * The refusal a cycle-store command failed with, or undefined when it failed for another
 * reason (storage, a conflict, invalid data). Works across bundles (checks the shape, not the class).
 * @example const refusal = cycleRefusalOf(error); if (refusal?.code === 'not-a-voter') …
 */
export function cycleRefusalOf(error: unknown): CycleRefusal | undefined {
  if (error instanceof CycleRuleError) return error.refusal;
  const refusal = typeof error === 'object' && error !== null ? (error as { refusal?: unknown }).refusal : undefined;
  return typeof refusal === 'object' && refusal !== null && typeof (refusal as { code?: unknown }).code === 'string' && CYCLE_REFUSAL_CODES.includes((refusal as { code: CycleRefusalCode }).code) ? (refusal as CycleRefusal) : undefined;
}
