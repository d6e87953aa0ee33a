import type { CheckIn, KeyResult, Objective, Period } from '../model/model.types';
import { isCalendarDate, isDateTime } from './formats';
import { OKR_LIMITS } from './limits';
import { idProblem, lineProblem, longTextProblem } from './text-rules';

/**
 * Hand-written predicates that accept exactly the records the valibot schemas of
 * `schemas.ts` accept, without building issues or copies: the store runs them over every
 * record it loads (80,000 records of a large organisation), and asks the schemas for the
 * messages only when one says no. `test/validation-fast-path.test.ts` checks that both agree
 * on random valid and invalid records; a rule added to the schemas must be added here too.
 */

type Fields = Record<string, unknown>;

const { text: maxText, list: maxList } = OKR_LIMITS;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isId = (value: unknown): boolean => typeof value === 'string' && idProblem(value) === undefined;
const isOptionalId = (value: unknown): boolean => value === undefined || isId(value);
const isLine = (value: unknown, max: number): boolean => typeof value === 'string' && lineProblem(value, max) === undefined;
const isOptionalLongText = (value: unknown, max: number): boolean =>
  value === undefined || (typeof value === 'string' && longTextProblem(value, max) === undefined);
const isOptionalBoolean = (value: unknown): boolean => value === undefined || typeof value === 'boolean';
const isAmount = (value: unknown): value is number =>
  typeof value === 'number' && value >= -OKR_LIMITS.metricValue && value <= OKR_LIMITS.metricValue;
const isOptionalWeight = (value: unknown): boolean =>
  value === undefined || (typeof value === 'number' && value >= 0 && value <= OKR_LIMITS.weight);

function isOptionalIds(value: unknown): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value) || value.length > maxList.contributesTo) return false;
  for (let at = 0; at < value.length; at++) if (!isId(value[at])) return false;
  return true;
}

function isOptionalUnit(unit: unknown): boolean {
  if (unit === undefined) return true;
  if (!isObject(unit)) return false;
  switch (unit.kind) {
    case 'count':
    case 'percent':
      return true;
    case 'currency':
      return typeof unit.currency === 'string' && /^[A-Z]{3}$/.test(unit.currency);
    case 'custom':
      return isLine(unit.label, maxText.unitLabel) && (unit.labelOne === undefined || isLine(unit.labelOne, maxText.unitLabel));
    default:
      return false;
  }
}

function isMetric(metric: unknown): boolean {
  if (!isObject(metric)) return false;
  switch (metric.kind) {
    case 'numeric': {
      const { direction, start, target, current } = metric;
      if (!isAmount(start) || !isAmount(target) || !isAmount(current) || !isOptionalUnit(metric.unit)) return false;
      if (direction === 'increase') return target >= start;
      return direction === 'decrease' && target <= start;
    }
    case 'binary':
      return typeof metric.done === 'boolean';
    case 'milestones': {
      const { milestones } = metric;
      if (!Array.isArray(milestones) || milestones.length > maxList.milestones) return false;
      for (let at = 0; at < milestones.length; at++) {
        const milestone: unknown = milestones[at];
        if (!isObject(milestone) || !isLine(milestone.title, maxText.title)) return false;
        if (typeof milestone.done !== 'boolean' || !isOptionalWeight(milestone.weight)) return false;
      }
      return true;
    }
    case 'guardrail':
      return (
        (metric.bound === 'above' || metric.bound === 'below') &&
        isAmount(metric.threshold) &&
        isAmount(metric.current) &&
        isOptionalBoolean(metric.inclusive) &&
        isOptionalUnit(metric.unit)
      );
    case 'guardrail-range':
      return (
        isAmount(metric.min) &&
        isAmount(metric.max) &&
        isAmount(metric.current) &&
        isOptionalBoolean(metric.inclusive) &&
        isOptionalUnit(metric.unit) &&
        metric.min <= metric.max
      );
    default:
      return false;
  }
}

/**
 * Whether `input` is a valid {@link Period} (the rules of `validatePeriod`).
 * @example isValidPeriod({ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }) // true
 */
export function isValidPeriod(input: unknown): input is Period {
  if (!isObject(input)) return false;
  const { start, end } = input;
  return (
    isId(input.id) &&
    isLine(input.name, maxText.periodName) &&
    typeof start === 'string' &&
    isCalendarDate(start) &&
    typeof end === 'string' &&
    isCalendarDate(end) &&
    isOptionalId(input.parentId) &&
    start <= end
  );
}

/**
 * Whether `input` is a valid {@link Objective} (the rules of `validateObjective`).
 * @example isValidObjective({ id: 'o1', title: 'Grow', periodId: 'q1', priority: 0 }) // false
 */
export function isValidObjective(input: unknown): input is Objective {
  if (!isObject(input)) return false;
  const { priority, kind, state } = input;
  return (
    isId(input.id) &&
    isLine(input.title, maxText.title) &&
    isOptionalLongText(input.description, maxText.description) &&
    isId(input.periodId) &&
    isOptionalId(input.ownerId) &&
    isOptionalId(input.teamId) &&
    isOptionalId(input.parentId) &&
    isOptionalIds(input.contributesTo) &&
    isOptionalWeight(input.weight) &&
    (priority === undefined || (Number.isInteger(priority) && (priority as number) >= 1 && (priority as number) <= OKR_LIMITS.priority)) &&
    (kind === undefined || kind === 'committed' || kind === 'aspirational') &&
    (state === undefined || state === 'draft' || state === 'proposed' || state === 'active' || state === 'closed') &&
    isOptionalLongText(input.retrospective, maxText.retrospective)
  );
}

/**
 * Whether `input` is a valid {@link KeyResult} with a valid metric (the rules of `validateKeyResult`).
 * @example isValidKeyResult({ id: 'kr1', objectiveId: 'o1', title: 'Ship', metric: { kind: 'binary', done: false } }) // true
 */
export function isValidKeyResult(input: unknown): input is KeyResult {
  if (!isObject(input)) return false;
  return (
    isId(input.id) &&
    isId(input.objectiveId) &&
    isLine(input.title, maxText.title) &&
    isMetric(input.metric) &&
    isOptionalWeight(input.weight) &&
    isOptionalId(input.ownerId) &&
    isOptionalIds(input.contributesTo) &&
    (input.position === undefined || (Number.isInteger(input.position) && (input.position as number) >= 1 && (input.position as number) <= OKR_LIMITS.priority))
  );
}

/**
 * Whether `input` is a valid {@link CheckIn} (the rules of `validateCheckIn`).
 * @example isValidCheckIn({ id: 'c1', keyResultId: 'kr1', at: '2026-03-02T09:30:00Z', value: 12 }) // true
 */
export function isValidCheckIn(input: unknown): input is CheckIn {
  if (!isObject(input)) return false;
  const { at, confidence } = input;
  return (
    isId(input.id) &&
    isId(input.keyResultId) &&
    typeof at === 'string' &&
    isDateTime(at) &&
    isAmount(input.value) &&
    (confidence === undefined || (typeof confidence === 'number' && confidence >= 0 && confidence <= 1)) &&
    isOptionalLongText(input.note, maxText.note) &&
    isOptionalId(input.authorId)
  );
}
