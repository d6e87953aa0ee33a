import { isCalendarDate, isDateTime } from '../validation/formats';
import { OKR_LIMITS } from '../validation/limits';
import { TEXT_MESSAGES, idProblem, isWithin, lineProblem, longTextProblem, rangeMessage } from '../validation/text-rules';
import type { ValidationError, ValidationResult } from '../validation/validation.types';
import type { CycleRecordKind } from './cycle.types';
import { CLOSING_RESULTS, PLANNING_PHASES } from './cycle.types';
import type { RecordOfKind } from '../store/adapter.types';

/*
 * Validators of the planning cycle's records, written by hand in the style of the weekly
 * report's: each field's path and a plain message, every text and list bounded by
 * OKR_LIMITS, unknown fields refused (storage keeps exactly what the model knows). They
 * return a copy, so a caller editing its input afterwards never changes what was validated.
 */

type Record_ = Record<string, unknown>;
const isObject = (value: unknown): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);

class Checker {
  readonly errors: ValidationError[] = [];
  add(path: string, message: string): void {
    if (this.errors.length < 100) this.errors.push({ path, message });
  }
  object(value: unknown, path: string, fields: readonly string[]): value is Record_ {
    if (!isObject(value)) {
      this.add(path, 'must be an object');
      return false;
    }
    for (const key of Object.keys(value)) if (!fields.includes(key)) this.add(path ? `${path}.${key}` : key, 'is not a known field');
    return true;
  }
  id(value: unknown, path: string, optional = false): void {
    if (value === undefined && optional) return;
    if (typeof value !== 'string') return this.add(path, 'must be a string');
    const problem = idProblem(value);
    if (problem) this.add(path, problem);
  }
  line(value: unknown, path: string, max: number): void {
    if (typeof value !== 'string') return this.add(path, 'must be a string');
    const problem = lineProblem(value, max);
    if (problem) this.add(path, problem);
  }
  text(value: unknown, path: string, max: number, { optional = false, required = false } = {}): void {
    if (value === undefined && optional) return;
    if (typeof value !== 'string') return this.add(path, 'must be a string');
    if (required && value.trim() === '') return this.add(path, TEXT_MESSAGES.blank);
    const problem = longTextProblem(value, max);
    if (problem) this.add(path, problem);
  }
  oneOf(value: unknown, path: string, options: readonly string[]): void {
    if (typeof value !== 'string' || !options.includes(value)) this.add(path, `must be one of ${options.map((option) => `'${option}'`).join(', ')}`);
  }
  list(value: unknown, path: string, max: number): value is unknown[] {
    if (!Array.isArray(value)) {
      this.add(path, 'must be a list');
      return false;
    }
    if (value.length > max) {
      this.add(path, TEXT_MESSAGES.tooMany(max));
      return false;
    }
    return true;
  }
  number(value: unknown, path: string, min: number, max: number, { integer = false } = {}): void {
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.add(path, 'must be a number');
    if (integer && !Number.isInteger(value)) return this.add(path, 'must be a whole number');
    if (!isWithin(value, Math.max(Math.abs(min), Math.abs(max))) || value < min || value > max) this.add(path, rangeMessage(min, max));
  }
  dateTime(value: unknown, path: string): void {
    if (value === undefined) return;
    if (typeof value !== 'string' || !isDateTime(value)) this.add(path, 'must be an ISO 8601 date-time');
  }
  unique(values: readonly unknown[], path: string, what: string): void {
    const seen = new Set<unknown>();
    values.forEach((value, index) => {
      if (seen.has(value)) this.add(`${path}[${index}]`, `lists ${what} "${String(value)}" twice`);
      seen.add(value);
    });
  }
}

const ROLES = ['proposer', 'voter', 'confirmer'] as const;
const STANCES = ['for', 'against', 'question'] as const;
/** A grade on any strategy's scale: Google's 0–1, percent's 0–100, or a host's own. */
const GRADE_LIMIT = OKR_LIMITS.metricValue;

function checkCycle(c: Checker, input: unknown): void {
  if (!c.object(input, '', ['id', 'periodId', 'phase', 'phases', 'participants', 'votingMethod', 'decision', 'reopenings'])) return;
  c.id(input.id, 'id');
  c.id(input.periodId, 'periodId');
  c.oneOf(input.phase, 'phase', PLANNING_PHASES);
  if (c.list(input.phases, 'phases', PLANNING_PHASES.length)) {
    input.phases.forEach((entry, index) => {
      const path = `phases[${index}]`;
      if (!c.object(entry, path, ['phase', 'deadline'])) return;
      c.oneOf(entry.phase, `${path}.phase`, PLANNING_PHASES);
      if (entry.deadline !== undefined && (typeof entry.deadline !== 'string' || !isCalendarDate(entry.deadline))) c.add(`${path}.deadline`, 'must be a calendar date YYYY-MM-DD');
    });
    c.unique(input.phases.map((entry) => (isObject(entry) ? entry.phase : undefined)), 'phases', 'the phase');
    const deadlines = input.phases.flatMap((entry) => (isObject(entry) && typeof entry.deadline === 'string' ? [{ at: PLANNING_PHASES.indexOf(entry.phase as never), deadline: entry.deadline }] : []));
    deadlines.sort((a, b) => a.at - b.at);
    deadlines.forEach((entry, index) => {
      const before = deadlines[index - 1];
      if (before && before.deadline > entry.deadline) c.add('phases', `the deadline of ${PLANNING_PHASES[entry.at]} (${entry.deadline}) comes before that of ${PLANNING_PHASES[before.at]} (${before.deadline})`);
    });
  }
  if (c.list(input.participants, 'participants', OKR_LIMITS.list.participants)) {
    input.participants.forEach((entry, index) => {
      const path = `participants[${index}]`;
      if (!c.object(entry, path, ['personId', 'roles'])) return;
      c.id(entry.personId, `${path}.personId`);
      if (c.list(entry.roles, `${path}.roles`, ROLES.length)) {
        entry.roles.forEach((role, at) => c.oneOf(role, `${path}.roles[${at}]`, ROLES));
        c.unique(entry.roles, `${path}.roles`, 'the role');
      }
    });
    c.unique(input.participants.map((entry) => (isObject(entry) ? entry.personId : undefined)), 'participants', 'the person');
  }
  const method = input.votingMethod;
  if (isObject(method) && method.kind === 'points') {
    if (c.object(method, 'votingMethod', ['kind', 'budget'])) c.number(method.budget, 'votingMethod.budget', 1, OKR_LIMITS.pointsBudget, { integer: true });
  } else if (isObject(method) && method.kind === 'ranking') {
    c.object(method, 'votingMethod', ['kind']);
  } else c.add('votingMethod.kind', "must be 'ranking' or 'points'");
  if (input.decision !== undefined) {
    const decision = input.decision;
    if (c.object(decision, 'decision', ['confirmerId', 'order', 'talliedOrder', 'overrideReason', 'rejections', 'decidedAt'])) {
      c.id(decision.confirmerId, 'decision.confirmerId');
      for (const field of ['order', 'talliedOrder'] as const) {
        if (c.list(decision[field], `decision.${field}`, OKR_LIMITS.list.ballot)) decision[field].forEach((id, index) => c.id(id, `decision.${field}[${index}]`));
      }
      if (decision.overrideReason !== undefined) c.line(decision.overrideReason, 'decision.overrideReason', OKR_LIMITS.text.reason);
      if (c.list(decision.rejections, 'decision.rejections', OKR_LIMITS.list.ballot)) {
        decision.rejections.forEach((entry, index) => {
          const path = `decision.rejections[${index}]`;
          if (!c.object(entry, path, ['proposalId', 'reason'])) return;
          c.id(entry.proposalId, `${path}.proposalId`);
          c.line(entry.reason, `${path}.reason`, OKR_LIMITS.text.reason);
        });
      }
      c.dateTime(decision.decidedAt, 'decision.decidedAt');
    }
  }
  if (input.reopenings !== undefined && c.list(input.reopenings, 'reopenings', OKR_LIMITS.list.reopenings)) {
    input.reopenings.forEach((entry, index) => {
      const path = `reopenings[${index}]`;
      if (!c.object(entry, path, ['from', 'to', 'reason', 'byId', 'at'])) return;
      c.oneOf(entry.from, `${path}.from`, PLANNING_PHASES);
      c.oneOf(entry.to, `${path}.to`, PLANNING_PHASES);
      c.line(entry.reason, `${path}.reason`, OKR_LIMITS.text.reason);
      c.id(entry.byId, `${path}.byId`, true);
      c.dateTime(entry.at, `${path}.at`);
    });
  }
}

function checkProposal(c: Checker, input: unknown): void {
  if (!c.object(input, '', ['id', 'cycleId', 'objectiveId', 'proposerId', 'strategy', 'createdAt'])) return;
  for (const field of ['id', 'cycleId', 'objectiveId', 'proposerId'] as const) c.id(input[field], field);
  c.line(input.strategy, 'strategy', OKR_LIMITS.text.strategy);
  c.dateTime(input.createdAt, 'createdAt');
}

function checkComment(c: Checker, input: unknown): void {
  if (!c.object(input, '', ['id', 'proposalId', 'authorId', 'stance', 'text', 'replyToId', 'createdAt'])) return;
  for (const field of ['id', 'proposalId', 'authorId'] as const) c.id(input[field], field);
  c.id(input.replyToId, 'replyToId', true);
  if (input.replyToId !== undefined && input.replyToId === input.id) c.add('replyToId', 'a comment cannot reply to itself');
  c.oneOf(input.stance, 'stance', STANCES);
  c.text(input.text, 'text', OKR_LIMITS.text.comment, { required: true });
  c.dateTime(input.createdAt, 'createdAt');
}

function checkVote(c: Checker, input: unknown): void {
  if (!c.object(input, '', ['id', 'cycleId', 'voterId', 'ballot', 'castAt'])) return;
  for (const field of ['id', 'cycleId', 'voterId'] as const) c.id(input[field], field);
  c.dateTime(input.castAt, 'castAt');
  const ballot = input.ballot;
  if (isObject(ballot) && ballot.kind === 'ranking') {
    if (c.object(ballot, 'ballot', ['kind', 'ranking']) && c.list(ballot.ranking, 'ballot.ranking', OKR_LIMITS.list.ballot)) {
      ballot.ranking.forEach((id, index) => c.id(id, `ballot.ranking[${index}]`));
      c.unique(ballot.ranking, 'ballot.ranking', 'the proposal');
    }
  } else if (isObject(ballot) && ballot.kind === 'points') {
    if (c.object(ballot, 'ballot', ['kind', 'points'])) {
      if (!isObject(ballot.points)) c.add('ballot.points', 'must be an object of points per proposal id');
      else {
        const entries = Object.entries(ballot.points);
        if (entries.length > OKR_LIMITS.list.ballot) c.add('ballot.points', TEXT_MESSAGES.tooMany(OKR_LIMITS.list.ballot));
        else for (const [id, points] of entries) {
          const path = `ballot.points[${JSON.stringify(id)}]`;
          const problem = idProblem(id);
          if (problem) c.add(path, `names a proposal id that ${problem}`);
          c.number(points, path, 0, OKR_LIMITS.pointsBudget, { integer: true });
        }
      }
    }
  } else c.add('ballot.kind', "must be 'ranking' or 'points'");
}

function checkCloseOut(c: Checker, input: unknown): void {
  if (!c.object(input, '', ['id', 'objectiveId', 'result', 'keyResults', 'grade', 'scoringStrategyId', 'retrospective', 'carriedOverToId', 'closedById', 'closedAt'])) return;
  c.id(input.id, 'id');
  c.id(input.objectiveId, 'objectiveId');
  c.oneOf(input.result, 'result', CLOSING_RESULTS);
  c.number(input.grade, 'grade', -GRADE_LIMIT, GRADE_LIMIT);
  c.id(input.scoringStrategyId, 'scoringStrategyId');
  c.id(input.carriedOverToId, 'carriedOverToId', true);
  if (input.result === 'carried-over' && input.carriedOverToId === undefined) c.add('carriedOverToId', 'names the objective that continues it, when the result is carried-over');
  if (input.carriedOverToId !== undefined && input.carriedOverToId === input.objectiveId) c.add('carriedOverToId', 'an objective cannot continue itself');
  c.id(input.closedById, 'closedById', true);
  c.dateTime(input.closedAt, 'closedAt');
  if (c.list(input.keyResults, 'keyResults', OKR_LIMITS.list.closeOutKeyResults)) {
    input.keyResults.forEach((entry, index) => {
      const path = `keyResults[${index}]`;
      if (!c.object(entry, path, ['keyResultId', 'suggestedGrade', 'grade', 'adjustmentReason'])) return;
      c.id(entry.keyResultId, `${path}.keyResultId`);
      c.number(entry.suggestedGrade, `${path}.suggestedGrade`, -GRADE_LIMIT, GRADE_LIMIT);
      c.number(entry.grade, `${path}.grade`, -GRADE_LIMIT, GRADE_LIMIT);
      if (entry.adjustmentReason !== undefined) c.line(entry.adjustmentReason, `${path}.adjustmentReason`, OKR_LIMITS.text.reason);
      else if (typeof entry.grade === 'number' && entry.grade !== entry.suggestedGrade) c.add(`${path}.adjustmentReason`, 'say why the grade differs from the suggested one');
    });
    c.unique(input.keyResults.map((entry) => (isObject(entry) ? entry.keyResultId : undefined)), 'keyResults', 'the key result');
  }
  if (c.object(input.retrospective, 'retrospective', ['met', 'missed', 'lessons'])) {
    const retrospective = input.retrospective as Record_;
    for (const part of ['met', 'missed', 'lessons'] as const) c.text(retrospective[part], `retrospective.${part}`, OKR_LIMITS.text.retrospectivePart);
    if ((['met', 'missed', 'lessons'] as const).every((part) => typeof retrospective[part] !== 'string' || (retrospective[part] as string).trim() === '')) {
      c.add('retrospective', 'write at least one of what was met, what was missed and why, or the lessons');
    }
  }
}

const CHECKS: Record<CycleRecordKind, (c: Checker, input: unknown) => void> = {
  planningCycle: checkCycle,
  proposal: checkProposal,
  proposalComment: checkComment,
  vote: checkVote,
  closeOut: checkCloseOut,
};

/**
 * Validates a record of one of the planning cycle's kinds: every field with its path and a
 * plain message, texts and lists within `OKR_LIMITS`, unknown fields refused. Rules that need
 * other records (a reply only to a top-level comment, one vote per voter) are the cycle
 * store's; references are storage's (`referencesOf`).
 * @example validateCycleRecord('vote', { id: 'v1', cycleId: 'c1', voterId: 'ben', ballot: { kind: 'ranking', ranking: ['p2', 'p2'] } })
 * // → { ok: false, errors: [{ path: 'ballot.ranking[1]', message: 'lists the proposal "p2" twice' }] }
 */
export function validateCycleRecord<K extends CycleRecordKind>(kind: K, input: unknown): ValidationResult<RecordOfKind[K]> {
  const checker = new Checker();
  try {
    CHECKS[kind](checker, input);
  } catch {
    checker.add('', 'could not be read');
  }
  return checker.errors.length > 0 ? { ok: false, errors: checker.errors } : { ok: true, value: structuredClone(input) as RecordOfKind[K] };
}
