import { describe, expect, it } from 'vitest';
import { netConfidenceScore, scoringPresets, summarizeOkrs } from '../src/index';
import { checkIn, keyResult, numeric, objective, okrSet } from './fixtures';

// Mid-February: about 51 % of Q1 has gone by.
const now = '2026-02-15T12:00:00Z';
const set = okrSet({
  objectives: [
    objective('ahead', { teamId: 'growth' }),
    objective('behind', { teamId: 'growth' }),
    objective('far-behind', { teamId: 'growth' }),
    objective('done', { teamId: 'growth' }),
    objective('draft', { teamId: 'growth', state: 'draft' }),
    objective('closed-high', { teamId: 'growth', state: 'closed', retrospective: 'Met' }),
    objective('closed-low', { teamId: 'growth', state: 'closed', retrospective: 'Missed' }),
    objective('elsewhere', { teamId: 'support' }),
  ],
  keyResults: [
    keyResult('k-ahead', 'ahead', numeric(0, 100, 60)),
    keyResult('k-behind', 'behind', numeric(0, 100, 40)),
    keyResult('k-far', 'far-behind', numeric(0, 100, 10)),
    keyResult('k-done', 'done', numeric(0, 100, 120)),
    keyResult('k-draft', 'draft', numeric(0, 100, 0)),
    keyResult('k-high', 'closed-high', numeric(0, 100, 90)),
    keyResult('k-low', 'closed-low', numeric(0, 100, 20)),
    keyResult('k-elsewhere', 'elsewhere', numeric(0, 100, 0)),
  ],
  checkIns: [
    checkIn('c1', 'k-ahead', '2026-02-13T16:00:00Z', 60),
    checkIn('c2', 'k-behind', '2026-01-05T16:00:00Z', 40),
    checkIn('c3', 'k-done', '2026-02-10T16:00:00Z', 120),
  ],
});

describe('summarizeOkrs', () => {
  it('given a team, it counts its objectives under way by status and leaves drafts, closed ones and other teams out', () => {
    const summary = summarizeOkrs(set, { teamId: 'growth' }, { now });
    expect(summary.byStatus).toEqual({ 'not-started': 0, 'on-track': 1, 'at-risk': 1, 'off-track': 1, achieved: 1 });
    expect(summary.underWay).toBe(4);
    expect(summary.netConfidenceScore).toBe(netConfidenceScore(['on-track', 'at-risk', 'off-track', 'achieved']));
    expect(summary.netConfidenceScore).toBe(25);
  });

  it('lists the KRs gone stale (no check-in since the period began, or one older than the limit), oldest first, and not those of drafts or closed objectives', () => {
    const summary = summarizeOkrs(set, { teamId: 'growth' }, { now });
    expect(summary.outdatedKeyResults).toEqual([
      { keyResultId: 'k-far', objectiveId: 'far-behind', lastCheckInAt: null },
      { keyResultId: 'k-behind', objectiveId: 'behind', lastCheckInAt: '2026-01-05T16:00:00Z' },
    ]);
    expect(summarizeOkrs(set, { teamId: 'growth' }, { now, outdatedAfterDays: 42 }).outdatedKeyResults.map((entry) => entry.keyResultId)).toEqual(['k-far']);
  });

  it('given closed objectives, it counts them by the strategy’s grade bands, low to high; without any, there is no distribution', () => {
    const summary = summarizeOkrs(set, { teamId: 'growth' }, { now });
    expect(summary.closed).toBe(2);
    expect(summary.grades.map((entry) => [entry.band.id, entry.count])).toEqual([['low', 1], ['medium', 0], ['high', 1]]);
    const google = summarizeOkrs(set, { teamId: 'growth' }, { now, scoring: scoringPresets.google });
    expect(google.grades.reduce((sum, entry) => sum + entry.count, 0)).toBe(2);
    expect(google.grades.map((entry) => entry.band.id)).toEqual(scoringPresets.google.bands.map((band) => band.id));
    expect(summarizeOkrs(set, { teamId: 'support' }, { now }).grades).toEqual([]);
  });

  it('given a scope nothing matches, every number is zero (never NaN)', () => {
    const summary = summarizeOkrs(set, { teamId: 'nobody' }, { now });
    expect(summary).toMatchObject({ underWay: 0, netConfidenceScore: 0, closed: 0, outdatedKeyResults: [], grades: [] });
    expect(Object.values(summary.byStatus).every((count) => count === 0)).toBe(true);
  });
});
