import type { Change, RecordKind, RecordOfKind } from '../store/adapter.types';
import type { CheckIn, KeyResult, Metric, Objective, Period } from '../model/model.types';

/*
 * Small, valid records for the conformance suite. Every test builds the few records it
 * needs with these factories, so a failure message shows a short, readable record, and
 * fixed ids and dates keep every run the same.
 */

export function period(id: string, overrides: Partial<Period> = {}): Period {
  return { id, name: `Period ${id}`, start: '2026-01-01', end: '2026-03-31', ...overrides };
}

export function objective(id: string, periodId: string, overrides: Partial<Objective> = {}): Objective {
  return { id, title: `Objective ${id}`, periodId, ...overrides };
}

export function keyResult(id: string, objectiveId: string, metric: Metric, overrides: Partial<KeyResult> = {}): KeyResult {
  return { id, objectiveId, title: `Key result ${id}`, metric, ...overrides };
}

export function checkIn(id: string, keyResultId: string, value: number, overrides: Partial<CheckIn> = {}): CheckIn {
  return { id, keyResultId, at: '2026-02-13T09:00:00Z', value, ...overrides };
}

/** One metric of every kind (and every unit), named for test titles. */
export const metricsByName: ReadonlyArray<readonly [string, Metric]> = [
  ['numeric increasing count', { kind: 'numeric', direction: 'increase', start: 1000, target: 1200, current: 1100, unit: { kind: 'count' } }],
  ['numeric decreasing percent', { kind: 'numeric', direction: 'decrease', start: 5, target: 3, current: 4.5, unit: { kind: 'percent' } }],
  ['numeric currency', { kind: 'numeric', direction: 'increase', start: 8_000_000, target: 12_000_000, current: 8_600_000, unit: { kind: 'currency', currency: 'EUR' } }],
  ['numeric with a custom unit', { kind: 'numeric', direction: 'increase', start: 0, target: 5, current: 2, unit: { kind: 'custom', label: 'patents' } }],
  ['binary', { kind: 'binary', done: true }],
  ['milestones', { kind: 'milestones', milestones: [{ title: 'Draft', done: true }, { title: 'Review', done: false, weight: 2 }] }],
  ['guardrail', { kind: 'guardrail', bound: 'below', threshold: 4, current: 3.2, inclusive: false, unit: { kind: 'custom', label: 'h' } }],
  ['guardrail range', { kind: 'guardrail-range', min: 99.5, max: 100, current: 99.9, unit: { kind: 'percent' } }],
];

/** A fully populated record of each kind, with every optional field set. */
export function recordOfKind<K extends RecordKind>(kind: K, id: string): RecordOfKind[K] {
  const records: RecordOfKind = {
    period: period(id, { name: 'Q1 2026', parentId: 'fy-2026' }),
    objective: objective(id, 'q1-2026', {
      description: 'Users open the app every day',
      ownerId: 'amara-osei',
      teamId: 'brightline',
      parentId: 'obj-company',
      contributesTo: ['obj-a', 'obj-b'],
      weight: 2,
      priority: 1,
      kind: 'aspirational',
      state: 'closed',
      retrospective: 'Activation went well; retention did not.',
    }),
    keyResult: keyResult(id, 'obj-activity', metricsByName[0]![1], { weight: 0.5, ownerId: 'priya-nair', contributesTo: ['obj-company'] }),
    checkIn: checkIn(id, 'kr-mau', 1100, { confidence: 0.7, note: 'Campaign started', authorId: 'priya-nair' }),
    weeklyReport: {
      id,
      authorId: 'priya-nair',
      teamId: 'growth',
      week: { year: 2026, week: 10 },
      weekStart: '2026-03-02',
      state: 'submitted',
      submittedAt: '2026-03-06T16:30:00Z',
      focus: [{ objectiveId: 'obj-survey', keyResultId: 'kr-questionnaires', priority: 1, expectedResult: '60 of 100 questionnaires back' }],
      tasks: [
        { id: 't1', title: 'Send the survey to 300 customers', keyResultId: 'kr-questionnaires', priority: 'P1', due: '2026-03-03', status: 'done', ownerId: 'priya-nair' },
        { id: 't2', title: 'Compare three competitors’ pricing', priority: 'P2', status: 'doing' },
      ],
      problems: [{ text: 'Response rate is 12 %, below the 20 % planned', severity: 'risk', keyResultId: 'kr-questionnaires' }],
      nextWeek: [{ text: 'Remind non-respondents by phone', keyResultId: 'kr-questionnaires' }],
      notes: 'Survey tool was down on Tuesday.',
    },
  };
  return records[kind];
}

/** A create (`expectedVersion: null`). */
export function create<K extends RecordKind>(kind: K, record: RecordOfKind[K]): Change {
  return { op: 'put', kind, record, expectedVersion: null };
}

/** An update of the version the writer read. */
export function update<K extends RecordKind>(kind: K, record: RecordOfKind[K], expectedVersion: number): Change {
  return { op: 'put', kind, record, expectedVersion };
}

/** A delete of the version the writer read. */
export function remove(kind: RecordKind, id: string, expectedVersion: number): Change {
  return { op: 'delete', kind, id, expectedVersion };
}

/** Text that storage must keep exactly: no trimming, no Unicode normalisation, no escaping left behind. */
export const textsByName: ReadonlyArray<readonly [string, string]> = [
  ['emoji (with skin tones, ZWJ families and flags)', 'Ship it 🚀🔥 👍🏽 👩‍👩‍👧‍👦 🇪🇺 🏳️‍🌈'],
  ['right-to-left Arabic', 'زيادة نشاط المستخدمين بشكل ملحوظ هذا الربع'],
  ['right-to-left Hebrew mixed with numbers', 'להגדיל את המשתמשים הפעילים ב-20% עד Q1'],
  ['CJK', '显著提升本季度用户活跃度 ユーザー活動を大幅に増やす 사용자 활동 증가'],
  ['combining characters (decomposed, not normalised)', 'Cafe\u0301 Zu\u0308rich n\u0303 — A\u030A'],
  ['the precomposed twin of the same text', 'Café Zürich ñ — Å'],
  ['quotes, backslashes and SQL-ish text', `'); DROP TABLE x; -- "quoted" \\ \\\\ \\n \\u0000 $1 %s {{x}} \${y} <script>alert(1)</script>`],
  ['whitespace at the edges, newlines and tabs', '  leading and trailing  \n\tindented\r\nwindows line\n\n'],
];

/**
 * A 10,000-character (UTF-16 units) description with multi-byte characters spread through
 * it. Each chunk is 9 units, so the cut at 10,000 falls on a digit, never inside the emoji's
 * surrogate pair.
 */
export const longText = Array.from({ length: 1112 }, (_, at) => `${String(at).padStart(4, '0')}-é漢🙂`).join('').slice(0, 10_000);

/** Numbers that a careless storage rounds, truncates or turns into strings. */
export const numbersByName: ReadonlyArray<readonly [string, number]> = [
  ['1e15', 1e15],
  ['-1e15', -1e15],
  ['0.1 + 0.2', 0.1 + 0.2],
  ['Number.MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER],
  ['-Number.MAX_SAFE_INTEGER', -Number.MAX_SAFE_INTEGER],
  ['5e-324 (the smallest positive double)', 5e-324],
  ['Number.MAX_VALUE', Number.MAX_VALUE],
  ['1/3', 1 / 3],
];
