import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findParentLoops,
  isCalendarDate,
  isDateTime,
  validateCheckIn,
  validateKeyResult,
  validateObjective,
  validateOkrSet,
  validatePeriod,
  type OkrSet,
  type ValidationResult,
} from '../src/index';

/** The DOMAIN.md §9 examples as one valid set: an internet company, a startup, a restaurant group. */
function domainExamples(): OkrSet {
  return {
    periods: [
      { id: 'fy-2026', name: 'FY 2026', start: '2026-01-01', end: '2026-12-31' },
      { id: 'h1-2026', name: 'H1 2026', start: '2026-01-01', end: '2026-06-30', parentId: 'fy-2026' },
      { id: 'q1-2026', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', parentId: 'h1-2026' },
    ],
    objectives: [
      { id: 'activity', title: 'Significantly increase user activity', periodId: 'q1-2026', priority: 1, kind: 'aspirational' },
      { id: 'innovation', title: 'Lead technical innovation in our industry', periodId: 'fy-2026', priority: 1 },
      { id: 'healthy', title: 'Most popular healthy-dining brand locally', periodId: 'h1-2026', state: 'active', weight: 2 },
      { id: 'sales', title: 'Win more new customers', periodId: 'q1-2026', teamId: 'sales', parentId: 'activity', contributesTo: ['innovation'] },
    ],
    keyResults: [
      {
        id: 'usage',
        objectiveId: 'activity',
        title: 'Average daily usage +30 min',
        metric: { kind: 'numeric', direction: 'increase', start: 45, target: 75, current: 52, unit: { kind: 'custom', label: 'min' } },
      },
      {
        id: 'mau',
        objectiveId: 'activity',
        title: 'MAU +20 %',
        metric: { kind: 'numeric', direction: 'increase', start: 100_000, target: 120_000, current: 104_000, unit: { kind: 'count' } },
      },
      {
        id: 'patents',
        objectiveId: 'innovation',
        title: '≥5 core patents filed',
        metric: { kind: 'numeric', direction: 'increase', start: 0, target: 5, current: 1, unit: { kind: 'custom', label: 'patents' } },
      },
      {
        id: 'products',
        objectiveId: 'innovation',
        title: '≥2 new products with industry-leading technology',
        metric: {
          kind: 'milestones',
          milestones: [
            { title: 'First product shipped', done: true },
            { title: 'Second product shipped', done: false, weight: 2 },
          ],
        },
      },
      {
        id: 'healthy-share',
        objectiveId: 'healthy',
        title: 'Healthy dishes ≥50 % of sales',
        metric: { kind: 'numeric', direction: 'increase', start: 30, target: 50, current: 36, unit: { kind: 'percent' } },
      },
      {
        id: 'satisfaction',
        objectiveId: 'healthy',
        title: 'Satisfaction ≥4.8/5',
        metric: { kind: 'guardrail', bound: 'above', threshold: 4.5, current: 4.6, inclusive: true },
      },
      {
        id: 'revenue',
        objectiveId: 'sales',
        title: 'New-customer revenue',
        metric: { kind: 'numeric', direction: 'increase', start: 0, target: 250_000, current: 40_000, unit: { kind: 'currency', currency: 'EUR' } },
      },
      {
        id: 'churn',
        objectiveId: 'sales',
        title: 'Churn down to 3 %',
        metric: { kind: 'numeric', direction: 'decrease', start: 5, target: 3, current: 4.5 },
      },
      {
        id: 'uptime',
        objectiveId: 'sales',
        title: 'Checkout uptime stays between 99.5 % and 100 %',
        metric: { kind: 'guardrail-range', min: 99.5, max: 100, current: 99.9 },
      },
      { id: 'contract', objectiveId: 'sales', title: 'Framework contract signed', metric: { kind: 'binary', done: false } },
    ],
    checkIns: [
      { id: 'c1', keyResultId: 'usage', at: '2026-02-10T09:00:00Z', value: 52, confidence: 0.7 },
      { id: 'c2', keyResultId: 'mau', at: '2026-02-10T09:00:00.000+01:00', value: 104_000, confidence: 0, note: 'slow week' },
      { id: 'c3', keyResultId: 'patents', at: '2026-02-11T16:30Z', value: 1, confidence: 1, authorId: 'cto' },
    ],
  };
}

/** A valid set changed by `edit`, which may write anything (the point is to break it). */
function broken(edit: (set: any) => void): unknown {
  const set = structuredClone(domainExamples());
  edit(set);
  return set;
}

function errorsOf(result: ValidationResult<unknown>) {
  return result.ok ? [] : result.errors;
}

describe('validateOkrSet: valid sets', () => {
  it('given the DOMAIN.md examples (internet company, startup, restaurant group), it accepts them unchanged', () => {
    const input = domainExamples();
    const result = validateOkrSet(input);
    expect(result).toEqual({ ok: true, value: input });
  });

  it('given an empty set, it accepts it', () => {
    expect(validateOkrSet({ periods: [], objectives: [], keyResults: [], checkIns: [] }).ok).toBe(true);
  });

  it('given unknown extra properties a host stores, it keeps them rather than failing', () => {
    const input = broken((set) => {
      set.objectives[0].color = 'teal';
      set.keyResults[0].metric.source = { system: 'analytics' };
      set.revision = 7;
    });
    const result = validateOkrSet(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.objectives[0]).toMatchObject({ color: 'teal' });
    expect(result.value.keyResults[0]?.metric).toMatchObject({ source: { system: 'analytics' } });
    expect(result.value).toMatchObject({ revision: 7 });
  });

  it('given a numeric metric whose start equals its target, it accepts it (the health checks flag it instead)', () => {
    const input = broken((set) => {
      set.keyResults[0].metric.target = 45;
    });
    expect(validateOkrSet(input).ok).toBe(true);
  });

  it('given a custom unit with its singular (labelOne), it accepts it and keeps both forms', () => {
    const input = broken((set) => {
      set.keyResults[1].metric.unit = { kind: 'custom', label: 'patents', labelOne: 'patent' };
    });
    const result = validateOkrSet(input);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.keyResults[1]?.metric).toMatchObject({ unit: { label: 'patents', labelOne: 'patent' } });
  });

  it('given numbers at the edge of the exact range (±1e15), it accepts them; beyond it, it refuses them (validation-limits.test.ts)', () => {
    const input = broken((set) => {
      set.keyResults[1].metric.target = 1e15;
      set.checkIns[0].value = -1e15;
    });
    expect(validateOkrSet(input).ok).toBe(true);
  });
});

describe('validateOkrSet: record errors, each with its path and a plain message', () => {
  const cases: [string, (set: any) => void, string, string][] = [
    ['a missing periodId', (set) => delete set.objectives[0].periodId, 'objectives[0].periodId', 'is required'],
    ['a target that is text', (set) => (set.keyResults[2].metric.target = '5'), 'keyResults[2].metric.target', 'must be a number'],
    ['a NaN current value', (set) => (set.keyResults[1].metric.current = Number.NaN), 'keyResults[1].metric.current', 'must be a number'],
    ['an infinite start', (set) => (set.keyResults[0].metric.start = Number.POSITIVE_INFINITY), 'keyResults[0].metric.start', 'must be a finite number'],
    ['a bigint value', (set) => (set.checkIns[0].value = 10n), 'checkIns[0].value', 'must be a number'],
    ['30 February', (set) => (set.periods[0].end = '2026-02-30'), 'periods[0].end', 'must be a calendar date YYYY-MM-DD'],
    ['a month 13', (set) => (set.periods[1].start = '2026-13-01'), 'periods[1].start', 'must be a calendar date YYYY-MM-DD'],
    ['a date with a time', (set) => (set.periods[1].start = '2026-01-01T00:00:00Z'), 'periods[1].start', 'must be a calendar date YYYY-MM-DD'],
    ['a period that ends before it starts', (set) => (set.periods[2].end = '2025-12-31'), 'periods[2].end', 'end must not be before start'],
    ['an empty period name', (set) => (set.periods[0].name = '  '), 'periods[0].name', 'must not be empty'],
    ['an unknown state', (set) => (set.objectives[0].state = 'done'), 'objectives[0].state', 'must be one of "draft", "proposed", "active", "closed"'],
    ['an unknown kind', (set) => (set.objectives[0].kind = 'stretch'), 'objectives[0].kind', 'must be one of "committed", "aspirational"'],
    ['a negative weight', (set) => (set.objectives[2].weight = -1), 'objectives[2].weight', 'must be 0 or more'],
    ['an infinite weight', (set) => (set.keyResults[0].weight = Number.POSITIVE_INFINITY), 'keyResults[0].weight', 'must be a finite number'],
    ['a priority of 0', (set) => (set.objectives[0].priority = 0), 'objectives[0].priority', 'must be a whole number of 1 or more'],
    ['a fractional priority', (set) => (set.objectives[0].priority = 1.5), 'objectives[0].priority', 'must be a whole number of 1 or more'],
    ['an empty title', (set) => (set.objectives[1].title = ''), 'objectives[1].title', 'must not be empty'],
    ['a title that is a number', (set) => (set.keyResults[0].title = 42), 'keyResults[0].title', 'must be text'],
    ['a null optional field', (set) => (set.objectives[0].ownerId = null), 'objectives[0].ownerId', 'must be text'],
    ['contributesTo that is not a list', (set) => (set.objectives[3].contributesTo = 'innovation'), 'objectives[3].contributesTo', 'must be a list'],
    [
      'a decreasing metric whose target is above its start',
      (set) => (set.keyResults[7].metric.target = 6),
      'keyResults[7].metric.target',
      'target must be at or below start for a decreasing metric',
    ],
    [
      'an increasing metric whose target is below its start',
      (set) => (set.keyResults[0].metric.target = 30),
      'keyResults[0].metric.target',
      'target must be at or above start for an increasing metric',
    ],
    ['an unknown direction', (set) => (set.keyResults[0].metric.direction = 'up'), 'keyResults[0].metric.direction', 'must be one of "increase", "decrease"'],
    [
      'a lower-case currency code',
      (set) => (set.keyResults[6].metric.unit.currency = 'eur'),
      'keyResults[6].metric.unit.currency',
      'must be a 3-letter ISO 4217 currency code, e.g. "EUR"',
    ],
    [
      'a currency name instead of a code',
      (set) => (set.keyResults[6].metric.unit.currency = 'Euro'),
      'keyResults[6].metric.unit.currency',
      'must be a 3-letter ISO 4217 currency code, e.g. "EUR"',
    ],
    ['a currency unit without a code', (set) => delete set.keyResults[6].metric.unit.currency, 'keyResults[6].metric.unit.currency', 'is required'],
    ['a custom unit without a label', (set) => (set.keyResults[0].metric.unit.label = ''), 'keyResults[0].metric.unit.label', 'must not be empty'],
    ['a custom unit with a blank singular', (set) => (set.keyResults[0].metric.unit.labelOne = ' '), 'keyResults[0].metric.unit.labelOne', 'must not be empty'],
    [
      'an unknown unit kind',
      (set) => (set.keyResults[0].metric.unit = { kind: 'meters' }),
      'keyResults[0].metric.unit.kind',
      'must be one of "count", "percent", "currency", "custom"',
    ],
    ['a unit that is text', (set) => (set.keyResults[0].metric.unit = 'min'), 'keyResults[0].metric.unit', 'must be an object'],
    [
      'an unknown metric kind',
      (set) => (set.keyResults[0].metric.kind = 'fuzzy'),
      'keyResults[0].metric.kind',
      'must be one of "numeric", "binary", "milestones", "guardrail", "guardrail-range"',
    ],
    [
      'a metric kind named like an Object method',
      (set) => (set.keyResults[0].metric.kind = 'toString'),
      'keyResults[0].metric.kind',
      'must be one of "numeric", "binary", "milestones", "guardrail", "guardrail-range"',
    ],
    ['a null metric', (set) => (set.keyResults[0].metric = null), 'keyResults[0].metric', 'must be an object'],
    ['a binary metric without done', (set) => delete set.keyResults[9].metric.done, 'keyResults[9].metric.done', 'is required'],
    ['a binary done that is text', (set) => (set.keyResults[9].metric.done = 'yes'), 'keyResults[9].metric.done', 'must be true or false'],
    [
      'a negative milestone weight',
      (set) => (set.keyResults[3].metric.milestones[1].weight = -2),
      'keyResults[3].metric.milestones[1].weight',
      'must be 0 or more',
    ],
    ['milestones that are not a list', (set) => (set.keyResults[3].metric.milestones = {}), 'keyResults[3].metric.milestones', 'must be a list'],
    ['an unknown guardrail bound', (set) => (set.keyResults[5].metric.bound = 'sideways'), 'keyResults[5].metric.bound', 'must be one of "above", "below"'],
    ['a guardrail without a threshold', (set) => delete set.keyResults[5].metric.threshold, 'keyResults[5].metric.threshold', 'is required'],
    ['a guardrail range with min above max', (set) => (set.keyResults[8].metric.min = 100.5), 'keyResults[8].metric.max', 'max must not be below min'],
    [
      'a check-in dated without a time',
      (set) => (set.checkIns[0].at = '2026-02-10'),
      'checkIns[0].at',
      'must be an ISO date-time with a time zone, e.g. 2026-03-02T09:30:00Z',
    ],
    [
      'a check-in without a time zone',
      (set) => (set.checkIns[0].at = '2026-02-10T09:00:00'),
      'checkIns[0].at',
      'must be an ISO date-time with a time zone, e.g. 2026-03-02T09:30:00Z',
    ],
    [
      'a check-in on 30 February',
      (set) => (set.checkIns[1].at = '2026-02-30T09:00:00Z'),
      'checkIns[1].at',
      'must be an ISO date-time with a time zone, e.g. 2026-03-02T09:30:00Z',
    ],
    [
      'a check-in at 24:00',
      (set) => (set.checkIns[1].at = '2026-02-10T24:00:00Z'),
      'checkIns[1].at',
      'must be an ISO date-time with a time zone, e.g. 2026-03-02T09:30:00Z',
    ],
    ['a confidence above 1', (set) => (set.checkIns[0].confidence = 1.2), 'checkIns[0].confidence', 'must be between 0 and 1'],
    ['a negative confidence', (set) => (set.checkIns[0].confidence = -0.1), 'checkIns[0].confidence', 'must be between 0 and 1'],
    ['a record that is not an object', (set) => (set.checkIns[2] = 'c3'), 'checkIns[2]', 'must be an object'],
    ['a collection that is not a list', (set) => (set.periods = {}), 'periods', 'must be a list'],
    ['a missing collection', (set) => delete set.checkIns, 'checkIns', 'is required'],
  ];

  it.each(cases)('given %s, it reports it at its path', (_, edit, path, message) => {
    expect(errorsOf(validateOkrSet(broken(edit)))).toEqual([{ path, message }]);
  });

  it('given several problems, it reports every one of them, one message per field', () => {
    const input = broken((set) => {
      set.objectives[0].weight = Number.NEGATIVE_INFINITY;
      set.keyResults[1].metric.target = 'lots';
      set.checkIns[0].confidence = 2;
    });
    expect(errorsOf(validateOkrSet(input))).toEqual([
      { path: 'objectives[0].weight', message: 'must be a finite number' },
      { path: 'keyResults[1].metric.target', message: 'must be a number' },
      { path: 'checkIns[0].confidence', message: 'must be between 0 and 1' },
    ]);
  });

  it('given a value that is not an object at all, it reports it at the root path ""', () => {
    for (const input of [null, undefined, 'okrs', 42, true]) {
      expect(errorsOf(validateOkrSet(input))).toEqual([{ path: '', message: 'must be an object' }]);
    }
  });
});

describe('validateOkrSet: rules across records', () => {
  const cases: [string, (set: any) => void, string, string][] = [
    ['two objectives with one id', (set) => set.objectives.push({ ...set.objectives[0] }), 'objectives[4].id', 'repeats the id "activity" of objectives[0]'],
    ['two periods with one id', (set) => set.periods.push({ ...set.periods[0] }), 'periods[3].id', 'repeats the id "fy-2026" of periods[0]'],
    ['two key results with one id', (set) => set.keyResults.push({ ...set.keyResults[0] }), 'keyResults[10].id', 'repeats the id "usage" of keyResults[0]'],
    ['two check-ins with one id', (set) => (set.checkIns[2].id = 'c1'), 'checkIns[2].id', 'repeats the id "c1" of checkIns[0]'],
    ['an objective in an unknown period', (set) => (set.objectives[0].periodId = 'q9'), 'objectives[0].periodId', 'names no period with id "q9"'],
    ['an unknown parent objective', (set) => (set.objectives[3].parentId = 'ghost'), 'objectives[3].parentId', 'names no objective with id "ghost"'],
    ['an unknown contributesTo', (set) => set.objectives[3].contributesTo.push('ghost'), 'objectives[3].contributesTo[1]', 'names no objective with id "ghost"'],
    ['an objective contributing to itself', (set) => set.objectives[3].contributesTo.push('sales'), 'objectives[3].contributesTo[1]', 'names the objective itself'],
    ['a key result of an unknown objective', (set) => (set.keyResults[4].objectiveId = 'ghost'), 'keyResults[4].objectiveId', 'names no objective with id "ghost"'],
    ['a key result serving an unknown objective', (set) => (set.keyResults[0].contributesTo = ['ghost']), 'keyResults[0].contributesTo[0]', 'names no objective with id "ghost"'],
    ['a check-in of an unknown key result', (set) => (set.checkIns[1].keyResultId = 'ghost'), 'checkIns[1].keyResultId', 'names no key result with id "ghost"'],
    ['an unknown parent period', (set) => (set.periods[1].parentId = 'fy-2027'), 'periods[1].parentId', 'names no period with id "fy-2027"'],
    ['an objective that is its own parent', (set) => (set.objectives[1].parentId = 'innovation'), 'objectives[1].parentId', 'makes a loop: "innovation" → "innovation"'],
    [
      'an alignment chain that loops back',
      (set) => (set.objectives[0].parentId = 'sales'),
      'objectives[0].parentId',
      'makes a loop: "activity" → "sales" → "activity"',
    ],
    [
      'periods that nest in a loop',
      (set) => (set.periods[0].parentId = 'q1-2026'),
      'periods[0].parentId',
      'makes a loop: "fy-2026" → "q1-2026" → "h1-2026" → "fy-2026"',
    ],
  ];

  it.each(cases)('given %s, it reports it at its path', (_, edit, path, message) => {
    expect(errorsOf(validateOkrSet(broken(edit)))).toEqual([{ path, message }]);
  });

  it('given a loop of three objectives, it reports the loop once, at its first member', () => {
    const input = broken((set) => {
      set.objectives[1].parentId = 'healthy';
      set.objectives[2].parentId = 'sales';
      set.objectives[3].parentId = 'innovation';
    });
    expect(errorsOf(validateOkrSet(input))).toEqual([
      { path: 'objectives[1].parentId', message: 'makes a loop: "innovation" → "healthy" → "sales" → "innovation"' },
    ]);
  });

  it('given a malformed record, it reports the record errors only, so every cross-record path can be trusted', () => {
    const input = broken((set) => {
      set.objectives[0].periodId = 'q9';
      set.objectives[1].priority = -1;
    });
    expect(errorsOf(validateOkrSet(input))).toEqual([
      { path: 'objectives[1].priority', message: 'must be a whole number of 1 or more' },
    ]);
  });

  it('given objectives that contribute to each other, it accepts it (only parent chains can loop)', () => {
    const input = broken((set) => {
      set.objectives[1].contributesTo = ['sales'];
    });
    expect(validateOkrSet(input).ok).toBe(true);
  });
});

describe('single-record validators at a store write boundary', () => {
  it('given a valid objective, validateObjective returns it with paths relative to the record on error', () => {
    const objective = { id: 'o1', title: 'Significantly increase user activity', periodId: 'q1' };
    expect(validateObjective(objective)).toEqual({ ok: true, value: objective });
    expect(validateObjective({ ...objective, priority: 0 })).toEqual({
      ok: false,
      errors: [{ path: 'priority', message: 'must be a whole number of 1 or more' }],
    });
  });

  it('given a record naming unknown ids, the single validators accept it (references need the whole set)', () => {
    expect(validateObjective({ id: 'o1', title: 'Grow', periodId: 'nowhere', parentId: 'ghost' }).ok).toBe(true);
  });

  it('given a period on 30 February, validatePeriod reports the date', () => {
    expect(validatePeriod({ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-02-30' })).toEqual({
      ok: false,
      errors: [{ path: 'end', message: 'must be a calendar date YYYY-MM-DD' }],
    });
    expect(validatePeriod({ id: 'leap', name: 'Leap day', start: '2028-02-29', end: '2028-02-29' }).ok).toBe(true);
  });

  it('given a decreasing KR with a target above its start, validateKeyResult reports the target', () => {
    const result = validateKeyResult({
      id: 'kr1',
      objectiveId: 'o1',
      title: 'Churn down to 3 %',
      metric: { kind: 'numeric', direction: 'decrease', start: 5, target: 6, current: 5 },
    });
    expect(errorsOf(result)).toEqual([{ path: 'metric.target', message: 'target must be at or below start for a decreasing metric' }]);
  });

  it('given a check-in, validateCheckIn checks its time and confidence', () => {
    const checkIn = { id: 'c1', keyResultId: 'kr1', at: '2026-03-02T09:30:00+05:30', value: 12, confidence: 0.7 };
    expect(validateCheckIn(checkIn)).toEqual({ ok: true, value: checkIn });
    expect(errorsOf(validateCheckIn({ ...checkIn, at: 'yesterday', confidence: Number.NaN }))).toEqual([
      { path: 'at', message: 'must be an ISO date-time with a time zone, e.g. 2026-03-02T09:30:00Z' },
      { path: 'confidence', message: 'must be a number' },
    ]);
  });

  it('given an empty object, each validator lists every required field', () => {
    expect(errorsOf(validateCheckIn({})).map((error) => `${error.path}: ${error.message}`)).toEqual([
      'id: is required',
      'keyResultId: is required',
      'at: is required',
      'value: is required',
    ]);
  });
});

describe('validators never throw', () => {
  const validators = [validateOkrSet, validateObjective, validateKeyResult, validateCheckIn, validatePeriod];

  it('given any value at all (fast-check anything), every validator returns a result with readable errors', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), (input) => {
        for (const validate of validators) {
          const result = validate(input);
          if (result.ok) continue;
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(typeof error.path).toBe('string');
            expect(error.message).toMatch(/\w/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('given a mostly valid set with arbitrary values swapped in, validateOkrSet never throws', () => {
    const keys = ['objectives', 'keyResults', 'checkIns', 'periods'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.nat(3), fc.string(), fc.anything(), (collection, at, key, value) => {
        const input = broken((set) => {
          const record = set[collection][at];
          if (record) record[key] = value;
        });
        const result = validateOkrSet(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('given a cyclic object, it reports what is wrong without recursing forever', () => {
    const cyclic: any = { periods: [], objectives: [], keyResults: [], checkIns: [] };
    cyclic.objectives.push(cyclic);
    cyclic.self = cyclic;
    expect(errorsOf(validateOkrSet(cyclic))).toContainEqual({ path: 'objectives[0].id', message: 'is required' });
  });

  it('given a proxy whose reads throw, it reports the input as unreadable', () => {
    const hostile = new Proxy({}, { has: () => { throw new Error('boom'); }, get: () => { throw new Error('boom'); } });
    expect(validateOkrSet(hostile)).toEqual({ ok: false, errors: [{ path: '', message: 'could not be read' }] });
  });
});

describe('format and loop helpers', () => {
  it('given calendar dates, isCalendarDate accepts real days only', () => {
    expect(['2026-02-28', '2028-02-29', '2026-12-31'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2026-02-29', '2026-02-30', '2026-04-31', '2026-1-01', '26-01-01', ''].map(isCalendarDate)).toEqual(
      Array(6).fill(false),
    );
  });

  it('given date-times, isDateTime requires a time zone and a real time', () => {
    expect(['2026-03-02T09:30:00Z', '2026-03-02T09:30Z', '2026-03-02T09:30:00.123-04:00'].map(isDateTime)).toEqual([true, true, true]);
    expect(['2026-03-02T09:30:00', '2026-03-02T25:00:00Z', '2026-03-02T09:60:00Z', '2026-03-02 09:30:00Z'].map(isDateTime)).toEqual(
      Array(4).fill(false),
    );
  });

  it('given records with chains, findParentLoops finds each loop once and ignores chains that end', () => {
    const records = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
      { id: 'c', parentId: 'a' },
      { id: 'd', parentId: 'd' },
      { id: 'e', parentId: 'missing' },
      { id: 'f' },
    ];
    expect(findParentLoops(records)).toEqual([[0, 1], [3]]);
  });

  it('given a long chain, findParentLoops walks it in linear time', () => {
    const records = Array.from({ length: 50_000 }, (_, at) => ({ id: `o${at}`, parentId: at ? `o${at - 1}` : undefined }));
    expect(findParentLoops(records)).toEqual([]);
  });
});
