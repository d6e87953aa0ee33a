import { describe, expect, it } from 'vitest';
import {
  assessObjective,
  assessOkrSet,
  expectedProgress,
  isKeyResultOutdated,
  keyResultConfidence,
  keyResultProgress,
  keyResultStatus,
  objectiveProgress,
  scoringPresets,
  toEpochMs,
  type KeyResult,
  type Metric,
} from '../src/index';
import { domainExamples, domainExamplesNow } from '../src/examples/index';

const now = domainExamplesNow; // 2026-02-15T12:00:00Z

function keyResultById(id: string): KeyResult {
  const found = domainExamples.keyResults.find((keyResult) => keyResult.id === id);
  if (!found) throw new Error(`no key result ${id} in the examples`);
  return found;
}

/** The number a check-in records for a metric's current state (see `CheckIn.value`). */
function readingOf(metric: Metric): number {
  switch (metric.kind) {
    case 'numeric':
    case 'guardrail':
    case 'guardrail-range':
      return metric.current;
    case 'binary':
      return metric.done ? 1 : 0;
    case 'milestones':
      return metric.milestones.filter((milestone) => milestone.done).length;
    default:
      return metric satisfies never;
  }
}

describe('the domain examples data set', () => {
  it('given any record, its ids are unique and every reference resolves', () => {
    const { periods, objectives, keyResults, checkIns } = domainExamples;
    const ids = [...periods, ...objectives, ...keyResults, ...checkIns].map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    const periodIds = new Set(periods.map((period) => period.id));
    const objectiveIds = new Set(objectives.map((objective) => objective.id));
    const keyResultIds = new Set(keyResults.map((keyResult) => keyResult.id));
    for (const period of periods) if (period.parentId) expect(periodIds).toContain(period.parentId);
    for (const objective of objectives) {
      expect(periodIds).toContain(objective.periodId);
      if (objective.parentId) expect(objectiveIds).toContain(objective.parentId);
    }
    for (const keyResult of keyResults) expect(objectiveIds).toContain(keyResult.objectiveId);
    for (const checkIn of checkIns) expect(keyResultIds).toContain(checkIn.keyResultId);
  });

  it('given the examples date, no check-in lies in the future and each KR ends at its last check-in', () => {
    const nowMs = toEpochMs(now);
    for (const checkIn of domainExamples.checkIns) {
      expect(Date.parse(checkIn.at)).toBeLessThanOrEqual(nowMs);
      if (checkIn.confidence !== undefined) {
        expect(checkIn.confidence).toBeGreaterThanOrEqual(0);
        expect(checkIn.confidence).toBeLessThanOrEqual(1);
      }
    }
    for (const keyResult of domainExamples.keyResults) {
      const series = domainExamples.checkIns.filter((checkIn) => checkIn.keyResultId === keyResult.id);
      const last = series[series.length - 1];
      if (last) expect(last.value, keyResult.id).toBe(readingOf(keyResult.metric));
    }
  });

  it('has one draft and one aspirational objective, and ranks every objective', () => {
    expect(domainExamples.objectives.filter((objective) => objective.state === 'draft').map((objective) => objective.id)).toEqual([
      'obj-second-channel',
    ]);
    expect(domainExamples.objectives.filter((objective) => objective.kind === 'aspirational').map((objective) => objective.id)).toEqual([
      'obj-tech-innovation',
    ]);
    for (const objective of domainExamples.objectives) expect(objective.priority, objective.id).toBeGreaterThanOrEqual(1);
  });
});

describe('key result progress in the examples', () => {
  it('given MAU 1,000,000 → 1,200,000 at 1,100,000, it is 0.5', () => {
    // (1,100,000 − 1,000,000) / (1,200,000 − 1,000,000) = 100,000 / 200,000
    expect(keyResultProgress(keyResultById('kr-mau')).value).toBe(0.5);
  });

  it('given churn falling 5 % → 3 % and now at 4 %, it is 0.5', () => {
    // (4 − 5) / (3 − 5) = −1 / −2
    expect(keyResultProgress(keyResultById('kr-churn')).value).toBe(0.5);
  });

  it('given 3 of 5 patents filed, it is 0.6', () => {
    // (3 − 0) / (5 − 0)
    expect(keyResultProgress(keyResultById('kr-patents')).value).toBe(0.6);
  });

  it('given daily usage 42 → 72 min at 51 min, it is 0.3', () => {
    // (51 − 42) / (72 − 42) = 9 / 30
    expect(keyResultProgress(keyResultById('kr-usage-time')).value).toBe(0.3);
  });

  it('given 46 of 40 help articles, it shows the over-achievement in raw and caps value at 1', () => {
    // 46 / 40 = 1.15
    const progress = keyResultProgress(keyResultById('kr-help-articles'));
    expect(progress.raw).toBe(1.15);
    expect(progress.value).toBe(1);
  });

  it('given the response-time guardrail at 3.2 h below 4 h, it holds (1)', () => {
    expect(keyResultProgress(keyResultById('kr-support-response')).value).toBe(1);
  });

  it('given the onboarding checklist not shipped yet, the binary KR is 0', () => {
    expect(keyResultProgress(keyResultById('kr-onboarding-checklist')).value).toBe(0);
  });

  it('given 1 of 4 application milestones done, it is 0.25', () => {
    expect(keyResultProgress(keyResultById('kr-training-application')).value).toBe(0.25);
  });
});

describe('objective progress in the examples', () => {
  it('given usage time (weight 1) at 0.3 and MAU (weight 3) at 0.5, user activity is their weighted mean 0.45', () => {
    // (1 × 0.3 + 3 × 0.5) / (1 + 3) = 1.8 / 4
    const progress = objectiveProgress('obj-user-activity', domainExamples);
    expect(progress.value).toBe(0.45);
    expect(progress.explanation.parts?.map((part) => [part.id, part.share])).toEqual([
      ['kr-usage-time', 0.25],
      ['kr-mau', 0.75],
    ]);
  });

  it('given the four training KRs, the training objective is their plain mean 0.3625', () => {
    // sessions 4/10 = 0.4; quality (4.2 − 3.9)/(4.5 − 3.9) = 0.5; participation (45 − 30)/(80 − 30) = 0.3;
    // application 1/4 = 0.25 → (0.4 + 0.5 + 0.3 + 0.25) / 4 = 1.45 / 4
    expect(objectiveProgress('obj-training', domainExamples).value).toBe(0.3625);
  });

  it('given an over-achieved KR and a held guardrail, the support objective is 1 with raw 1.075', () => {
    // value (1 + 1) / 2; raw (1.15 + 1) / 2
    const progress = objectiveProgress('obj-support', domainExamples);
    expect(progress.value).toBe(1);
    expect(progress.raw).toBe(1.075);
  });

  it('given only its own KRs, the company objective is 0.175', () => {
    // ARR (8.6 M − 8 M) / (12 M − 8 M) = 0.15; paying teams (520 − 400) / (1000 − 400) = 0.2 → 0.35 / 2
    expect(objectiveProgress('obj-company-growth', domainExamples).value).toBe(0.175);
  });

  it('given includeChildren, the company objective rolls up the whole chain and leaves the draft out', () => {
    // support                = 1
    // retention  (rolled up) = (churn 0.5 + checklist 0 + support 1) / 3                  = 0.5
    // user activity (rolled) = (1 × 0.3 + 3 × 0.5 + 1 × retention 0.5) / (1 + 3 + 1)     = 2.3 / 5 = 0.46
    // company    (rolled)    = (0.15 + 0.2 + 2 × user activity 0.46) / (1 + 1 + 2)       = 1.27 / 4 = 0.3175
    // obj-second-channel is a draft and never counts.
    const progress = objectiveProgress('obj-company-growth', domainExamples, { includeChildren: true });
    expect(progress.value).toBe(0.3175);
    expect(progress.explanation.parts?.map((part) => [part.id, part.weight, part.value])).toEqual([
      ['kr-arr', 1, 0.15],
      ['kr-paying-teams', 1, 0.2],
      ['obj-user-activity', 2, 0.46],
    ]);
  });
});

describe('status at the examples date', () => {
  it('given Q1 is 45.5 of 90 days in, the expected progress is about 0.506', () => {
    // 2026-01-01T00:00Z → 2026-02-15T12:00Z is 31 + 14 + 0.5 days
    const q1 = domainExamples.periods.find((period) => period.id === 'q1-2026');
    if (!q1) throw new Error('no Q1');
    expect(expectedProgress(q1, now)).toBeCloseTo(45.5 / 90, 12);
  });

  it('given user activity at 0.45 against 0.506 expected, it is at risk and grades 45 (medium) in percent', () => {
    const assessment = assessObjective('obj-user-activity', domainExamples, { now, scoring: scoringPresets.percent });
    expect(assessment.status).toBe('at-risk');
    expect(assessment.grade.score).toBe(45);
    expect(assessment.grade.band.id).toBe('medium');
    expect(assessment.outdated).toBe(false);
    expect(assessment.lastCheckInAt).toBe('2026-02-13T16:00:00Z');
  });

  it('given the maths KR last updated on 23 January, the education objective is off track and outdated', () => {
    // progress (41 − 35) / (80 − 35) ≈ 0.133 trails 0.506 by more than 0.2; last check-in ≈ 22.8 days ago > 14
    const assessment = assessObjective('obj-maths-results', domainExamples, { now });
    expect(assessment.status).toBe('off-track');
    expect(assessment.outdated).toBe(true);
  });

  it('gives each objective the status the examples are written to show', () => {
    const assessments = assessOkrSet(domainExamples, { now });
    const statuses = Object.fromEntries([...assessments].map(([id, assessment]) => [id, assessment.status]));
    expect(statuses).toEqual({
      'obj-company-growth': 'on-track', // 0.175 ≥ FY elapsed 45.5 / 365 ≈ 0.125
      'obj-company-learning': 'on-track', // (70 − 68) / 7 ≈ 0.286 ≥ 0.125
      'obj-user-activity': 'at-risk', // 0.45 < 0.506, by less than 0.2
      'obj-retention': 'off-track', // (0.5 + 0) / 2 = 0.25 < 0.506 − 0.2
      'obj-support': 'achieved', // 1
      'obj-training': 'on-track', // 0.3625 ≥ H1 elapsed 45.5 / 181 ≈ 0.251
      'obj-second-channel': 'not-started', // Q2 begins on 1 April
      'obj-tech-innovation': 'on-track', // (0.6 + 0.5) / 2 = 0.55 ≥ 0.125
      'obj-healthy-dining': 'at-risk', // (5/28 + 0.2/0.7) / 2 ≈ 0.232 < 0.251
      'obj-maths-results': 'off-track',
    });
  });

  it('given a binary KR not shipped yet, its own status is off track while the churn KR is only at risk', () => {
    expect(keyResultStatus('kr-onboarding-checklist', domainExamples, { now })).toBe('off-track');
    // churn 0.5 is within 0.2 of 0.506: at risk, not off track
    expect(keyResultStatus('kr-churn', domainExamples, { now })).toBe('at-risk');
  });

  it('given the draft for Q2, its KR is never outdated before its period starts', () => {
    const q2 = domainExamples.periods.find((period) => period.id === 'q2-2026');
    if (!q2) throw new Error('no Q2');
    expect(isKeyResultOutdated('kr-partner-signups', q2, domainExamples, toEpochMs(now), 14)).toBe(false);
  });

  it('given weekly check-ins with confidence, MAU confidence is rising to 0.75', () => {
    expect(keyResultConfidence('kr-mau', domainExamples)).toMatchObject({
      latest: 0.75,
      previous: 0.7,
      trend: 'rising',
      at: '2026-02-13T16:00:00Z',
    });
  });
});

describe('the examples’ units', () => {
  it('given a custom unit that is a word (not a symbol such as "h", "min" or "/5"), it gives its singular, so 1 reads "1 product"', () => {
    const units = domainExamples.keyResults.flatMap((keyResult) =>
      'unit' in keyResult.metric && keyResult.metric.unit?.kind === 'custom' ? [keyResult.metric.unit] : [],
    );
    const words = units.filter((unit) => /^\p{L}{4,}$/u.test(unit.label));
    expect(words.map((unit) => unit.label)).toEqual(expect.arrayContaining(['products', 'patents', 'articles', 'points']));
    for (const unit of words) expect({ label: unit.label, labelOne: unit.labelOne }).toEqual({ label: unit.label, labelOne: expect.stringMatching(/^\p{L}+$/u) });
    expect(keyResultById('kr-new-products').metric).toMatchObject({ current: 1, unit: { labelOne: 'product' } });
  });
});
