import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateOrganisation } from '../src/examples/index';
import { validateCheckIn, validateKeyResult, validateObjective, validatePeriod, type ValidationResult } from '../src/index';
import { isValidCheckIn, isValidKeyResult, isValidObjective, isValidPeriod } from '../src/validation/record-checks';

// The store decides with the hand-written predicates and asks the valibot schemas only for
// messages. These properties hold them to the same answer on random valid and invalid records.

type Pair = readonly [(input: unknown) => boolean, (input: unknown) => ValidationResult<unknown>];
const pairs: Record<'period' | 'objective' | 'keyResult' | 'checkIn', Pair> = {
  period: [isValidPeriod, validatePeriod],
  objective: [isValidObjective, validateObjective],
  keyResult: [isValidKeyResult, validateKeyResult],
  checkIn: [isValidCheckIn, validateCheckIn],
};

const bases = {
  period: { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', parentId: 'fy' },
  objective: {
    id: 'o1',
    title: 'Grow',
    description: 'Why\nit matters',
    periodId: 'q1',
    ownerId: 'ana',
    teamId: 'sales',
    parentId: 'o0',
    contributesTo: ['o2'],
    weight: 2,
    priority: 1,
    kind: 'committed',
    state: 'active',
    retrospective: 'Went well',
  },
  keyResult: { id: 'kr1', objectiveId: 'o1', title: 'Ten pilots', weight: 1, ownerId: 'ana', contributesTo: ['o2'] },
  checkIn: { id: 'c1', keyResultId: 'kr1', at: '2026-03-02T09:30:00+01:00', value: 12, confidence: 0.5, note: 'ok', authorId: 'ana' },
} as const;

const metrics = [
  { kind: 'numeric', direction: 'increase', start: 0, target: 10, current: 1, unit: { kind: 'custom', label: 'pilots', labelOne: 'pilot' } },
  { kind: 'numeric', direction: 'decrease', start: 10, target: 0, current: 1, unit: { kind: 'currency', currency: 'EUR' } },
  { kind: 'binary', done: false },
  { kind: 'milestones', milestones: [{ title: 'One', done: true, weight: 2 }, { title: 'Two', done: false }] },
  { kind: 'guardrail', bound: 'above', threshold: 4, current: 5, inclusive: false, unit: { kind: 'percent' } },
  { kind: 'guardrail-range', min: 1, max: 2, current: 1.5, inclusive: true, unit: { kind: 'count' } },
];

/** Values that sit on, or just beyond, some rule's edge. */
const edgy = fc.oneof(
  fc.constantFrom<unknown>(
    undefined, null, true, 0, -0, 1, 0.5, -1, 1e6, 1e6 + 1, 1e15, -1e15, 1e15 + 2, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_VALUE, 2.5,
    '', ' ', 'a', 'a\u0000', 'a\t', 'a\n', 'a\r', '\u007f', '\u0085', '\ud800', 'x\udc00', '🚀', 'a\u202e', '\u2028', 'x'.repeat(40), 'x'.repeat(41),
    'x'.repeat(100), 'x'.repeat(101), 'x'.repeat(128), 'x'.repeat(129), 'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(5001), 'x'.repeat(10_001),
    '2026-02-29', '2028-02-29', '2026-04-31', '2026-13-01', '2026-01-01', '2026-12-31', '2026-03-02T09:30:00Z', '2026-03-02T24:00:00Z', '2026-03-02T09:30',
    'increase', 'decrease', 'above', 'below', 'numeric', 'binary', 'milestones', 'guardrail', 'guardrail-range', 'custom', 'currency', 'EUR', 'eur',
    'count', 'percent', 'toString', '__proto__', 'draft', 'closed', 'aspirational', [], ['o1'], [''], [1], {}, { kind: 'count' }, { kind: 'custom', label: '' },
    Array.from({ length: 51 }, (_, at) => `o${at}`), Array.from({ length: 101 }, () => ({ title: 't', done: false })),
  ),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.integer(),
  fc.anything(),
);

/** A valid record with a few fields (or metric fields) replaced, added or removed. */
function mutated(kind: keyof typeof bases): fc.Arbitrary<unknown> {
  const base = fc.constantFrom(...(kind === 'keyResult' ? metrics.map((metric) => ({ ...bases.keyResult, metric })) : [bases[kind]]));
  // The record's own fields (and an unknown one), so that most edits touch a rule.
  const fieldNames = fc.constantFrom(...Object.keys(bases[kind]), 'metric', 'unknownExtra');
  const metricFields = fc.constantFrom('kind', 'direction', 'start', 'target', 'current', 'unit', 'done', 'milestones', 'bound', 'threshold', 'inclusive', 'min', 'max');
  const edit = fc.record({ where: fc.constantFrom('record', 'metric', 'unit', 'milestone'), field: fc.oneof(fieldNames, metricFields, fc.constantFrom('label', 'labelOne', 'currency', 'title', 'weight')), value: edgy, drop: fc.boolean() });
  return fc.tuple(base, fc.array(edit, { minLength: 0, maxLength: 3 })).map(([record, edits]) => {
    const copy = structuredClone(record) as Record<string, any>;
    for (const { where, field, value, drop } of edits) {
      const target =
        where === 'record' ? copy
        : where === 'metric' ? copy.metric
        : where === 'unit' ? copy.metric?.unit
        : copy.metric?.milestones?.[0];
      if (!target || typeof target !== 'object') continue;
      if (drop) delete target[field];
      else target[field] = value;
    }
    return copy;
  });
}

describe('the fast path and the valibot schemas agree', () => {
  for (const kind of Object.keys(pairs) as (keyof typeof pairs)[]) {
    it(`given 3,000 random ${kind} records, valid and invalid, the predicate accepts exactly those the schema accepts`, () => {
      const [fast, reference] = pairs[kind];
      let accepted = 0;
      fc.assert(
        fc.property(mutated(kind), (input) => {
          const expected = reference(input).ok;
          if (expected) accepted++;
          expect(fast(input)).toBe(expected);
        }),
        { numRuns: 3000 },
      );
      // Both sides must be exercised, or agreeing means little.
      expect(accepted).toBeGreaterThan(100);
      expect(accepted).toBeLessThan(2900);
    });
  }

  it('given any value at all, the predicates agree with the schemas and never throw', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => {
        for (const [fast, reference] of Object.values(pairs)) expect(fast(input)).toBe(reference(input).ok);
      }),
      { numRuns: 1000 },
    );
  });

  it('given every record of a generated 2,000-objective organisation, the predicates accept them all', () => {
    const { okrSet } = generateOrganisation({ objectives: 2000 });
    expect(okrSet.periods.every(isValidPeriod)).toBe(true);
    expect(okrSet.objectives.every(isValidObjective)).toBe(true);
    expect(okrSet.keyResults.every(isValidKeyResult)).toBe(true);
    expect(okrSet.checkIns.every(isValidCheckIn)).toBe(true);
  });
});
