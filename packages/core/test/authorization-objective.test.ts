import { describe, expect, it } from 'vitest';
import { objectiveOfRecord, resolveObjectiveOfRecord, type AnyRecord, type RecordKind } from '../src/index';
import { checkIn, keyResult, numeric, objective, q1 } from './fixtures';

const records = new Map<string, AnyRecord>([
  ['objective:o1', objective('o1')],
  ['keyResult:k1', keyResult('k1', 'o1', numeric(0, 10, 2))],
  ['keyResult:k-orphan', keyResult('k-orphan', 'gone', numeric(0, 10, 2))],
]);
const find = (kind: RecordKind, id: string) => records.get(`${kind}:${id}`);
const later = async (kind: RecordKind, id: string) => {
  await new Promise((resolve) => setTimeout(resolve, 1));
  return find(kind, id);
};

const cases: ReadonlyArray<readonly [string, RecordKind, unknown, string | null]> = [
  ['an objective is its own', 'objective', objective('o9'), 'o9'],
  ['a key result belongs to its objective', 'keyResult', keyResult('k1', 'o1', numeric(0, 10, 2)), 'o1'],
  ['a check-in belongs to its key result’s objective', 'checkIn', checkIn('c1', 'k1', '2026-02-01T10:00:00Z', 3), 'o1'],
  ['a key result whose objective is missing has none', 'keyResult', keyResult('k-orphan', 'gone', numeric(0, 10, 2)), null],
  ['a check-in whose key result’s objective is missing has none', 'checkIn', checkIn('c2', 'k-orphan', '2026-02-01T10:00:00Z', 3), null],
  ['a check-in on an unknown key result has none', 'checkIn', checkIn('c3', 'nope', '2026-02-01T10:00:00Z', 3), null],
  ['a period has none', 'period', q1, null],
  ['an array is not an objective', 'objective', ['o1'], null],
  ['a key result without a string objectiveId has none', 'keyResult', { id: 'k', objectiveId: 7 }, null],
];

describe('objectiveOfRecord and resolveObjectiveOfRecord: one rule, a finder that answers now or later', () => {
  for (const [name, kind, record, expected] of cases) {
    it(`given ${name}, both walks agree`, async () => {
      expect(objectiveOfRecord(kind, record, find)?.id ?? null).toBe(expected);
      expect((await resolveObjectiveOfRecord(kind, record, later))?.id ?? null).toBe(expected);
    });
  }
});
