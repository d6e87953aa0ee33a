import { safeParse, type GenericSchema } from 'valibot';
import type { CheckIn, KeyResult, Objective, OkrSet, Period } from '../model/model.types';
import { crossRecordErrors } from './references';
import { formatPath } from './schema-parts';
import { schemas } from './schemas';
import type { ValidationError, ValidationResult } from './validation.types';


function validate<T>(
  schema: GenericSchema,
  input: unknown,
  crossRecord?: (value: T) => ValidationError[],
): ValidationResult<T> {
  try {
    // One message per field: stop a field's checks at its first failure ("must be a number",
    // not also "must be 0 or more"), and skip cross-field checks on a record that is already wrong.
    const result = safeParse(schema, input, { abortPipeEarly: true });
    if (!result.success) {
      return { ok: false, errors: result.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
    }
    const value = result.output as T;
    const errors = crossRecord ? crossRecord(value) : [];
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
  } catch {
    // Only a hostile input gets here (a proxy or a getter that throws): validators never throw.
    return { ok: false, errors: [{ path: '', message: 'could not be read' }] };
  }
}

/**
 * Checks a whole {@link OkrSet}: every record against the model, then the rules that span
 * records — unique ids per collection, references that resolve (`periodId`, `parentId`,
 * `objectiveId`, `keyResultId`, `contributesTo`) and no loop in objective alignment or
 * period nesting. Cross-record rules run once every record is well-formed, so their paths
 * can be trusted. Unknown extra properties are kept. Never throws.
 *
 * On success `value` is a shallow copy of the input, typed as an `OkrSet`.
 * @example
 * const result = validateOkrSet(JSON.parse(text));
 * if (!result.ok) result.errors // [{ path: 'keyResults[2].metric.target', message: 'must be a number' }]
 */
export function validateOkrSet(input: unknown): ValidationResult<OkrSet> {
  return validate(schemas().okrSetSchema, input, crossRecordErrors);
}

/**
 * Checks one {@link Period}: a non-empty id and name, real calendar dates, start ≤ end.
 * References to other records are not checked (use {@link validateOkrSet} for those).
 * @example validatePeriod({ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-02-30' })
 * // { ok: false, errors: [{ path: 'end', message: 'must be a calendar date YYYY-MM-DD' }] }
 */
export function validatePeriod(input: unknown): ValidationResult<Period> {
  return validate(schemas().periodSchema, input);
}

/**
 * Checks one {@link Objective}, e.g. at a store's write boundary: kind and state enums,
 * weight ≥ 0, priority a whole number ≥ 1. References are not resolved.
 * @example validateObjective({ id: 'o1', title: 'Significantly increase user activity', periodId: 'q1', priority: 0 })
 * // { ok: false, errors: [{ path: 'priority', message: 'must be a whole number of 1 or more' }] }
 */
export function validateObjective(input: unknown): ValidationResult<Objective> {
  return validate(schemas().objectiveSchema, input);
}

/**
 * Checks one {@link KeyResult} and its metric: a numeric target on the side of the start its
 * direction says, units (currency as an ISO 4217 code), milestone weights ≥ 0, a
 * guardrail range with min ≤ max. References are not resolved.
 * @example validateKeyResult({ id: 'kr1', objectiveId: 'o1', title: 'Churn down to 3 %',
 *   metric: { kind: 'numeric', direction: 'decrease', start: 5, target: 6, current: 5 } })
 * // errors: [{ path: 'metric.target', message: 'target must be at or below start for a decreasing metric' }]
 */
export function validateKeyResult(input: unknown): ValidationResult<KeyResult> {
  return validate(schemas().keyResultSchema, input);
}

/**
 * Checks one {@link CheckIn}: an ISO date-time with a time zone, a finite value and a
 * confidence in 0..1. References are not resolved.
 * @example validateCheckIn({ id: 'c1', keyResultId: 'kr1', at: '2026-03-02T09:30:00Z', value: 12, confidence: 0.7 })
 * // { ok: true, value: { … } }
 */
export function validateCheckIn(input: unknown): ValidationResult<CheckIn> {
  return validate(schemas().checkInSchema, input);
}
