import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainExamples } from '../examples/domain-examples';
import type { KeyResult, Objective, OkrSet } from '../model/model.types';
import { exportOkrSetJson, importOkrSetJson } from './index';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const title = fc.string({ minLength: 1, maxLength: 60 }).filter((text) => text.trim() === text && text.trim() !== '' && [...text].every((character) => character.charCodeAt(0) >= 32 && character.charCodeAt(0) !== 127));
const amount = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value));

/** Valid sets: one period, objectives in it, each KR under one of them; optional fields present or absent (never `undefined`). */
const okrSets: fc.Arbitrary<OkrSet> = fc
  .uniqueArray(id, { minLength: 1, maxLength: 12 })
  .chain((ids) => {
    const objectiveIds = ids.slice(0, Math.max(1, Math.ceil(ids.length / 2))).map((value) => `o-${value}`);
    const keyResultIds = ids.map((value) => `k-${value}`);
    const objectives = fc.tuple(...objectiveIds.map((objectiveId) =>
      fc.record(
        { id: fc.constant(objectiveId), title, periodId: fc.constant('q1'), ownerId: id, priority: fc.integer({ min: 1, max: 50 }), kind: fc.constantFrom('committed' as const, 'aspirational' as const), description: title },
        { requiredKeys: ['id', 'title', 'periodId'] },
      ) as fc.Arbitrary<Objective>));
    const keyResults = fc.tuple(...keyResultIds.map((keyResultId) =>
      fc.record(
        {
          id: fc.constant(keyResultId),
          objectiveId: fc.constantFrom(...objectiveIds),
          title,
          metric: fc.oneof(
            fc.tuple(amount, amount, amount).map(([start, other, current]) => ({ kind: 'numeric' as const, direction: other >= start ? ('increase' as const) : ('decrease' as const), start, target: other, current })),
            fc.boolean().map((done) => ({ kind: 'binary' as const, done })),
          ),
          weight: fc.integer({ min: 0, max: 10 }),
        },
        { requiredKeys: ['id', 'objectiveId', 'title', 'metric'] },
      ) as fc.Arbitrary<KeyResult>));
    return fc.record({ objectives, keyResults }).map(({ objectives: objectiveList, keyResults: keyResultList }) => ({
      periods: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
      objectives: [...objectiveList],
      keyResults: [...keyResultList],
      checkIns: [],
    }));
  });

describe('JSON export and import', () => {
  it('round-trips any valid set exactly (property)', () => {
    fc.assert(
      fc.property(okrSets, (set) => {
        const result = importOkrSetJson(exportOkrSetJson(set));
        expect(result).toEqual({ ok: true, value: set });
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips the domain examples, check-ins included', () => {
    expect(importOkrSetJson(exportOkrSetJson(domainExamples))).toEqual({ ok: true, value: domainExamples });
  });

  it('given a broken or wrong file, it answers with paths, never throws', () => {
    expect(importOkrSetJson('{"format":"okrkit/okr-set","version":1,"set":{')).toMatchObject({ ok: false, errors: [{ path: '', message: expect.stringMatching(/not JSON/) }] });
    expect(importOkrSetJson('{"format":"other"}')).toMatchObject({ ok: false, errors: [{ path: 'format' }] });
    expect(importOkrSetJson('{"format":"okrkit/okr-set","version":2,"set":{}}')).toMatchObject({ ok: false, errors: [{ path: 'version' }] });
    const broken = JSON.parse(exportOkrSetJson(domainExamples)) as { set: OkrSet };
    (broken.set.keyResults[0]!.metric as { target: unknown }).target = 'ten';
    const result = importOkrSetJson(`\uFEFF${JSON.stringify(broken)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe('set.keyResults[0].metric.target');
  });
});
