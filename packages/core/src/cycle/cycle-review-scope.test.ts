import { describe, expect, it } from 'vitest';
import type { OkrSet } from '../model/model.types';
import { scoringPresets } from '../scoring/presets/index';
import type { CloseOut } from './cycle.types';
import { aspirationalSweetSpot, PERIOD_REVIEW_MARKDOWN_LABELS, periodCompletion, periodReview, periodReviewToMarkdown, scopePeriodReview } from './index';

const q1 = { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' };
const okrSet: OkrSet = {
  periods: [q1, { id: 'q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' }],
  objectives: [
    { id: 'a', title: 'Raise usage', periodId: 'q1', teamId: 'product', state: 'closed' },
    { id: 'b', title: 'Cut churn', periodId: 'q1', teamId: 'growth', state: 'closed', kind: 'aspirational' },
    { id: 'c', title: 'Two new markets', periodId: 'q1', teamId: 'growth', state: 'closed', kind: 'aspirational' },
    { id: 'd', title: 'Faster support', periodId: 'q1', teamId: 'support', state: 'active' },
    { id: 'e', title: 'Closed long ago, no record', periodId: 'q1', state: 'closed' },
    { id: 'f', title: 'Never confirmed', periodId: 'q1', teamId: 'growth', state: 'proposed' },
    { id: 'g', title: 'Next quarter', periodId: 'q2', teamId: 'growth', state: 'closed' },
  ],
  keyResults: [],
  checkIns: [],
};
const closeOut = (objectiveId: string, grade: number, lessons = ''): CloseOut => ({
  id: `close-${objectiveId}`,
  objectiveId,
  result: grade >= 0.7 ? 'achieved' : 'missed',
  keyResults: [],
  grade,
  scoringStrategyId: 'google',
  retrospective: { met: '', missed: '', lessons },
});
const closeOuts = [closeOut('a', 1, 'Ship smaller'), closeOut('b', 0.7, 'Start earlier'), closeOut('c', 0.4), closeOut('g', 0.9)];
const google = scoringPresets.google;

describe('periodCompletion', () => {
  it('given a period with closed, open and record-less objectives, it counts reviewed, still open and ungraded, leaving out proposals and other periods', () => {
    expect(periodCompletion(q1, okrSet, closeOuts)).toEqual({ reviewed: 3, open: 1, ungraded: 1, state: 'partly-closed' });
  });

  it('given a scope, it counts only that team or kind; the company is teamId null', () => {
    expect(periodCompletion(q1, okrSet, closeOuts, { teamId: 'growth' })).toEqual({ reviewed: 2, open: 0, ungraded: 0, state: 'closed' });
    expect(periodCompletion(q1, okrSet, closeOuts, { teamId: 'support' })).toEqual({ reviewed: 0, open: 1, ungraded: 0, state: 'nothing-closed' });
    expect(periodCompletion(q1, okrSet, closeOuts, { teamId: null })).toEqual({ reviewed: 0, open: 0, ungraded: 1, state: 'nothing-closed' });
    expect(periodCompletion(q1, okrSet, closeOuts, { kind: 'committed' })).toMatchObject({ reviewed: 1, open: 1 });
  });

  it('given no close-outs at all, nothing is closed', () => {
    expect(periodCompletion(q1, okrSet, []).state).toBe('nothing-closed');
  });
});

describe('scopePeriodReview', () => {
  const review = periodReview(q1, okrSet, closeOuts, google);

  it('given no scope, it is the review itself', () => {
    expect(scopePeriodReview(review, {}, google)).toBe(review);
  });

  it('given a team, the overall figures, kinds and lessons are that team’s alone', () => {
    const growth = scopePeriodReview(review, { teamId: 'growth' }, google);
    expect(growth.objectives.map((entry) => entry.objectiveId)).toEqual(['b', 'c']);
    expect(growth.overall).toMatchObject({ count: 2, meanGrade: 0.55, distribution: { red: 0, yellow: 1, green: 1 } });
    expect(growth.byTeam.map((group) => group.teamId)).toEqual(['growth']);
    expect(growth.byKind.committed.count).toBe(0);
    expect(growth.byKind.committed.meanGrade).toBe(0);
    expect(growth.lessons.map((lesson) => lesson.objectiveId)).toEqual(['b']);
  });

  it('given a kind, the teams are those with objectives of that kind, in the review’s order', () => {
    const committed = scopePeriodReview(review, { kind: 'committed' }, google);
    expect(committed.byTeam.map((group) => [group.teamId, group.count, group.meanGrade])).toEqual([['product', 1, 1]]);
    expect(committed.byKind.aspirational.count).toBe(0);
  });

  it('given a scope nothing falls in, every group is empty and no mean grade is NaN', () => {
    const none = scopePeriodReview(review, { teamId: 'support' }, google);
    expect(none.objectives).toEqual([]);
    expect(none.byTeam).toEqual([]);
    expect(Number.isNaN(none.overall.meanGrade)).toBe(false);
    expect(none.overall).toMatchObject({ count: 0, meanGrade: 0 });
  });
});

describe('aspirationalSweetSpot', () => {
  it('given a strategy, it is progress 0.6–0.7 on the strategy’s scale, and the committed expectation is its top', () => {
    expect(aspirationalSweetSpot(google)).toEqual({ low: 0.6, high: 0.7, committed: 1 });
    expect(aspirationalSweetSpot(scoringPresets.percent)).toEqual({ low: 60, high: 70, committed: 100 });
  });
});

describe('periodReviewToMarkdown', () => {
  const review = periodReview(q1, okrSet, closeOuts, google);
  const names: Record<string, string> = { product: 'Product', growth: 'Growth | Sales' };
  const nameOf = (teamId: string | null) => (teamId === null ? 'Company' : (names[teamId] ?? teamId));

  it('given the review, it writes the tables and lessons in English by default, with words for kinds and results and table cells escaped', () => {
    const text = periodReviewToMarkdown(review, 'Q1 2026', google, nameOf);
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Review: \u2068Q1 2026\u2069');
    expect(lines).toContain('## By team');
    expect(lines).toContain('## Committed and aspirational');
    expect(lines).toContain('| Objective | Team | Kind | Result | Grade |');
    expect(lines).toContain('| \u2068Cut churn\u2069 | \u2068Growth \\| Sales\u2069 | Aspirational | Achieved | 0.7 |');
    expect(lines).toContain('- **\u2068Raise usage\u2069**: \u2068Ship smaller\u2069');
    expect(text.endsWith('- **\u2068Cut churn\u2069**: \u2068Start earlier\u2069\n')).toBe(true);
  });

  it('given another language’s labels, every heading, column, kind, result and band is in that language', () => {
    const de = {
      ...PERIOD_REVIEW_MARKDOWN_LABELS,
      title: (period: string) => `Rückblick: ${period}`,
      byTeam: 'Nach Team',
      objectives: 'Ziele',
      lessons: 'Lehren',
      noLessons: 'Keine.',
      objective: 'Ziel',
      result: 'Ergebnis',
      grade: 'Bewertung',
      kinds: { committed: 'Verbindlich', aspirational: 'Ambitioniert' },
      results: { achieved: 'Erreicht', missed: 'Verfehlt', postponed: 'Verschoben', 'carried-over': 'Übertragen' },
      band: (band: { id: string }) => `Band ${band.id}`,
    };
    const text = periodReviewToMarkdown({ ...review, lessons: [] }, 'Q1 2026', google, nameOf, de);
    expect(text.startsWith('# Rückblick: \u2068Q1 2026\u2069\n\n## Nach Team\n')).toBe(true);
    expect(text).toContain('| Ziel | Team | Kind | Ergebnis | Bewertung |');
    expect(text).toContain('| Ambitioniert | Verfehlt | 0.4 |');
    expect(text).toContain(`| ${google.bands.map((band) => `Band ${band.id}`).join(' | ')} |`);
    expect(text.endsWith('## Lehren\n\nKeine.\n')).toBe(true);
    expect(text).not.toMatch(/Achieved|Missed|Aspirational|Lessons/);
  });
});
