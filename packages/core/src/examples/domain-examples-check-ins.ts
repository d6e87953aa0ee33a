/**
 * Check-ins of the domain examples (see `domain-examples.ts`), up to 2026-02-15.
 * Teams check in on Fridays; company KRs every other week; the startup when something
 * happens; the education centre stopped after 23 January (its KR is outdated on the 15th).
 * The last value of each series equals its KR's `current`.
 */
import type { CheckIn, IsoDate } from '../model/model.types';

/** One reading: the day, the value, the confidence (0..1) and an optional note. */
type Reading = readonly [day: IsoDate, value: number, confidence: number, note?: string];

/**
 * A KR's check-ins from compact readings, with stable ids such as `'ci-mau-2026-01-09'`.
 * Check-ins are recorded at 16:00 UTC, the end of a working day in Europe.
 */
function series(keyResultId: string, authorId: string, readings: readonly Reading[]): CheckIn[] {
  const short = keyResultId.replace(/^kr-/, '');
  return readings.map(([day, value, confidence, note]) => ({
    id: `ci-${short}-${day}`,
    keyResultId,
    at: `${day}T16:00:00Z`,
    value,
    confidence,
    ...(note === undefined ? {} : { note }),
    authorId,
  }));
}

const all: CheckIn[] = [
  ...series('kr-arr', 'amara-osei', [
    ['2026-01-16', 8_140_000, 0.6, 'Two enterprise renewals moved to February.'],
    ['2026-01-30', 8_310_000, 0.6],
    ['2026-02-13', 8_600_000, 0.65, 'Annual-plan discount converted well.'],
  ]),
  ...series('kr-paying-teams', 'amara-osei', [
    ['2026-01-16', 436, 0.5],
    ['2026-01-30', 479, 0.5, 'Self-serve checkout still loses a third of trials.'],
    ['2026-02-13', 520, 0.55],
  ]),
  ...series('kr-engagement', 'amara-osei', [
    ['2026-01-16', 69, 0.6, 'First pulse survey of the year.'],
    ['2026-01-30', 69, 0.55],
    ['2026-02-13', 70, 0.6, 'Training programme mentioned in comments.'],
  ]),
  ...series('kr-usage-time', 'jonas-weber', [
    ['2026-01-09', 43, 0.7],
    ['2026-01-16', 45, 0.7, 'Daily digest e-mail live.'],
    ['2026-01-23', 46, 0.65],
    ['2026-01-30', 48, 0.6, 'Gains slower than planned; feed redesign slipped a week.'],
    ['2026-02-06', 50, 0.6],
    ['2026-02-13', 51, 0.55, 'Feed redesign in beta for 10 % of users.'],
  ]),
  ...series('kr-mau', 'jonas-weber', [
    ['2026-01-09', 1_012_000, 0.6],
    ['2026-01-16', 1_030_000, 0.65],
    ['2026-01-23', 1_041_000, 0.65],
    ['2026-01-30', 1_058_000, 0.7, 'Referral programme launched.'],
    ['2026-02-06', 1_081_000, 0.7],
    ['2026-02-13', 1_100_000, 0.75, 'Half way to 1.2 M.'],
  ]),
  ...series('kr-churn', 'priya-nair', [
    ['2026-01-09', 4.9, 0.5],
    ['2026-01-16', 4.7, 0.55],
    ['2026-01-23', 4.6, 0.6, 'Win-back e-mails started.'],
    ['2026-01-30', 4.4, 0.6],
    ['2026-02-06', 4.2, 0.65],
    ['2026-02-13', 4, 0.7],
  ]),
  ...series('kr-onboarding-checklist', 'priya-nair', [
    ['2026-01-16', 0, 0.8, 'Design approved.'],
    ['2026-01-30', 0, 0.8, 'In development.'],
    ['2026-02-13', 0, 0.75, 'In QA; release planned for 2 March.'],
  ]),
  ...series('kr-support-response', 'lena-kovac', [
    ['2026-01-09', 3.9, 0.8, 'Close to the limit after the holidays backlog.'],
    ['2026-01-16', 3.7, 0.8],
    ['2026-01-23', 3.6, 0.85],
    ['2026-01-30', 3.4, 0.85],
    ['2026-02-06', 3.3, 0.9],
    ['2026-02-13', 3.2, 0.9],
  ]),
  ...series('kr-help-articles', 'lena-kovac', [
    ['2026-01-09', 8, 0.7],
    ['2026-01-16', 15, 0.75],
    ['2026-01-23', 24, 0.8],
    ['2026-01-30', 31, 0.9],
    ['2026-02-06', 40, 1, 'Target reached.'],
    ['2026-02-13', 46, 1, 'Kept writing: six more articles on the new feed.'],
  ]),
  ...series('kr-training-sessions', 'tom-becker', [
    ['2026-01-16', 1, 0.8],
    ['2026-01-30', 2, 0.8],
    ['2026-02-06', 3, 0.8],
    ['2026-02-13', 4, 0.85],
  ]),
  ...series('kr-training-quality', 'tom-becker', [
    ['2026-01-16', 4, 0.6, 'Too much theory, say attendees.'],
    ['2026-01-30', 4.1, 0.6],
    ['2026-02-13', 4.2, 0.65, 'Hands-on format rated higher.'],
  ]),
  ...series('kr-training-participation', 'tom-becker', [
    ['2026-01-16', 34, 0.6],
    ['2026-01-30', 40, 0.6],
    ['2026-02-13', 45, 0.65],
  ]),
  ...series('kr-training-application', 'tom-becker', [
    ['2026-01-30', 0, 0.5],
    ['2026-02-13', 1, 0.55, 'Every attendee has named one practice to try.'],
  ]),
  ...series('kr-patents', 'mei-lin', [
    ['2026-01-09', 1, 0.7, 'Filed the compression patent drafted last year.'],
    ['2026-01-23', 2, 0.75],
    ['2026-02-13', 3, 0.8],
  ]),
  ...series('kr-new-products', 'mei-lin', [
    ['2026-01-09', 0, 0.5],
    ['2026-02-06', 1, 0.6, 'Edge inference SDK launched.'],
  ]),
  ...series('kr-healthy-share', 'sofia-russo', [
    ['2026-01-09', 23, 0.6],
    ['2026-01-23', 24, 0.55],
    ['2026-02-06', 26, 0.55, 'New bowls menu in two of five restaurants.'],
    ['2026-02-13', 27, 0.5],
  ]),
  ...series('kr-satisfaction', 'sofia-russo', [
    ['2026-01-09', 4.1, 0.6],
    ['2026-01-23', 4.2, 0.6],
    ['2026-02-13', 4.3, 0.6],
  ]),
  ...series('kr-maths-scores', 'daniel-okafor', [
    ['2026-01-09', 36, 0.5],
    ['2026-01-16', 38, 0.45],
    ['2026-01-23', 41, 0.4, 'Next reading after the March mock exam.'],
  ]),
];

/** All check-ins of the examples, oldest first (ties by id), as okrkit stores them. */
export const domainExampleCheckIns: CheckIn[] = all.sort((a, b) =>
  a.at === b.at ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.at < b.at ? -1 : 1,
);
