import { array, boolean, check, forward, lazy, number, optional, pipe, string, type GenericSchema, type InferOutput } from 'valibot';
import type { CheckIn, KeyResult, Objective, OkrSet, Period } from '../model/model.types';
import { isCalendarDate, isDateTime } from './formats';
import { OKR_LIMITS } from './limits';
import { list, object, oneOf, ruled } from './schema-parts';
import { idProblem, isWithin, lineProblem, longTextProblem, rangeMessage } from './text-rules';

/**
 * Picks the schema of an object's `kind`. Smaller than valibot's `variant` and with plainer
 * errors: an unknown kind is reported on `kind` ("must be one of …"), a non-object as such.
 */
/* @__NO_SIDE_EFFECTS__ */
function byKind<const TSchemas extends Record<string, GenericSchema>>(schemas: TSchemas) {
  const kinds = Object.keys(schemas) as [string, ...string[]];
  const unknownKind = object({ kind: oneOf(kinds) });
  return lazy((input) => {
    const kind = input && typeof input === 'object' ? (input as { kind?: unknown }).kind : undefined;
    // `Object.hasOwn`, so that a kind named "toString" or "__proto__" is just unknown.
    // The fallback always fails, so it never adds to the output type.
    return (typeof kind === 'string' && Object.hasOwn(schemas, kind) ? schemas[kind] : unknownKind) as TSchemas[keyof TSchemas];
  });
}

/**
 * Builds the schemas. Deferred to the first validation so that a host importing only the
 * maths (or only `lintOkrSet`) bundles neither the schemas nor valibot: module-level schema
 * calls cannot be tree-shaken.
 */
function buildSchemas() {
  const { text: maxText, list: maxList } = OKR_LIMITS;
  const text = string('must be text');
  const id = ruled(idProblem);
  const line = (max: number) => ruled((value) => lineProblem(value, max));
  const longText = (max: number) => ruled((value) => longTextProblem(value, max));
  const ids = list(id, maxList.contributesTo);
  const trueOrFalse = boolean('must be true or false');

  const finite = pipe(number('must be a number'), check((value) => Number.isFinite(value), 'must be a finite number'));
  // Metric values: within ±10^15, where okrkit's arithmetic is exact (see OKR_LIMITS).
  const amount = pipe(
    finite,
    check((value) => isWithin(value, OKR_LIMITS.metricValue), rangeMessage(-OKR_LIMITS.metricValue, OKR_LIMITS.metricValue)),
  );
  const weight = pipe(
    finite,
    check((value) => value >= 0, 'must be 0 or more'),
    check((value) => value <= OKR_LIMITS.weight, `must be at most ${OKR_LIMITS.weight.toLocaleString('en-US')}`),
  );
  const positiveInteger = pipe(
    finite,
    check((value) => Number.isInteger(value) && value >= 1, 'must be a whole number of 1 or more'),
    check((value) => value <= OKR_LIMITS.priority, `must be at most ${OKR_LIMITS.priority.toLocaleString('en-US')}`),
  );

  const calendarDate = pipe(text, check(isCalendarDate, 'must be a calendar date YYYY-MM-DD'));
  const dateTime = pipe(
    text,
    check(isDateTime, 'must be an ISO date-time with a time zone, e.g. 2026-03-02T09:30:00Z'),
  );

  const unit = byKind({
    count: object({ kind: oneOf(['count']) }),
    percent: object({ kind: oneOf(['percent']) }),
    currency: object({
      kind: oneOf(['currency']),
      currency: pipe(
        text,
        check((code) => /^[A-Z]{3}$/.test(code), 'must be a 3-letter ISO 4217 currency code, e.g. "EUR"'),
      ),
    }),
    custom: object({ kind: oneOf(['custom']), label: line(maxText.unitLabel), labelOne: optional(line(maxText.unitLabel)) }),
  });

  const metric = byKind({
    numeric: pipe(
      object({
        kind: oneOf(['numeric']),
        direction: oneOf(['increase', 'decrease']),
        start: amount,
        target: amount,
        current: amount,
        unit: optional(unit),
      }),
      forward(
        check(
          (numeric) => (numeric.direction === 'increase' ? numeric.target >= numeric.start : numeric.target <= numeric.start),
          (issue) =>
            `target must be at or ${(issue.input as { direction: string }).direction === 'increase' ? 'above start for an increasing' : 'below start for a decreasing'} metric`,
        ),
        ['target'],
      ),
    ),
    binary: object({ kind: oneOf(['binary']), done: trueOrFalse }),
    milestones: object({
      kind: oneOf(['milestones']),
      milestones: list(object({ title: line(maxText.title), done: trueOrFalse, weight: optional(weight) }), maxList.milestones),
    }),
    guardrail: object({
      kind: oneOf(['guardrail']),
      bound: oneOf(['above', 'below']),
      threshold: amount,
      current: amount,
      inclusive: optional(trueOrFalse),
      unit: optional(unit),
    }),
    'guardrail-range': pipe(
      object({
        kind: oneOf(['guardrail-range']),
        min: amount,
        max: amount,
        current: amount,
        inclusive: optional(trueOrFalse),
        unit: optional(unit),
      }),
      forward(
        check((range) => range.min <= range.max, 'max must not be below min'),
        ['max'],
      ),
    ),
  });

  /**
   * Schema of a {@link Period} (internal: the public API is `validatePeriod`, so valibot types stay private).
   * @example safeParse(periodSchema, { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }).success // true
   */
  const periodSchema = pipe(
    object({ id, name: line(maxText.periodName), start: calendarDate, end: calendarDate, parentId: optional(id) }),
    forward(
      check((period) => period.start <= period.end, 'end must not be before start'),
      ['end'],
    ),
  );

  /**
   * Schema of an {@link Objective}.
   * @example safeParse(objectiveSchema, { id: 'o1', title: 'Significantly increase user activity', periodId: 'q1' }).success // true
   */
  const objectiveSchema = object({
    id,
    title: line(maxText.title),
    description: optional(longText(maxText.description)),
    periodId: id,
    ownerId: optional(id),
    teamId: optional(id),
    parentId: optional(id),
    contributesTo: optional(ids),
    weight: optional(weight),
    priority: optional(positiveInteger),
    kind: optional(oneOf(['committed', 'aspirational'])),
    state: optional(oneOf(['draft', 'proposed', 'active', 'closed'])),
    retrospective: optional(longText(maxText.retrospective)),
  });

  /**
   * Schema of a {@link KeyResult} and its metric.
   * @example safeParse(keyResultSchema, { id: 'kr1', objectiveId: 'o1', title: 'MAU +20 %', metric: { kind: 'binary', done: false } }).success // true
   */
  const keyResultSchema = object({
    id,
    objectiveId: id,
    title: line(maxText.title),
    metric,
    weight: optional(weight),
    ownerId: optional(id),
    contributesTo: optional(ids),
    position: optional(positiveInteger),
  });

  /**
   * Schema of a {@link CheckIn}.
   * @example safeParse(checkInSchema, { id: 'c1', keyResultId: 'kr1', at: '2026-03-02T09:30:00Z', value: 12 }).success // true
   */
  const checkInSchema = object({
    id,
    keyResultId: id,
    at: dateTime,
    value: amount,
    confidence: optional(pipe(finite, check((value) => value >= 0 && value <= 1, 'must be between 0 and 1'))),
    note: optional(longText(maxText.note)),
    authorId: optional(id),
  });

  /**
   * Schema of an {@link OkrSet}, record by record (cross-record rules live in `references.ts`).
   * @example safeParse(okrSetSchema, { periods: [], objectives: [], keyResults: [], checkIns: [] }).success // true
   */
  const okrSetSchema = object({
    periods: array(periodSchema, 'must be a list'),
    objectives: array(objectiveSchema, 'must be a list'),
    keyResults: array(keyResultSchema, 'must be a list'),
    checkIns: array(checkInSchema, 'must be a list'),
  });

  return { periodSchema, objectiveSchema, keyResultSchema, checkInSchema, okrSetSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;

/**
 * The validation schemas, built once on first use (internal: the public API is the
 * `validate*` functions, so valibot types stay private).
 * @example safeParse(schemas().periodSchema, { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }).success // true
 */
export function schemas(): Schemas {
  built ??= buildSchemas();
  return built;
}

// Compile-time proof that each schema yields the model type it stands for.
type Yields<TSchema extends GenericSchema, TModel> = InferOutput<TSchema> extends TModel ? true : never;
type Proofs = [
  Yields<Schemas['periodSchema'], Period>,
  Yields<Schemas['objectiveSchema'], Objective>,
  Yields<Schemas['keyResultSchema'], KeyResult>,
  Yields<Schemas['checkInSchema'], CheckIn>,
  Yields<Schemas['okrSetSchema'], OkrSet>,
];
// Fails to compile if a schema stops yielding its model type (never called; dropped by bundlers).
function schemaProofs(): Proofs {
  return [true, true, true, true, true];
}
void schemaProofs;
