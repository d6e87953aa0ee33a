import {
  array,
  boolean,
  check,
  forward,
  lazy,
  looseObject,
  number,
  optional,
  picklist,
  pipe,
  string,
  type BaseIssue,
  type GenericSchema,
  type InferOutput,
  type ObjectEntries,
} from 'valibot';
import type { CheckIn, KeyResult, Objective, OkrSet, Period } from '../model/model.types';
import { isCalendarDate, isDateTime } from './formats';

// Messages are written to be read after a path: "keyResults[2].metric.target: must be a number".

/** valibot asks an object's own message for a missing key too; only then does the issue carry a path. */
const objectMessage = (issue: BaseIssue<unknown>): string => (issue.path ? 'is required' : 'must be an object');

const listOf = (options: readonly string[]): string => `must be one of ${options.map((option) => `"${option}"`).join(', ')}`;

// The schema builders below are marked free of side effects, like valibot's own, so that a
// host importing only `lintOkrSet` bundles neither these schemas nor valibot.

/* @__NO_SIDE_EFFECTS__ */
function object<const TEntries extends ObjectEntries>(entries: TEntries) {
  return looseObject(entries, objectMessage);
}

/* @__NO_SIDE_EFFECTS__ */
function oneOf<const TOptions extends readonly [string, ...string[]]>(options: TOptions) {
  return picklist(options, listOf(options));
}

/* @__NO_SIDE_EFFECTS__ */
function list<const TItem extends GenericSchema>(item: TItem) {
  return array(item, 'must be a list');
}

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
  const text = string('must be text');
  const nonBlank = pipe(text, check((value) => value.trim() !== '', 'must not be empty'));
  const trueOrFalse = boolean('must be true or false');

  const finite = pipe(number('must be a number'), check((value) => Number.isFinite(value), 'must be a finite number'));
  const nonNegative = pipe(finite, check((value) => value >= 0, 'must be 0 or more'));
  const positiveInteger = pipe(
    finite,
    check((value) => Number.isInteger(value) && value >= 1, 'must be a whole number of 1 or more'),
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
    custom: object({ kind: oneOf(['custom']), label: nonBlank, labelOne: optional(nonBlank) }),
  });

  const metric = byKind({
    numeric: pipe(
      object({
        kind: oneOf(['numeric']),
        direction: oneOf(['increase', 'decrease']),
        start: finite,
        target: finite,
        current: finite,
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
      milestones: list(object({ title: nonBlank, done: trueOrFalse, weight: optional(nonNegative) })),
    }),
    guardrail: object({
      kind: oneOf(['guardrail']),
      bound: oneOf(['above', 'below']),
      threshold: finite,
      current: finite,
      inclusive: optional(trueOrFalse),
      unit: optional(unit),
    }),
    'guardrail-range': pipe(
      object({
        kind: oneOf(['guardrail-range']),
        min: finite,
        max: finite,
        current: finite,
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
    object({ id: nonBlank, name: nonBlank, start: calendarDate, end: calendarDate, parentId: optional(nonBlank) }),
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
    id: nonBlank,
    title: nonBlank,
    description: optional(text),
    periodId: nonBlank,
    ownerId: optional(nonBlank),
    teamId: optional(nonBlank),
    parentId: optional(nonBlank),
    contributesTo: optional(list(nonBlank)),
    weight: optional(nonNegative),
    priority: optional(positiveInteger),
    kind: optional(oneOf(['committed', 'aspirational'])),
    state: optional(oneOf(['draft', 'proposed', 'active', 'closed'])),
    retrospective: optional(text),
  });

  /**
   * Schema of a {@link KeyResult} and its metric.
   * @example safeParse(keyResultSchema, { id: 'kr1', objectiveId: 'o1', title: 'MAU +20 %', metric: { kind: 'binary', done: false } }).success // true
   */
  const keyResultSchema = object({
    id: nonBlank,
    objectiveId: nonBlank,
    title: nonBlank,
    metric,
    weight: optional(nonNegative),
    ownerId: optional(nonBlank),
    contributesTo: optional(list(nonBlank)),
  });

  /**
   * Schema of a {@link CheckIn}.
   * @example safeParse(checkInSchema, { id: 'c1', keyResultId: 'kr1', at: '2026-03-02T09:30:00Z', value: 12 }).success // true
   */
  const checkInSchema = object({
    id: nonBlank,
    keyResultId: nonBlank,
    at: dateTime,
    value: finite,
    confidence: optional(pipe(finite, check((value) => value >= 0 && value <= 1, 'must be between 0 and 1'))),
    note: optional(text),
    authorId: optional(nonBlank),
  });

  /**
   * Schema of an {@link OkrSet}, record by record (cross-record rules live in `references.ts`).
   * @example safeParse(okrSetSchema, { periods: [], objectives: [], keyResults: [], checkIns: [] }).success // true
   */
  const okrSetSchema = object({
    periods: list(periodSchema),
    objectives: list(objectiveSchema),
    keyResults: list(keyResultSchema),
    checkIns: list(checkInSchema),
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
