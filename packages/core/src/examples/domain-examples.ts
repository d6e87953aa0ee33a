/**
 * The worked examples of the domain brief (§9), as one ready-made {@link OkrSet} for
 * stories, docs, tests and the playground. Every number is chosen so that the progress
 * it gives can be checked by hand; `test/examples.test.ts` does exactly that.
 *
 * The set holds four small organisations side by side, as the brief's examples do:
 * - **Brightline**, an internet company, with the full alignment chain
 *   company → Product department → Growth team → Support team, an internal training
 *   programme, a currency KR, a decreasing KR, a binary KR, a guardrail, an
 *   over-achieved KR and a draft for next quarter;
 * - **Kestrel Labs**, a startup, with the aspirational annual innovation goal;
 * - **Green Table**, a restaurant group, with the half-year healthy-dining goal;
 * - **Bright Minds**, an education centre, whose only KR has not been updated for
 *   more than two weeks (outdated) and is off track.
 *
 * Each organisation's top objective has no `parentId`: it is the top of its own tree,
 * not an orphan of another one.
 *
 * The data is written for {@link domainExamplesNow} (Sunday 2026-02-15, noon UTC):
 * weekly check-ins run on Fridays up to 2026-02-13, and every KR's `current` equals
 * its last check-in.
 */
import type { KeyResult, Objective, OkrSet, Period } from '../model/model.types';
import { domainExampleCheckIns } from './domain-examples-check-ins';

/**
 * The moment the examples are written for. Pass it as `now` to reproduce the documented
 * numbers; okrkit reads no clock.
 * @example assessObjective('obj-user-activity', domainExamples, { now: domainExamplesNow }).status // 'at-risk'
 */
export const domainExamplesNow = '2026-02-15T12:00:00Z';

/** Display names of the teams named by `teamId` in {@link domainExamples}. */
export const domainExampleTeams: Readonly<Record<string, string>> = {
  'brightline': 'Brightline (company)',
  'brightline-product': 'Brightline · Product',
  'brightline-growth': 'Brightline · Growth team',
  'brightline-support': 'Brightline · Customer support',
  'brightline-people': 'Brightline · People & learning',
  'kestrel-labs': 'Kestrel Labs (startup)',
  'green-table': 'Green Table (restaurant group)',
  'bright-minds': 'Bright Minds (education centre)',
};

/** Display names of the people named by `ownerId` / `authorId` in {@link domainExamples}. */
export const domainExamplePeople: Readonly<Record<string, string>> = {
  'amara-osei': 'Amara Osei, CEO',
  'jonas-weber': 'Jonas Weber, Head of Product',
  'priya-nair': 'Priya Nair, Growth lead',
  'lena-kovac': 'Lena Kovač, Support lead',
  'tom-becker': 'Tom Becker, People partner',
  'mei-lin': 'Mei Lin, CTO',
  'sofia-russo': 'Sofia Russo, Operations director',
  'daniel-okafor': 'Daniel Okafor, Head of maths',
};

const periods: Period[] = [
  { id: 'fy-2026', name: 'FY 2026', start: '2026-01-01', end: '2026-12-31' },
  { id: 'h1-2026', name: 'H1 2026', start: '2026-01-01', end: '2026-06-30', parentId: 'fy-2026' },
  { id: 'q1-2026', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', parentId: 'fy-2026' },
  { id: 'q2-2026', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30', parentId: 'fy-2026' },
  { id: 'q3-2026', name: 'Q3 2026', start: '2026-07-01', end: '2026-09-30', parentId: 'fy-2026' },
  { id: 'q4-2026', name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31', parentId: 'fy-2026' },
];

const objectives: Objective[] = [
  // Brightline: company level, ranked by the CEO.
  {
    id: 'obj-company-growth',
    title: 'Make Brightline the app our users open every day',
    periodId: 'fy-2026',
    ownerId: 'amara-osei',
    teamId: 'brightline',
    priority: 1,
    kind: 'committed',
    state: 'active',
  },
  {
    id: 'obj-company-learning',
    title: 'Grow a team that learns faster than our market',
    periodId: 'fy-2026',
    ownerId: 'amara-osei',
    teamId: 'brightline',
    priority: 2,
    kind: 'committed',
    state: 'active',
  },
  // Brightline: department → team → team, each serving the one above.
  {
    id: 'obj-user-activity',
    title: 'Significantly increase user activity',
    description: 'Users who come back every day are the base of everything else we want this year.',
    periodId: 'q1-2026',
    ownerId: 'jonas-weber',
    teamId: 'brightline-product',
    parentId: 'obj-company-growth',
    // The company's main lever this year: counts twice in the company rollup.
    weight: 2,
    priority: 1,
    kind: 'committed',
    state: 'active',
  },
  {
    id: 'obj-retention',
    title: 'Keep the users we win',
    periodId: 'q1-2026',
    ownerId: 'priya-nair',
    teamId: 'brightline-growth',
    parentId: 'obj-user-activity',
    priority: 1,
    kind: 'committed',
    state: 'active',
  },
  {
    id: 'obj-support',
    title: 'Answer every customer quickly and well',
    periodId: 'q1-2026',
    ownerId: 'lena-kovac',
    teamId: 'brightline-support',
    parentId: 'obj-retention',
    priority: 1,
    kind: 'committed',
    state: 'active',
  },
  {
    id: 'obj-training',
    title: 'Make our internal training change how we work',
    description: 'Not just enough sessions: good content, people attending, and practice applied at work.',
    periodId: 'h1-2026',
    ownerId: 'tom-becker',
    teamId: 'brightline-people',
    parentId: 'obj-company-learning',
    priority: 1,
    kind: 'committed',
    state: 'active',
  },
  {
    id: 'obj-second-channel',
    title: 'Open a second acquisition channel',
    description: 'Proposal for next quarter, still being discussed.',
    periodId: 'q2-2026',
    ownerId: 'priya-nair',
    teamId: 'brightline-growth',
    parentId: 'obj-company-growth',
    priority: 1,
    kind: 'committed',
    state: 'draft',
  },
  // Kestrel Labs.
  {
    id: 'obj-tech-innovation',
    title: 'Lead technical innovation in our industry',
    periodId: 'fy-2026',
    ownerId: 'mei-lin',
    teamId: 'kestrel-labs',
    priority: 1,
    kind: 'aspirational',
    state: 'active',
  },
  // Green Table.
  {
    id: 'obj-healthy-dining',
    title: 'Become the most popular healthy-dining brand locally',
    periodId: 'h1-2026',
    ownerId: 'sofia-russo',
    teamId: 'green-table',
    priority: 1,
    kind: 'committed',
    state: 'active',
  },
  // Bright Minds.
  {
    id: 'obj-maths-results',
    title: 'Our students get measurably better at maths',
    periodId: 'q1-2026',
    ownerId: 'daniel-okafor',
    teamId: 'bright-minds',
    priority: 1,
    kind: 'committed',
    state: 'active',
  },
];

const keyResults: KeyResult[] = [
  {
    id: 'kr-arr',
    objectiveId: 'obj-company-growth',
    title: 'Annual recurring revenue reaches €12 M',
    metric: { kind: 'numeric', direction: 'increase', start: 8_000_000, target: 12_000_000, current: 8_600_000, unit: { kind: 'currency', currency: 'EUR' } },
    ownerId: 'amara-osei',
  },
  {
    id: 'kr-paying-teams',
    objectiveId: 'obj-company-growth',
    title: 'Paying teams grow from 400 to 1,000',
    metric: { kind: 'numeric', direction: 'increase', start: 400, target: 1000, current: 520, unit: { kind: 'count' } },
    ownerId: 'amara-osei',
  },
  {
    id: 'kr-engagement',
    objectiveId: 'obj-company-learning',
    title: 'Engagement survey score rises from 68 to 75',
    metric: { kind: 'numeric', direction: 'increase', start: 68, target: 75, current: 70, unit: { kind: 'custom', label: 'points', labelOne: 'point' } },
    ownerId: 'amara-osei',
  },
  {
    id: 'kr-usage-time',
    objectiveId: 'obj-user-activity',
    title: 'Average daily usage time +30 minutes',
    metric: { kind: 'numeric', direction: 'increase', start: 42, target: 72, current: 51, unit: { kind: 'custom', label: 'min' } },
    ownerId: 'jonas-weber',
  },
  {
    id: 'kr-mau',
    objectiveId: 'obj-user-activity',
    title: 'Monthly active users +20 %',
    metric: { kind: 'numeric', direction: 'increase', start: 1_000_000, target: 1_200_000, current: 1_100_000, unit: { kind: 'count' } },
    // MAU is the number the board watches: it counts three times as much as usage time.
    weight: 3,
    ownerId: 'jonas-weber',
  },
  {
    id: 'kr-churn',
    objectiveId: 'obj-retention',
    title: 'Monthly churn falls from 5 % to 3 %',
    metric: { kind: 'numeric', direction: 'decrease', start: 5, target: 3, current: 4, unit: { kind: 'percent' } },
    ownerId: 'priya-nair',
  },
  {
    id: 'kr-onboarding-checklist',
    objectiveId: 'obj-retention',
    title: 'Ship the in-app onboarding checklist',
    metric: { kind: 'binary', done: false },
    ownerId: 'priya-nair',
  },
  {
    id: 'kr-support-response',
    objectiveId: 'obj-support',
    title: 'Support response time stays below 4 h',
    metric: { kind: 'guardrail', bound: 'below', threshold: 4, current: 3.2, unit: { kind: 'custom', label: 'h' } },
    ownerId: 'lena-kovac',
  },
  {
    id: 'kr-help-articles',
    objectiveId: 'obj-support',
    title: 'Publish 40 help-centre articles',
    metric: { kind: 'numeric', direction: 'increase', start: 0, target: 40, current: 46, unit: { kind: 'custom', label: 'articles', labelOne: 'article' } },
    ownerId: 'lena-kovac',
  },
  {
    id: 'kr-training-sessions',
    objectiveId: 'obj-training',
    title: 'Hold 10 training sessions',
    metric: { kind: 'numeric', direction: 'increase', start: 0, target: 10, current: 4, unit: { kind: 'count' } },
    ownerId: 'tom-becker',
  },
  {
    id: 'kr-training-quality',
    objectiveId: 'obj-training',
    title: 'Sessions are rated 4.5 / 5 on average',
    metric: { kind: 'numeric', direction: 'increase', start: 3.9, target: 4.5, current: 4.2, unit: { kind: 'custom', label: '/5' } },
    ownerId: 'tom-becker',
  },
  {
    id: 'kr-training-participation',
    objectiveId: 'obj-training',
    title: '80 % of engineers attend at least 3 sessions',
    metric: { kind: 'numeric', direction: 'increase', start: 30, target: 80, current: 45, unit: { kind: 'percent' } },
    ownerId: 'tom-becker',
  },
  {
    id: 'kr-training-application',
    objectiveId: 'obj-training',
    title: 'What is learnt is applied at work',
    metric: {
      kind: 'milestones',
      milestones: [
        { title: 'Every attendee names one practice to try', done: true },
        { title: 'Managers review the practice in 1:1s', done: false },
        { title: 'Each team shows one applied change at the quarterly review', done: false },
        { title: 'Follow-up survey: 60 % still use what they learnt', done: false },
      ],
    },
    ownerId: 'tom-becker',
  },
  {
    id: 'kr-partner-signups',
    objectiveId: 'obj-second-channel',
    title: 'Partner channel brings 5,000 sign-ups',
    metric: { kind: 'numeric', direction: 'increase', start: 0, target: 5000, current: 0, unit: { kind: 'count' } },
    ownerId: 'priya-nair',
  },
  {
    id: 'kr-patents',
    objectiveId: 'obj-tech-innovation',
    title: 'File at least 5 core patents',
    metric: { kind: 'numeric', direction: 'increase', start: 0, target: 5, current: 3, unit: { kind: 'custom', label: 'patents', labelOne: 'patent' } },
    ownerId: 'mei-lin',
  },
  {
    id: 'kr-new-products',
    objectiveId: 'obj-tech-innovation',
    title: 'Launch at least 2 new products with industry-leading technology',
    metric: { kind: 'numeric', direction: 'increase', start: 0, target: 2, current: 1, unit: { kind: 'custom', label: 'products', labelOne: 'product' } },
    ownerId: 'mei-lin',
  },
  {
    id: 'kr-healthy-share',
    objectiveId: 'obj-healthy-dining',
    title: 'Healthy dishes reach 50 % of sales',
    metric: { kind: 'numeric', direction: 'increase', start: 22, target: 50, current: 27, unit: { kind: 'percent' } },
    ownerId: 'sofia-russo',
  },
  {
    id: 'kr-satisfaction',
    objectiveId: 'obj-healthy-dining',
    title: 'Customer satisfaction reaches 4.8 / 5',
    metric: { kind: 'numeric', direction: 'increase', start: 4.1, target: 4.8, current: 4.3, unit: { kind: 'custom', label: '/5' } },
    ownerId: 'sofia-russo',
  },
  {
    id: 'kr-maths-scores',
    objectiveId: 'obj-maths-results',
    title: '80 % of students raise maths scores by at least 20 points',
    metric: { kind: 'numeric', direction: 'increase', start: 35, target: 80, current: 41, unit: { kind: 'percent' } },
    ownerId: 'daniel-okafor',
  },
];

/**
 * The domain brief's examples as one {@link OkrSet}, written for {@link domainExamplesNow}.
 * Treat it as read-only (like every `OkrSet`); copy it before editing.
 * @example
 * import { assessOkrSet } from '@okrkit/core';
 * import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
 * assessOkrSet(domainExamples, { now: domainExamplesNow }).get('obj-maths-results')?.outdated // true
 */
export const domainExamples: OkrSet = {
  periods,
  objectives,
  keyResults,
  checkIns: domainExampleCheckIns,
};
