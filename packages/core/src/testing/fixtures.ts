import type { Change, RecordKind, RecordOfKind } from '../store/adapter.types';
import type { CheckIn, KeyResult, Metric, Objective, Period } from '../model/model.types';
import type { CloseOut, PlanningCycle, Proposal, ProposalComment, Vote } from '../cycle/cycle.types';

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

export function planningCycle(id: string, periodId: string, overrides: Partial<PlanningCycle> = {}): PlanningCycle {
  return {
    id,
    periodId,
    phase: 'proposal',
    phases: [],
    participants: [{ personId: 'ceo', roles: ['confirmer', 'voter'] }, { personId: 'ana', roles: ['proposer'] }, { personId: 'ben', roles: ['voter'] }],
    votingMethod: { kind: 'ranking' },
    ...overrides,
  };
}

export function proposal(id: string, cycleId: string, objectiveId: string, overrides: Partial<Proposal> = {}): Proposal {
  return { id, cycleId, objectiveId, proposerId: 'ana', strategy: 'Grow the user base', ...overrides };
}

export function proposalComment(id: string, proposalId: string, overrides: Partial<ProposalComment> = {}): ProposalComment {
  return { id, proposalId, authorId: 'ben', stance: 'for', text: `Comment ${id}`, ...overrides };
}

export function vote(id: string, cycleId: string, ranking: string[], overrides: Partial<Vote> = {}): Vote {
  return { id, cycleId, voterId: 'ben', ballot: { kind: 'ranking', ranking }, ...overrides };
}

export function closeOut(id: string, objectiveId: string, keyResultIds: string[], overrides: Partial<CloseOut> = {}): CloseOut {
  return {
    id,
    objectiveId,
    result: 'achieved',
    keyResults: keyResultIds.map((keyResultId) => ({ keyResultId, suggestedGrade: 1, grade: 1 })),
    grade: 1,
    scoringStrategyId: 'google',
    retrospective: { met: 'Everything planned', missed: 'Nothing', lessons: 'Start earlier' },
    ...overrides,
  };
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
    planningCycle: planningCycle(id, 'q2-2026', {
      phase: 'confirmation',
      phases: [{ phase: 'proposal', deadline: '2026-03-10' }, { phase: 'screening' }, { phase: 'confirmation', deadline: '2026-03-20' }],
      votingMethod: { kind: 'points', budget: 10 },
      decision: { confirmerId: 'ceo', order: ['prop-b', 'prop-a'], talliedOrder: ['prop-a', 'prop-b'], overrideReason: 'Cash first', rejections: [{ proposalId: 'prop-c', reason: 'No budget this quarter' }], decidedAt: '2026-03-20T10:00:00Z' },
      reopenings: [{ from: 'screening', to: 'proposal', reason: 'Two teams missed the deadline', byId: 'ceo', at: '2026-03-12T09:00:00Z' }],
    }),
    proposal: proposal(id, 'cycle-q2', 'obj-proposed', { createdAt: '2026-03-02T09:00:00Z' }),
    proposalComment: proposalComment(id, 'prop-a', { stance: 'question', text: 'Which budget pays for it?', replyToId: 'comment-top', createdAt: '2026-03-03T09:00:00Z' }),
    vote: vote(id, 'cycle-q2', [], { voterId: 'ceo', ballot: { kind: 'points', points: { 'prop-a': 6, 'prop-b': 4 } }, castAt: '2026-03-15T09:00:00Z' }),
    closeOut: closeOut(id, 'obj-activity', ['kr-mau', 'kr-time'], {
      result: 'carried-over',
      keyResults: [{ keyResultId: 'kr-mau', suggestedGrade: 0.6, grade: 0.5, adjustmentReason: 'A duplicated export counted twice' }, { keyResultId: 'kr-time', suggestedGrade: 1, grade: 1 }],
      grade: 0.75,
      carriedOverToId: 'obj-activity-q2',
      closedById: 'amara-osei',
      closedAt: '2026-04-01T09:00:00Z',
    }),
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

/**
 * Numbers that a careless storage rounds, truncates or turns into strings, all within the
 * validators' range for metric values (±1e15, `OKR_LIMITS.metricValue`).
 */
export const numbersByName: ReadonlyArray<readonly [string, number]> = [
  ['1e15', 1e15],
  ['-1e15', -1e15],
  ['0.1 + 0.2', 0.1 + 0.2],
  ['999,999,999,999,999 (15 nines, beyond what a float4 or a 32-bit integer keeps)', 999_999_999_999_999],
  ['-999,999,999,999,999.5', -999_999_999_999_999.5],
  ['5e-324 (the smallest positive double)', 5e-324],
  ['1/3', 1 / 3],
];

/** The period, objective and key result that stand in for parents a test does not care about. */
export const STAND_IN = { period: 'stand-in-period', objective: 'stand-in-objective', keyResult: 'stand-in-key-result', planningCycle: 'stand-in-cycle', proposal: 'stand-in-proposal' } as const;

/**
 * Creates of stand-in records for every record a batch refers to but does not create itself
 * (a key result's objective, a check-in's key result, an objective's period and the
 * objectives it aligns to), so that storage's referential-integrity rule accepts the batch.
 * For tests about something else than references; apply them first, on empty storage.
 * @example
 * const batch = [create('checkIn', checkIn('ci-1', 'kr-1', 1))];
 * await apply(parentsFor(batch));
 * await apply(batch);
 */
export function parentsFor(changes: readonly Change[]): Change[] {
  const put = new Set(changes.flatMap((change) => (change.op === 'put' ? [`${change.kind}:${change.record.id}`] : [])));
  const standIns = new Map<string, Change>();
  const need = (kind: 'period' | 'objective' | 'keyResult' | 'planningCycle' | 'proposal' | 'proposalComment', id: string | undefined) => {
    if (id === undefined || put.has(`${kind}:${id}`) || standIns.has(`${kind}:${id}`)) return;
    if (kind === 'planningCycle') {
      need('period', STAND_IN.period);
      standIns.set(`${kind}:${id}`, create('planningCycle', planningCycle(id, STAND_IN.period)));
    }
    if (kind === 'proposal') {
      need('planningCycle', STAND_IN.planningCycle);
      need('objective', STAND_IN.objective);
      standIns.set(`${kind}:${id}`, create('proposal', proposal(id, STAND_IN.planningCycle, STAND_IN.objective)));
    }
    if (kind === 'proposalComment') {
      need('proposal', STAND_IN.proposal);
      standIns.set(`${kind}:${id}`, create('proposalComment', proposalComment(id, STAND_IN.proposal)));
    }
    if (kind === 'period') standIns.set(`${kind}:${id}`, create('period', period(id)));
    if (kind === 'objective') {
      need('period', STAND_IN.period);
      standIns.set(`${kind}:${id}`, create('objective', objective(id, STAND_IN.period)));
    }
    if (kind === 'keyResult') {
      need('objective', STAND_IN.objective);
      standIns.set(`${kind}:${id}`, create('keyResult', keyResult(id, STAND_IN.objective, { kind: 'binary', done: false })));
    }
  };
  for (const change of changes) {
    if (change.op !== 'put') continue;
    const record = change.record as unknown as Record<string, unknown>;
    const text = (field: string) => (typeof record[field] === 'string' ? (record[field] as string) : undefined);
    const contributions = Array.isArray(record.contributesTo) ? (record.contributesTo as string[]) : [];
    switch (change.kind) {
      case 'period':
        need('period', text('parentId'));
        break;
      case 'objective':
        need('period', text('periodId'));
        need('objective', text('parentId'));
        contributions.forEach((id) => need('objective', id));
        break;
      case 'keyResult':
        need('objective', text('objectiveId'));
        contributions.forEach((id) => need('objective', id));
        break;
      case 'checkIn':
        need('keyResult', text('keyResultId'));
        break;
      case 'weeklyReport':
        break;
      case 'planningCycle':
        need('period', text('periodId'));
        break;
      case 'proposal':
        need('planningCycle', text('cycleId'));
        need('objective', text('objectiveId'));
        break;
      case 'proposalComment':
        need('proposal', text('proposalId'));
        need('proposalComment', text('replyToId'));
        break;
      case 'vote': {
        need('planningCycle', text('cycleId'));
        const ballot = record.ballot as { ranking?: string[]; points?: Record<string, number> } | undefined;
        for (const id of [...(ballot?.ranking ?? []), ...Object.keys(ballot?.points ?? {})]) need('proposal', id);
        break;
      }
      case 'closeOut': {
        need('objective', text('objectiveId'));
        need('objective', text('carriedOverToId'));
        const grades = Array.isArray(record.keyResults) ? (record.keyResults as Array<{ keyResultId: string }>) : [];
        for (const entry of grades) need('keyResult', entry.keyResultId);
        break;
      }
      default:
        change.kind satisfies never;
    }
  }
  // Stand-ins in dependency order: periods, then objectives, then key results.
  const order = ['period', 'objective', 'keyResult', 'planningCycle', 'proposal', 'proposalComment'];
  return [...standIns.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/**
 * The batch with {@link parentsFor} prepended, for one-shot set-ups.
 * @example await apply(withParents([create('keyResult', keyResult('kr-1', 'obj-1', metric))]))
 */
export function withParents(changes: readonly Change[]): Change[] {
  return [...parentsFor(changes), ...changes];
}
