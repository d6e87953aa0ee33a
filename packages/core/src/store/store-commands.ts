import type { CheckIn, KeyResult, Metric, Objective, ObjectiveState } from '../model/model.types';
import type { ValidationError } from '../validation/index';
import { ValidationFailedError } from './errors';
import type { RecordTables } from './store-records';
import type { CheckInInput } from './store.types';

/** Throws a {@link ValidationFailedError} for one field. */
export function fail(path: string, message: string): never {
  throw new ValidationFailedError([{ path, message }]);
}

/** Checks the references a record makes against the store's tables. */
export function referenceErrors(tables: RecordTables, kind: 'objective' | 'keyResult' | 'checkIn', record: Objective | KeyResult | CheckIn): ValidationError[] {
  const errors: ValidationError[] = [];
  const missing = (path: string, noun: string, id: string) => errors.push({ path, message: `names no ${noun} with id "${id}"` });
  if (kind === 'objective') {
    const objective = record as Objective;
    if (!tables.period.has(objective.periodId)) missing('periodId', 'period', objective.periodId);
    if (objective.parentId !== undefined) {
      if (objective.parentId === objective.id) errors.push({ path: 'parentId', message: 'an objective cannot serve itself' });
      else if (!tables.objective.has(objective.parentId)) missing('parentId', 'objective', objective.parentId);
      else if (leadsTo(tables, objective.parentId, objective.id)) {
        errors.push({ path: 'parentId', message: `would make an alignment loop: "${objective.parentId}" already serves "${objective.id}"` });
      }
    }
    objective.contributesTo?.forEach((id, index) => {
      if (!tables.objective.has(id)) missing(`contributesTo[${index}]`, 'objective', id);
    });
  } else if (kind === 'keyResult') {
    const keyResult = record as KeyResult;
    if (!tables.objective.has(keyResult.objectiveId)) missing('objectiveId', 'objective', keyResult.objectiveId);
  } else if (!tables.keyResult.has((record as CheckIn).keyResultId)) {
    missing('keyResultId', 'key result', (record as CheckIn).keyResultId);
  }
  return errors;
}

/** Whether following `parentId` from `fromId` reaches `targetId`. */
function leadsTo(tables: RecordTables, fromId: string, targetId: string): boolean {
  const seen = new Set<string>();
  let at: string | undefined = fromId;
  while (at !== undefined && !seen.has(at)) {
    if (at === targetId) return true;
    seen.add(at);
    at = tables.objective.get(at)?.parentId;
  }
  return false;
}

/**
 * The metric a KR has after a check-in, and the check-in's recorded value.
 * numeric and guardrails take `value`; binary takes `done` (or value ≥ 1); milestones take
 * their done flags (or `value` = how many are done, in order).
 */
export function metricAfterCheckIn(metric: Metric, input: CheckInInput): { metric: Metric; value: number } {
  switch (metric.kind) {
    case 'numeric':
    case 'guardrail':
    case 'guardrail-range': {
      if (typeof input.value !== 'number' || !Number.isFinite(input.value)) fail('value', 'must be a number');
      return { metric: { ...metric, current: input.value }, value: input.value };
    }
    case 'binary': {
      const done = input.done ?? (typeof input.value === 'number' ? input.value >= 1 : undefined);
      if (done === undefined) fail('done', 'must be true or false');
      return { metric: { ...metric, done }, value: done ? 1 : 0 };
    }
    case 'milestones': {
      const count = metric.milestones.length;
      let flags = input.milestones;
      if (!flags) {
        if (typeof input.value !== 'number' || !Number.isInteger(input.value) || input.value < 0 || input.value > count) {
          fail('value', `must be a whole number from 0 to ${count}`);
        }
        flags = metric.milestones.map((_, index) => index < (input.value as number));
      }
      if (flags.length !== count) fail('milestones', `must list ${count} done flags, one per milestone`);
      const milestones = metric.milestones.map((milestone, index) => ({ ...milestone, done: flags[index] === true }));
      return { metric: { ...metric, milestones }, value: milestones.filter((milestone) => milestone.done).length };
    }
    default:
      return metric satisfies never;
  }
}

/** Lifecycle moves the store allows: draft ⇄ proposed → active → closed, and reopening. */
const TRANSITIONS: Record<ObjectiveState, readonly ObjectiveState[]> = {
  draft: ['proposed', 'active'],
  proposed: ['draft', 'active'],
  active: ['closed', 'proposed'],
  closed: ['active'],
};

/** Throws unless `from → to` is a lifecycle move the store allows (or a no-op). */
export function assertTransition(from: ObjectiveState, to: ObjectiveState, retrospective: string | undefined): void {
  if (from === to) return;
  if (!TRANSITIONS[from].includes(to)) {
    fail('state', `cannot go from ${from} to ${to}; from ${from} it can go to ${TRANSITIONS[from].join(' or ')}`);
  }
  if (to === 'closed' && !retrospective?.trim()) {
    fail('retrospective', 'write a retrospective (what was met, what was missed and why) before closing');
  }
}
