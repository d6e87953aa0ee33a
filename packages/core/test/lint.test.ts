import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lintObjective,
  lintOkrSet,
  validateOkrSet,
  type CheckIn,
  type KeyResult,
  type LintCode,
  type LintIssue,
  type LintOptions,
  type Metric,
  type Objective,
  type OkrSet,
  type Period,
} from '../src/index';

const fy: Period = { id: 'fy-2026', name: 'FY 2026', start: '2026-01-01', end: '2026-12-31' };
const h1: Period = { id: 'h1-2026', name: 'H1 2026', start: '2026-01-01', end: '2026-06-30', parentId: 'fy-2026' };
const q1: Period = { id: 'q1-2026', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', parentId: 'h1-2026' };
const now = '2026-02-15T00:00:00Z';

const rising = (start: number, target: number, current = start): Metric => ({
  kind: 'numeric',
  direction: 'increase',
  start,
  target,
  current,
});

function objective(id: string, title: string, extra: Partial<Objective> = {}): Objective {
  return { id, title, periodId: 'q1-2026', ...extra };
}

function keyResult(id: string, objectiveId: string, title: string, metric: Metric = rising(0, 10)): KeyResult {
  return { id, objectiveId, title, metric };
}

/** A set with the three periods and, by default, a fresh check-in for every key result. */
function okrSet(objectives: Objective[], keyResults: KeyResult[], checkIns?: CheckIn[]): OkrSet {
  return {
    periods: [fy, h1, q1],
    objectives,
    keyResults,
    checkIns: checkIns ?? keyResults.map((k) => ({ id: `c-${k.id}`, keyResultId: k.id, at: '2026-02-10T09:00:00Z', value: 1 })),
  };
}

/** Two measurable KRs for an objective, so that only what a test is about fires. */
function twoKeyResults(objectiveId: string): KeyResult[] {
  return [
    keyResult(`${objectiveId}-kr1`, objectiveId, 'Monthly active users +20 %', rising(100_000, 120_000)),
    keyResult(`${objectiveId}-kr2`, objectiveId, 'Average daily usage +30 min', rising(45, 75)),
  ];
}

/** The DOMAIN.md examples, aligned, ranked, measured and checked in: a healthy set. */
function healthySet(): OkrSet {
  const objectives = [
    objective('activity', 'Significantly increase user activity', { priority: 1, kind: 'aspirational' }),
    objective('innovation', 'Lead technical innovation in our industry', { periodId: 'fy-2026', priority: 1 }),
    objective('healthy', 'Most popular healthy-dining brand locally', { periodId: 'h1-2026' }),
    objective('sales', 'Win more new customers', { teamId: 'sales', parentId: 'activity' }),
    objective('brand', 'More brand awareness among students', { teamId: 'marketing', contributesTo: ['activity'] }),
  ];
  const keyResults = [
    keyResult('usage', 'activity', 'Avg daily usage +30 min', rising(45, 75, 52)),
    keyResult('mau', 'activity', 'MAU +20 %', rising(100_000, 120_000, 104_000)),
    keyResult('patents', 'innovation', '≥5 core patents filed', rising(0, 5, 1)),
    keyResult('products', 'innovation', '≥2 new products with industry-leading technology', {
      kind: 'milestones',
      milestones: [
        { title: 'First product launched', done: true },
        { title: 'Second product launched', done: false },
      ],
    }),
    keyResult('healthy-share', 'healthy', 'Healthy dishes ≥50 % of sales', rising(30, 50, 36)),
    keyResult('satisfaction', 'healthy', 'Satisfaction ≥4.8/5', rising(4.2, 4.8, 4.5)),
    keyResult('customers', 'sales', '120 new customers', rising(0, 120, 30)),
    keyResult('contract', 'sales', 'Framework contract signed', { kind: 'binary', done: false }),
    keyResult('awareness', 'brand', 'Aided brand awareness 20 % → 35 %', rising(20, 35, 24)),
    keyResult('churn', 'brand', 'Churn down to 3 %', { kind: 'numeric', direction: 'decrease', start: 5, target: 3, current: 4.5 }),
  ];
  return okrSet(objectives, keyResults);
}

function issuesWith(code: LintCode, set: OkrSet, options: LintOptions = {}): LintIssue[] {
  return lintOkrSet(set, { now, ...options }).filter((issue) => issue.code === code);
}

describe('lintOkrSet: a healthy set', () => {
  it('given the DOMAIN.md examples, aligned, ranked, measured and checked in, it finds nothing', () => {
    const set = healthySet();
    expect(validateOkrSet(set).ok).toBe(true);
    expect(lintOkrSet(set, { now })).toEqual([]);
  });

  it('given an empty set, it finds nothing (not even all-short-term)', () => {
    expect(lintOkrSet(okrSet([], []), { now })).toEqual([]);
  });
});

describe('lintOkrSet: each health check', () => {
  it('given an objective with no key results, it warns objective-without-key-results', () => {
    const set = okrSet([objective('o1', 'Significantly increase user activity', { periodId: 'fy-2026' })], []);
    expect(issuesWith('objective-without-key-results', set)).toEqual([
      {
        code: 'objective-without-key-results',
        severity: 'warning',
        message: 'The objective "Significantly increase user activity" has no key results to show whether it is met; add 2 to 5.',
        params: { objective: { title: 'Significantly increase user activity' }, min: 2, max: 5 },
        objectiveId: 'o1',
      },
    ]);
  });

  it('given one owner with six objectives in a quarter, it warns too-many-objectives (default max 5)', () => {
    const objectives = Array.from({ length: 6 }, (_, at) =>
      objective(`o${at}`, `Objective number ${at} for Anna`, { ownerId: 'anna', priority: at + 1 }),
    );
    const set = okrSet(objectives, objectives.flatMap((o) => twoKeyResults(o.id)));
    expect(issuesWith('too-many-objectives', set)).toEqual([
      {
        code: 'too-many-objectives',
        severity: 'warning',
        message: 'Too many objectives: "anna" has 6 objectives in "Q1 2026"; keep the 5 that matter most.',
        params: { owner: 'anna', count: 6, period: 'Q1 2026', max: 5 },
      },
    ]);
    expect(issuesWith('too-many-objectives', set, { maxObjectives: 6 })).toEqual([]);
    expect(issuesWith('too-many-objectives', set, { maxObjectives: 3 })).toHaveLength(1);
  });

  it('given six company objectives in one period, it names the company as their owner', () => {
    const objectives = Array.from({ length: 6 }, (_, at) => objective(`o${at}`, `Company goal number ${at}`, { priority: at + 1 }));
    const [issue] = issuesWith('too-many-objectives', okrSet(objectives, []));
    expect(issue?.message).toBe('Too many objectives: the company has 6 objectives in "Q1 2026"; keep the 5 that matter most.');
  });

  it('given an objective with six key results, it warns too-many-key-results (default max 5)', () => {
    const keyResults = Array.from({ length: 6 }, (_, at) => keyResult(`kr${at}`, 'o1', `Key result number ${at}`));
    const set = okrSet([objective('o1', 'Significantly increase user activity')], keyResults);
    expect(issuesWith('too-many-key-results', set)).toEqual([
      {
        code: 'too-many-key-results',
        severity: 'warning',
        message: 'The objective "Significantly increase user activity" has 6 key results; keep the 5 that matter most.',
        params: { objective: { title: 'Significantly increase user activity' }, count: 6, max: 5 },
        objectiveId: 'o1',
      },
    ]);
    expect(issuesWith('too-many-key-results', set, { maxKeyResults: 6 })).toEqual([]);
  });

  it('given an objective with a single key result, it notes too-few-key-results as info', () => {
    const set = okrSet([objective('o1', 'Lead technical innovation in our industry')], [keyResult('kr1', 'o1', '≥5 core patents filed', rising(0, 5))]);
    expect(issuesWith('too-few-key-results', set)).toEqual([
      {
        code: 'too-few-key-results',
        severity: 'info',
        message: 'The objective "Lead technical innovation in our industry" has only one key result; aim for 2 to 5.',
        params: { objective: { title: 'Lead technical innovation in our industry' }, count: 1, min: 2, max: 5 },
        objectiveId: 'o1',
      },
    ]);
    expect(issuesWith('too-few-key-results', set, { minKeyResults: 1 })).toEqual([]);
  });

  it('given an owner with two objectives in a period and one unranked, it warns unranked-objective on that one', () => {
    const objectives = [
      objective('o1', 'Significantly increase user activity', { ownerId: 'anna', priority: 1 }),
      objective('o2', 'Most popular healthy-dining brand locally', { ownerId: 'anna' }),
    ];
    expect(issuesWith('unranked-objective', okrSet(objectives, []))).toEqual([
      {
        code: 'unranked-objective',
        severity: 'warning',
        message: 'The objective "Most popular healthy-dining brand locally" has no priority, but "anna" has 2 objectives in "Q1 2026"; rank them by importance.',
        params: { objective: { title: 'Most popular healthy-dining brand locally' }, owner: 'anna', count: 2, period: 'Q1 2026' },
        objectiveId: 'o2',
      },
    ]);
  });

  it('given a lone objective of an owner, it does not ask for a rank', () => {
    const set = okrSet([objective('o1', 'Significantly increase user activity', { ownerId: 'anna' })], []);
    expect(issuesWith('unranked-objective', set)).toEqual([]);
  });

  it('given two unranked company objectives in a period, it names the company in the sentence', () => {
    const objectives = [objective('o1', 'Significantly increase user activity'), objective('o2', 'Most popular healthy-dining brand locally')];
    expect(issuesWith('unranked-objective', okrSet(objectives, []))[0]?.message).toBe(
      'The objective "Significantly increase user activity" has no priority, but the company has 2 objectives in "Q1 2026"; rank them by importance.',
    );
  });

  it('given the same owner in two periods, it ranks each period on its own', () => {
    const objectives = [
      objective('o1', 'Significantly increase user activity', { ownerId: 'anna' }),
      objective('o2', 'Lead technical innovation in our industry', { ownerId: 'anna', periodId: 'fy-2026' }),
    ];
    expect(issuesWith('unranked-objective', okrSet(objectives, []))).toEqual([]);
  });

  it('given two objectives of an owner that share priority 1, it warns duplicate-priority on the second', () => {
    const objectives = [
      objective('o1', 'Significantly increase user activity', { teamId: 'growth', priority: 1 }),
      objective('o2', 'Most popular healthy-dining brand locally', { teamId: 'growth', priority: 1 }),
      objective('o3', 'Lead technical innovation in our industry', { teamId: 'growth', priority: 2 }),
    ];
    expect(issuesWith('duplicate-priority', okrSet(objectives, []))).toEqual([
      {
        code: 'duplicate-priority',
        severity: 'warning',
        message: 'The objective "Most popular healthy-dining brand locally" has the same priority (1) as "Significantly increase user activity"; decide which comes first.',
        params: { objective: { title: 'Most popular healthy-dining brand locally' }, priority: 1, other: 'Significantly increase user activity' },
        objectiveId: 'o2',
      },
    ]);
  });

  it('given a team objective that serves nothing above it, it warns orphan-objective', () => {
    const set = okrSet([objective('sales', 'Win more new customers', { teamId: 'sales' })], []);
    expect(issuesWith('orphan-objective', set)).toEqual([
      {
        code: 'orphan-objective',
        severity: 'warning',
        message: 'The objective "Win more new customers" serves no higher objective; link it to the objective it supports.',
        params: { objective: { title: 'Win more new customers' } },
        objectiveId: 'sales',
      },
    ]);
  });

  it('given a personal objective whose parent does not exist, it is still an orphan', () => {
    const set = okrSet([objective('mine', 'Ship my part of the redesign', { ownerId: 'anna', parentId: 'ghost' })], []);
    expect(issuesWith('orphan-objective', set)).toHaveLength(1);
  });

  it('given a team objective aligned through a key result, or a team named top level, it is no orphan', () => {
    const company = objective('company', 'Grow our market share fast', { periodId: 'fy-2026' });
    const sales = objective('sales', 'Win more new customers', { teamId: 'sales' });
    const viaKeyResult = okrSet([company, sales], [{ ...keyResult('kr1', 'sales', '120 new customers'), contributesTo: ['company'] }]);
    expect(issuesWith('orphan-objective', viaKeyResult)).toEqual([]);
    expect(issuesWith('orphan-objective', okrSet([sales], []), { topLevelTeamIds: ['sales'] })).toEqual([]);
    expect(issuesWith('orphan-objective', okrSet([sales], []), { isTopLevel: (o) => o.teamId === 'sales' })).toEqual([]);
    expect(issuesWith('orphan-objective', okrSet([company], []), { isTopLevel: () => false })).toHaveLength(1);
  });

  it('given objectives whose parents loop back, it reports alignment-loop as an error, once', () => {
    const objectives = [
      objective('a', 'Grow our market share fast', { teamId: 'x', parentId: 'b' }),
      objective('b', 'Win more new customers', { teamId: 'y', parentId: 'a' }),
    ];
    expect(issuesWith('alignment-loop', okrSet(objectives, []))).toEqual([
      {
        code: 'alignment-loop',
        severity: 'error',
        message: 'The objectives "Grow our market share fast" → "Win more new customers" → "Grow our market share fast" support each other in a circle; link one to an objective outside it.',
        params: { titles: ['Grow our market share fast', 'Win more new customers'] },
        objectiveId: 'a',
      },
    ]);
  });

  it('given a numeric KR whose start equals its target, or an empty milestones list, it warns key-result-not-measurable', () => {
    const set = okrSet(
      [objective('o1', 'Significantly increase user activity')],
      [
        keyResult('flat', 'o1', 'MAU stays where it is', rising(100, 100)),
        keyResult('empty', 'o1', 'Market survey finished', { kind: 'milestones', milestones: [] }),
      ],
    );
    expect(issuesWith('key-result-not-measurable', set)).toEqual([
      {
        code: 'key-result-not-measurable',
        severity: 'warning',
        message: 'The key result "MAU stays where it is" starts at its target, so it cannot show progress; set a different target.',
        params: { keyResult: { title: 'MAU stays where it is' }, reason: 'starts-at-target' },
        objectiveId: 'o1',
        keyResultId: 'flat',
      },
      {
        code: 'key-result-not-measurable',
        severity: 'warning',
        message: 'The key result "Market survey finished" has no milestones; add the steps that show progress.',
        params: { keyResult: { title: 'Market survey finished' }, reason: 'no-milestones' },
        objectiveId: 'o1',
        keyResultId: 'empty',
      },
    ]);
  });

  it('given a binary KR titled like a task ("Launch …"), it notes task-as-key-result as info', () => {
    const set = okrSet(
      [objective('o1', 'Lead technical innovation in our industry')],
      [
        keyResult('launch', 'o1', 'Launch the new onboarding flow', { kind: 'binary', done: false }),
        keyResult('write', 'o1', 'Write: the quarterly newsletter', { kind: 'binary', done: false }),
        keyResult('signed', 'o1', 'Framework contract signed', { kind: 'binary', done: false }),
        keyResult('products', 'o1', 'Launch at least 2 new products', rising(0, 2)),
      ],
    );
    expect(issuesWith('task-as-key-result', set)).toEqual([
      {
        code: 'task-as-key-result',
        severity: 'info',
        message: 'The key result "Launch the new onboarding flow" reads like a task; say what result it should bring, as a number.',
        params: { keyResult: { title: 'Launch the new onboarding flow' } },
        objectiveId: 'o1',
        keyResultId: 'launch',
      },
      expect.objectContaining({ code: 'task-as-key-result', keyResultId: 'write' }),
    ]);
    expect(issuesWith('task-as-key-result', set, { taskVerbs: ['write'] }).map((issue) => issue.keyResultId)).toEqual(['write']);
  });

  it('given a KR last checked in 20 days ago, or never checked in 45 days into its period, it warns no-recent-check-in', () => {
    const set = okrSet(
      [objective('o1', 'Significantly increase user activity')],
      [keyResult('stale', 'o1', 'MAU +20 %'), keyResult('silent', 'o1', 'Avg daily usage +30 min')],
      [{ id: 'c1', keyResultId: 'stale', at: '2026-01-26T09:00:00Z', value: 3 }],
    );
    expect(issuesWith('no-recent-check-in', set)).toEqual([
      {
        code: 'no-recent-check-in',
        severity: 'warning',
        message: 'The key result "MAU +20 %" has not been updated for over 14 days; record where it stands.',
        params: { keyResult: { title: 'MAU +20 %' }, days: 14 },
        objectiveId: 'o1',
        keyResultId: 'stale',
      },
      expect.objectContaining({ code: 'no-recent-check-in', keyResultId: 'silent' }),
    ]);
    expect(issuesWith('no-recent-check-in', set, { outdatedAfterDays: 60 })).toEqual([]);
  });

  it('given no `now`, it skips no-recent-check-in, as okrkit reads no clock', () => {
    const set = okrSet([objective('o1', 'Significantly increase user activity')], twoKeyResults('o1'), []);
    expect(lintOkrSet(set).filter((issue) => issue.code === 'no-recent-check-in')).toEqual([]);
    expect(issuesWith('no-recent-check-in', set)).toHaveLength(2);
  });

  it('given a draft or closed objective, or a time after the period, it does not ask for check-ins', () => {
    const objectives = [
      objective('draft', 'Significantly increase user activity', { state: 'draft' }),
      objective('closed', 'Lead technical innovation in our industry', { state: 'closed' }),
    ];
    const set = okrSet(objectives, [...twoKeyResults('draft'), ...twoKeyResults('closed')], []);
    expect(issuesWith('no-recent-check-in', set)).toEqual([]);
    const active = okrSet([objective('o1', 'Significantly increase user activity')], twoKeyResults('o1'), []);
    expect(issuesWith('no-recent-check-in', active, { now: '2026-04-15T00:00:00Z' })).toEqual([]);
  });

  it('given a one-word objective title, it notes vague-objective as info; a title in Chinese is counted by words', () => {
    const set = okrSet(
      [objective('o1', 'Growth', { priority: 1 }), objective('o2', '显著提升用户活跃度', { priority: 2 })],
      [],
    );
    expect(issuesWith('vague-objective', set)).toEqual([
      {
        code: 'vague-objective',
        severity: 'info',
        message: 'The objective "Growth" is vague; say what should change in at least 3 words.',
        params: { objective: { title: 'Growth' }, minWords: 3 },
        objectiveId: 'o1',
      },
    ]);
    expect(issuesWith('vague-objective', set, { minTitleWords: 1 })).toEqual([]);
  });

  it('given objectives only in quarters, it notes all-short-term once; an annual objective clears it', () => {
    const quarterOnly = okrSet([objective('o1', 'Significantly increase user activity')], []);
    expect(issuesWith('all-short-term', quarterOnly)).toEqual([
      {
        code: 'all-short-term',
        severity: 'info',
        message: 'Every objective lasts 100 days or less; add a longer-term one.',
        params: { days: 100 },
      },
    ]);
    const withAnnual = okrSet([...quarterOnly.objectives, objective('o2', 'Lead technical innovation in our industry', { periodId: 'fy-2026' })], []);
    expect(issuesWith('all-short-term', withAnnual)).toEqual([]);
    expect(issuesWith('all-short-term', quarterOnly, { longTermDays: 60 })).toEqual([]);
  });
});

describe('lintOkrSet: messages a team lead understands', () => {
  it('given a set with every kind of problem, each message says what to do in plain words, naming no field or code', () => {
    const anna = Array.from({ length: 6 }, (_, at) => objective(`anna-${at}`, `Objective number ${at} for Anna`, { ownerId: 'anna', priority: at < 2 ? 1 : undefined }));
    const objectives = [
      ...anna,
      objective('a', 'Grow our market share fast', { teamId: 'x', parentId: 'b' }),
      objective('b', 'Win more new customers', { teamId: 'y', parentId: 'a' }),
      objective('sales', 'Growth', { teamId: 'sales' }),
      objective('crowded', 'Significantly increase user activity'),
    ];
    const keyResults = [
      ...Array.from({ length: 6 }, (_, at) => keyResult(`crowded-${at}`, 'crowded', `Key result number ${at}`)),
      keyResult('flat', 'anna-0', 'MAU stays where it is', rising(100, 100)),
      keyResult('empty', 'anna-1', 'Market survey finished', { kind: 'milestones', milestones: [] }),
      keyResult('launch', 'anna-1', 'Launch the new onboarding flow', { kind: 'binary', done: false }),
    ];
    const issues = lintOkrSet(okrSet(objectives, keyResults, []), { now });
    const codes: LintCode[] = [
      'alignment-loop', 'orphan-objective', 'objective-without-key-results', 'too-few-key-results', 'too-many-key-results', 'vague-objective',
      'too-many-objectives', 'unranked-objective', 'duplicate-priority', 'key-result-not-measurable', 'task-as-key-result', 'no-recent-check-in', 'all-short-term',
    ];
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(codes));
    for (const { message } of issues) {
      // Titles and names are quoted user text; the rest is okrkit's own words.
      const words = message.replace(/"[^"]*"/g, '""');
      expect(words, message).not.toMatch(/[a-z][A-Z]|[_`{}]|\b(id|null|undefined|metric|parent|lint)\b/);
      expect(codes.some((code) => words.includes(code)), message).toBe(false);
      expect(words, message).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe('lintOkrSet: drafts, options and robustness', () => {
  it('given a draft objective, it lints it and says it is a draft', () => {
    const set = okrSet([objective('o1', 'Significantly increase user activity', { state: 'draft', periodId: 'fy-2026' })], []);
    expect(issuesWith('objective-without-key-results', set)[0]?.message).toBe(
      'The draft objective "Significantly increase user activity" has no key results to show whether it is met; add 2 to 5.',
    );
  });

  it('given a KR of a proposed objective, its message names the objective and its state', () => {
    const set = okrSet(
      [objective('o1', 'Significantly increase user activity', { state: 'proposed' })],
      [keyResult('kr1', 'o1', 'MAU stays flat', rising(5, 5))],
    );
    expect(issuesWith('key-result-not-measurable', set)[0]?.message).toBe(
      'The key result "MAU stays flat" of the proposed objective "Significantly increase user activity" starts at its target, so it cannot show progress; set a different target.',
    );
  });

  it('given codes to ignore, it leaves them out', () => {
    const set = okrSet([objective('o1', 'Growth')], []);
    const codes = lintOkrSet(set, { ignore: ['vague-objective', 'all-short-term'] }).map((issue) => issue.code);
    expect(codes).toEqual(['objective-without-key-results']);
  });

  it('given ownerOf, it counts objectives per the owner it returns', () => {
    const objectives = [
      objective('o1', 'Significantly increase user activity', { ownerId: 'anna', teamId: 'growth', priority: 1 }),
      objective('o2', 'Most popular healthy-dining brand locally', { ownerId: 'ben', teamId: 'growth', priority: 1 }),
    ];
    expect(issuesWith('duplicate-priority', okrSet(objectives, []))).toEqual([]);
    expect(issuesWith('duplicate-priority', okrSet(objectives, []), { ownerOf: (o) => o.teamId ?? '' })).toHaveLength(1);
  });

  it('given an invalid `now`, it throws a RangeError saying so', () => {
    expect(() => lintOkrSet(healthySet(), { now: 'someday' })).toThrow(RangeError);
  });

  it('given every health check, each code fires in this suite and none fires on the healthy set', () => {
    const everyCode: LintCode[] = [
      'objective-without-key-results',
      'too-many-objectives',
      'too-many-key-results',
      'too-few-key-results',
      'unranked-objective',
      'duplicate-priority',
      'orphan-objective',
      'alignment-loop',
      'key-result-not-measurable',
      'task-as-key-result',
      'no-recent-check-in',
      'vague-objective',
      'all-short-term',
    ];
    // One set that breaks every rule at once.
    const objectives = [
      ...Array.from({ length: 6 }, (_, at) => objective(`crowd${at}`, `Crowded goal number ${at}`, { ownerId: 'anna', priority: 1 })),
      objective('loop-a', 'Grow', { teamId: 'x', parentId: 'loop-b' }),
      objective('loop-b', 'Win more new customers', { teamId: 'x', parentId: 'loop-a' }),
      objective('lonely', 'Nobody needs this one', { teamId: 'y' }),
    ];
    const keyResults = [
      ...Array.from({ length: 6 }, (_, at) => keyResult(`many${at}`, 'crowd0', `Many key result ${at}`)),
      keyResult('single', 'crowd1', 'Launch the beta', { kind: 'binary', done: false }),
      keyResult('flat', 'crowd2', 'MAU flat', rising(3, 3)),
    ];
    const fired = new Set(lintOkrSet(okrSet(objectives, keyResults, []), { now }).map((issue) => issue.code));
    expect([...fired].sort()).toEqual([...everyCode].sort());
    expect(lintOkrSet(healthySet(), { now })).toEqual([]);
  });

  it('given random valid sets, it never throws, every finding names a real record, and lintObjective gives exactly the findings about its objective', () => {
    const ids = ['o0', 'o1', 'o2', 'o3', 'o4'];
    const arbitraryObjective = fc.record({
      parent: fc.option(fc.constantFrom(...ids), { nil: undefined }),
      owner: fc.option(fc.constantFrom('anna', 'ben'), { nil: undefined }),
      priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      title: fc.string({ maxLength: 30 }).filter((t) => t.trim() !== ''),
      periodId: fc.constantFrom('fy-2026', 'h1-2026', 'q1-2026'),
      keyResultCount: fc.nat(7),
    });
    fc.assert(
      fc.property(fc.array(arbitraryObjective, { minLength: 5, maxLength: 5 }), (drafts) => {
        const objectives = drafts.map((d, at) => ({
          id: ids[at] as string,
          title: d.title,
          periodId: d.periodId,
          ...(d.parent && { parentId: d.parent }),
          ...(d.owner && { ownerId: d.owner }),
          ...(d.priority && { priority: d.priority }),
        }));
        const keyResults = drafts.flatMap((d, at) =>
          Array.from({ length: d.keyResultCount }, (_, k) => keyResult(`kr${at}-${k}`, ids[at] as string, `Key result ${k}`, rising(0, k))),
        );
        const set = okrSet(objectives, keyResults, []);
        const all = lintOkrSet(set, { now });
        for (const issue of all) {
          expect(issue.message.length).toBeGreaterThan(0);
          if (issue.objectiveId) expect(ids).toContain(issue.objectiveId);
        }
        for (const id of ids) expect(lintObjective(set, id, { now })).toEqual(all.filter((issue) => issue.objectiveId === id));
      }),
      { numRuns: 200 },
    );
  });
});
