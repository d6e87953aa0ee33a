import { describe, expect, it } from 'vitest';
import {
  decideStatus,
  defineScoringStrategy,
  grade,
  metricProgress,
  objectiveProgress,
  objectiveStatus,
  scoreProgress,
  scoringPresets,
  type KeyResult,
  type ObjectiveKind,
  type OkrSet,
  type ScoringStrategy,
  type StatusInput,
} from '../src/index';

const { google, quantive, burningokr, vivaGoals, perdoo } = scoringPresets;
const vendorPresets = Object.entries({ google, quantive, burningokr, vivaGoals, perdoo });

function status(strategy: ScoringStrategy, progress: number, expected: number, kind: ObjectiveKind = 'committed') {
  const input: StatusInput = { progress, rawProgress: progress, expected, kind };
  return strategy.status(input);
}

function numericKeyResult(id: string, objectiveId: string, start: number, target: number, current: number): KeyResult {
  const direction = target >= start ? 'increase' : 'decrease';
  return { id, objectiveId, title: id, metric: { kind: 'numeric', direction, start, target, current } };
}

/** Q1 2026 (90 days); at 2026-02-15T00:00Z exactly half of it has elapsed. */
function okrSetWith(keyResults: KeyResult[], kind: ObjectiveKind = 'committed'): OkrSet {
  return {
    periods: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
    objectives: [{ id: 'o1', title: 'Objective', periodId: 'q1', kind }],
    keyResults,
    checkIns: [],
  };
}
const halfway = '2026-02-15T00:00:00Z';

describe('scoringPresets', () => {
  it('given the preset registry, when listed, it keeps percent and adds the five vendor conventions', () => {
    expect(Object.keys(scoringPresets)).toEqual(['percent', 'google', 'quantive', 'burningokr', 'vivaGoals', 'perdoo']);
    for (const strategy of Object.values(scoringPresets)) {
      expect(strategy.bands.length).toBeGreaterThan(0);
      expect(typeof strategy.label).toBe('string');
    }
  });

  it.each(vendorPresets)(
    'given non-finite inputs, when %s scores, grades and decides, it never returns NaN',
    (_name, strategy) => {
      for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        expect(Number.isNaN(scoreProgress(value, strategy).score)).toBe(false);
        expect(Number.isNaN(grade(value, strategy).score)).toBe(false);
        expect(Number.isNaN(strategy.score({ progress: value, rawProgress: value, kind: 'committed' }))).toBe(false);
        expect(['on-track', 'at-risk', 'off-track']).toContain(status(strategy, value, value));
        expect(strategy.format(value)).not.toMatch(/NaN/);
      }
    },
  );

  it.each(Object.entries(scoringPresets))(
    'given %s, when decideStatus runs before the start or at full progress, it answers not-started / achieved first',
    (_name, scoring) => {
      const base = { raw: 0.2, expected: 0.9, kind: 'committed' as const, scoring };
      expect(decideStatus({ ...base, progress: 0.2, started: false })).toBe('not-started');
      expect(decideStatus({ ...base, progress: 1, raw: 1, started: true })).toBe('achieved');
    },
  );
});

describe('google', () => {
  it('given the re:Work example "launch six new features" with three launched, when scored, it grades 0.5 yellow', () => {
    // https://rework.withgoogle.com/guides/set-goals-with-okrs/steps/grade-OKRs/
    const progress = metricProgress({ kind: 'numeric', direction: 'increase', start: 0, target: 6, current: 3 });
    expect(scoreProgress(progress.value, google)).toMatchObject({ score: 0.5, band: { id: 'yellow' } });
  });

  it('given a binary key result (launched or not), when scored, it grades 1.0 or 0.0 as re:Work describes', () => {
    expect(scoreProgress(metricProgress({ kind: 'binary', done: true }).value, google).score).toBe(1);
    expect(scoreProgress(metricProgress({ kind: 'binary', done: false }).value, google).score).toBe(0);
  });

  it('given the playbook colours (0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green), when grading band edges, it switches at 0.4 and 0.7', () => {
    // "Google's OKR Playbook" (WhatMatters.com); Doerr, Measure What Matters.
    expect(grade(0, google).band.id).toBe('red');
    expect(grade(0.3, google).band.id).toBe('red');
    expect(grade(0.4, google).band.id).toBe('yellow');
    expect(grade(0.6, google).band.id).toBe('yellow');
    expect(grade(0.7, google).band.id).toBe('green');
    expect(grade(1, google).band.id).toBe('green');
  });

  it('given progress between grades, when scored, it rounds to the nearest 0.1 (0.65 → 0.7 green, 0.35 → 0.4 yellow, 0.34 → 0.3 red)', () => {
    expect(scoreProgress(0.65, google)).toMatchObject({ score: 0.7, band: { id: 'green' } });
    expect(scoreProgress(0.649, google)).toMatchObject({ score: 0.6, band: { id: 'yellow' } });
    expect(scoreProgress(0.35, google)).toMatchObject({ score: 0.4, band: { id: 'yellow' } });
    expect(scoreProgress(0.34, google)).toMatchObject({ score: 0.3, band: { id: 'red' } });
    expect(scoreProgress(0.72, google).score).toBe(0.7);
  });

  it('given over- or under-achievement, when scored, it stays on the 0.0–1.0 scale', () => {
    expect(scoreProgress(1.5, google).score).toBe(1);
    expect(scoreProgress(-0.3, google).score).toBe(0);
  });

  it('given a grade, when formatted, it shows one decimal in the locale', () => {
    expect(google.format(0.7, 'en-US')).toBe('0.7');
    expect(google.format(1, 'en-US')).toBe('1.0');
    expect(google.format(0.5, 'de-DE')).toBe('0,5');
  });

  it('given the same progress halfway through, when committed vs aspirational, it expects 1.0 vs 0.7 of the elapsed share', () => {
    // Committed target = 0.5 × 1.0 = 0.5; aspirational target = 0.5 × 0.7 = 0.35.
    expect(status(google, 0.4, 0.5, 'committed')).toBe('at-risk');
    expect(status(google, 0.4, 0.5, 'aspirational')).toBe('on-track');
    expect(status(google, 0.35, 0.5, 'aspirational')).toBe('on-track');
    expect(status(google, 0.25, 0.5, 'committed')).toBe('off-track');
    expect(status(google, 0.25, 0.5, 'aspirational')).toBe('at-risk');
    expect(status(google, 0.14, 0.5, 'aspirational')).toBe('off-track');
  });

  it('given the period is over, when an aspirational objective sits at 0.7, it is on track while a committed one is off track', () => {
    expect(status(google, 0.7, 1, 'aspirational')).toBe('on-track');
    expect(status(google, 0.7, 1, 'committed')).toBe('off-track');
    expect(status(google, 0.8, 1, 'committed')).toBe('at-risk');
    expect(status(google, 0.5, 1, 'aspirational')).toBe('at-risk');
  });

  it('given an objective set, when objectiveStatus uses google, the objective kind changes the verdict', () => {
    const keyResults = [numericKeyResult('kr1', 'o1', 0, 10, 4)]; // progress 0.4, expected 0.5
    expect(objectiveStatus('o1', okrSetWith(keyResults, 'committed'), { now: halfway, scoring: google })).toBe('at-risk');
    expect(objectiveStatus('o1', okrSetWith(keyResults, 'aspirational'), { now: halfway, scoring: google })).toBe('on-track');
  });
});

describe('quantive', () => {
  it('given the Quantive example "decrease open bugs from 100 to 60", when updated to 80, 70 and 50, it scores 50 %, 75 % and 125 %', () => {
    // https://help.quantive.com/en/articles/3849793-how-kr-progress-is-calculated-in-quantive
    const at = (current: number) => metricProgress({ kind: 'numeric', direction: 'decrease', start: 100, target: 60, current });
    expect(scoreProgress(at(80).raw, quantive).score).toBe(50);
    expect(scoreProgress(at(70).raw, quantive).score).toBe(75);
    expect(scoreProgress(at(50).raw, quantive).score).toBe(125);
  });

  it('given the Quantive aggregated-progress examples, when scored, 0 → 10 at 5 is 50 % and KRs at 75 % and 25 % give 50 %', () => {
    // https://help.quantive.com/en/articles/2904856-aggregated-progress-of-objectives
    const single = metricProgress({ kind: 'numeric', direction: 'increase', start: 0, target: 10, current: 5 });
    expect(scoreProgress(single.raw, quantive).score).toBe(50);
    const okrSet = okrSetWith([numericKeyResult('kr1', 'o1', 0, 100, 75), numericKeyResult('kr2', 'o1', 0, 100, 25)]);
    expect(scoreProgress(objectiveProgress('o1', okrSet).value, quantive).score).toBe(50);
  });

  it('given any attainment, when graded, it uses Quantive\'s default "no colours" scale (one neutral band)', () => {
    expect(scoreProgress(0.1, quantive).band).toMatchObject({ id: 'attainment', tone: 'neutral' });
    expect(scoreProgress(1.25, quantive).band.id).toBe('attainment');
    expect(quantive.format(125, 'en-US')).toBe('125%');
  });

  it('given progress against the elapsed share, when decided, it uses the documented default gap of 0.2', () => {
    expect(status(quantive, 0.5, 0.5)).toBe('on-track');
    expect(status(quantive, 0.3, 0.5)).toBe('at-risk');
    expect(status(quantive, 0.29, 0.5)).toBe('off-track');
  });
});

describe('burningokr', () => {
  it('given BurningOKR\'s default thresholds (−0.2, −0.4), when progress trails the cycle, it switches strictly below each', () => {
    // BurningOKR/BurningOKR frontend/src/app/okrview/objective-scoring.service.ts
    expect(status(burningokr, 0.5, 0.5)).toBe('on-track');
    expect(status(burningokr, 0.3, 0.5)).toBe('on-track'); // difference exactly −0.2 is not < −0.2
    expect(status(burningokr, 0.6, 0.8)).toBe('on-track'); // −0.20000000000000007 in floating point
    expect(status(burningokr, 0.29, 0.5)).toBe('at-risk');
    expect(status(burningokr, 0.1, 0.5)).toBe('at-risk'); // exactly −0.4 is not < −0.4
    expect(status(burningokr, 0.09, 0.5)).toBe('off-track');
  });

  it('given progress ahead of the cycle, when decided, it is on track whatever the kind', () => {
    expect(status(burningokr, 0.9, 0.2, 'aspirational')).toBe('on-track');
  });

  it('given a progress, when scored, it shows BurningOKR\'s whole percentage and okrkit\'s percent bands', () => {
    expect(scoreProgress(0.456, burningokr)).toMatchObject({ score: 46, band: { id: 'medium' } });
    expect(scoreProgress(0.7, burningokr).band.id).toBe('high');
    expect(burningokr.format(46, 'en-US')).toBe('46%');
  });

  it('given an objective set, when objectiveStatus uses burningokr, it trails the half-elapsed cycle by 0.3 and is at risk', () => {
    const okrSet = okrSetWith([numericKeyResult('kr1', 'o1', 0, 10, 2)]);
    expect(objectiveStatus('o1', okrSet, { now: halfway, scoring: burningokr })).toBe('at-risk');
  });
});

describe('vivaGoals', () => {
  it('given the Viva Goals example (expected 33 %), when actual is 33 % or more it is on track, below it is behind', () => {
    // https://support.microsoft.com/en-gb/topic/phased-targets-8d0587f7-016c-4e00-9c5d-9fc411c219e2
    expect(status(vivaGoals, 0.33, 0.33)).toBe('on-track');
    expect(status(vivaGoals, 0.5, 0.33)).toBe('on-track');
    expect(status(vivaGoals, 0.32, 0.33)).toBe('at-risk');
  });

  it('given actual trails expected by more than 0.25, when decided, it is off track (Viva "At risk", an assumption)', () => {
    expect(status(vivaGoals, 0.25, 0.5)).toBe('at-risk');
    expect(status(vivaGoals, 0.24, 0.5)).toBe('off-track');
  });

  it('given a progress, when scored, it is a percentage with percent bands', () => {
    expect(scoreProgress(0.59, vivaGoals)).toMatchObject({ score: 59, band: { id: 'medium' } });
    expect(vivaGoals.format(59, 'en-US')).toBe('59%');
  });
});

describe('perdoo', () => {
  it('given the Perdoo example (one KR at 100 %, two at 0 %), when the objective is scored, it is 33 %', () => {
    // https://support.perdoo.com/en/articles/4898961-understand-how-progress-is-calculated-for-okrs
    const okrSet = okrSetWith([
      numericKeyResult('kr1', 'o1', 0, 10, 10),
      numericKeyResult('kr2', 'o1', 0, 10, 0),
      numericKeyResult('kr3', 'o1', 0, 10, 0),
    ]);
    expect(scoreProgress(objectiveProgress('o1', okrSet).value, perdoo).score).toBe(33);
  });

  it('given a key result that moved the wrong way, when averaged, it counts as 0 % as Perdoo documents', () => {
    const okrSet = okrSetWith([numericKeyResult('kr1', 'o1', 0, 10, 10), numericKeyResult('kr2', 'o1', 0, 10, -5)]);
    expect(scoreProgress(objectiveProgress('o1', okrSet).value, perdoo).score).toBe(50);
    expect(perdoo.score({ progress: -0.5, rawProgress: -0.5, kind: 'committed' })).toBe(0);
  });

  it('given progress against the elapsed share, when decided, it is on track, needs attention within 0.2, off track beyond', () => {
    expect(status(perdoo, 0.5, 0.5)).toBe('on-track');
    expect(status(perdoo, 0.3, 0.5)).toBe('at-risk');
    expect(status(perdoo, 0.2, 0.5)).toBe('off-track');
  });
});

describe('custom strategies', () => {
  it('given a few-line strategy from defineScoringStrategy, when objectiveStatus uses it, it decides end to end', () => {
    // "Strict": anything behind the elapsed share is off track; scores are 0–10.
    const strict = defineScoringStrategy({
      id: 'strict',
      score: ({ progress }) => Math.round(progress * 10),
      status: ({ progress, expected }) => (progress >= expected ? 'on-track' : 'off-track'),
    });
    const okrSet = okrSetWith([numericKeyResult('kr1', 'o1', 0, 10, 4)]); // progress 0.4, expected 0.5
    expect(objectiveStatus('o1', okrSet, { now: halfway, scoring: strict })).toBe('off-track');
    expect(objectiveStatus('o1', okrSet, { now: halfway })).toBe('at-risk'); // the percent default
    expect(objectiveStatus('o1', okrSet, { now: '2026-01-20T00:00:00Z', scoring: strict })).toBe('on-track');
    expect(scoreProgress(0.4, strict)).toMatchObject({ score: 4, band: { id: 'low' } });
  });
});
