import { keyResultProgress, type Metric, type Status } from '@okrkit/core';
import { describe, expect, it } from 'vitest';
import { defaultLabels } from '../provider/labels';
import { describeKeyResult, describeKeyResultProgress } from './describe-progress';

const NBSP = '\u00a0';

function view(metric: Metric, status: Status) {
  const keyResult = { id: 'kr', objectiveId: 'o', title: 'A key result', metric };
  return { keyResult, progress: keyResultProgress(keyResult), status };
}

const patents = view({ kind: 'numeric', direction: 'increase', start: 0, target: 5, current: 3, unit: { kind: 'custom', label: 'patents' } }, 'at-risk');
const churn = view({ kind: 'numeric', direction: 'decrease', start: 5, target: 3, current: 4, unit: { kind: 'percent' } }, 'on-track');
const articles = view({ kind: 'numeric', direction: 'increase', start: 0, target: 40, current: 46, unit: { kind: 'custom', label: 'articles' } }, 'achieved');
const milestones = view(
  { kind: 'milestones', milestones: [{ title: 'Draft', done: true }, { title: 'Review', done: true }, { title: 'Ship', done: false }] },
  'on-track',
);
const responseTime = view({ kind: 'guardrail', bound: 'below', threshold: 4, current: 3.2, unit: { kind: 'custom', label: 'h' } }, 'achieved');

describe('describeKeyResultProgress (the spoken aria-valuetext)', () => {
  it('given a rising count, it says current of target with the unit once, the percentage and the status', () => {
    expect(describeKeyResultProgress(patents, defaultLabels, 'en-US')).toBe('3 of 5 patents, 60%, at risk');
  });

  it('given a falling metric, it says the current value against its target', () => {
    expect(describeKeyResultProgress(churn, defaultLabels, 'en-US')).toBe('4% of target 3%, 50%, on track');
  });

  it('given over-achievement, it says the real percentage past 100', () => {
    expect(describeKeyResultProgress(articles, defaultLabels, 'en-US')).toBe('46 of 40 articles, 115%, achieved');
  });

  it('given a binary KR, it says done, or not done with the status', () => {
    expect(describeKeyResultProgress(view({ kind: 'binary', done: true }, 'achieved'), defaultLabels, 'en-US')).toBe('Done');
    expect(describeKeyResultProgress(view({ kind: 'binary', done: false }, 'at-risk'), defaultLabels, 'en-US')).toBe('Not done, at risk');
  });

  it('given milestones, it counts them and gives the weighted percentage', () => {
    expect(describeKeyResultProgress(milestones, defaultLabels, 'en-US')).toBe('2 of 3 milestones, 67%, on track');
    const weighted = view({ kind: 'milestones', milestones: [{ title: 'Big', done: true, weight: 3 }, { title: 'Small', done: false }] }, 'on-track');
    expect(describeKeyResultProgress(weighted, defaultLabels, 'en-US')).toBe('1 of 2 milestones, 75%, on track');
  });

  it('given a guardrail, it says the value, whether it holds and the limit', () => {
    expect(describeKeyResultProgress(responseTime, defaultLabels, 'en-US')).toBe('3.2 h, within limit (below 4 h)');
    const breached = view({ kind: 'guardrail', bound: 'above', threshold: 99.5, current: 99.1, unit: { kind: 'percent' } }, 'off-track');
    expect(describeKeyResultProgress(breached, defaultLabels, 'en-US')).toBe('99.1%, limit breached (above 99.5%)');
    const band = view({ kind: 'guardrail-range', min: 20, max: 24, current: 22, unit: { kind: 'custom', label: '°C' } }, 'achieved');
    expect(describeKeyResultProgress(band, defaultLabels, 'en-US')).toBe('22°C, within limit (between 20°C and 24°C)');
  });

  it('given a step backwards, it says the negative percentage rather than hiding it', () => {
    const worse = view({ kind: 'numeric', direction: 'decrease', start: 5, target: 3, current: 5.5, unit: { kind: 'percent' } }, 'off-track');
    expect(describeKeyResultProgress(worse, defaultLabels, 'en-US')).toBe('5.5% of target 3%, -25%, off track');
  });

  it('given money, it repeats the currency on both amounts', () => {
    const revenue = view(
      { kind: 'numeric', direction: 'increase', start: 8e6, target: 12e6, current: 8.6e6, unit: { kind: 'currency', currency: 'EUR' } },
      'on-track',
    );
    expect(describeKeyResultProgress(revenue, defaultLabels, 'en-US')).toBe('€8,600,000 of €12,000,000, 15%, on track');
  });

  it('given other locales, it writes every number the locale’s way', () => {
    expect(describeKeyResultProgress(patents, defaultLabels, 'de-DE')).toBe(`3 of 5 patents, 60${NBSP}%, at risk`);
    expect(describeKeyResultProgress(churn, defaultLabels, 'fr-FR')).toBe(`4${NBSP}% of target 3${NBSP}%, 50${NBSP}%, on track`);
    expect(describeKeyResultProgress(responseTime, defaultLabels, 'ar-EG')).toBe('٣٫٢ h, within limit (below ٤ h)');
    expect(describeKeyResultProgress(articles, defaultLabels, 'ar-EG')).toBe('٤٦ of ٤٠ articles, ١١٥٪؜, achieved');
    expect(describeKeyResult(milestones, defaultLabels, 'ar-EG').current).toBe('٢ of ٣ milestones');
  });

  it('given translated labels, it uses them as given (no lower-casing of translations)', () => {
    const german = {
      ...defaultLabels,
      status: { ...defaultLabels.status, 'at-risk': 'Gefährdet' },
      progressOf: (current: string, target: string) => `${current} von ${target}`,
    };
    expect(describeKeyResultProgress(patents, german, 'de-DE')).toBe(`3 von 5 patents, 60${NBSP}%, Gefährdet`);
    expect(describeKeyResultProgress(responseTime, { ...defaultLabels, guardrailHeld: 'Im Rahmen' }, 'de-DE')).toBe('3,2 h, Im Rahmen (below 4 h)');
  });

  it('given the progress bar’s own labels on the provider’s labels, they win over the defaults', () => {
    const labels = { ...defaultLabels, progressOfTarget: (current: string, target: string) => `${current} → ${target}` };
    expect(describeKeyResultProgress(churn, labels, 'en-US')).toBe('4% → 3%, 50%, on track');
  });
});

describe('describeKeyResult (the visible texts)', () => {
  it('gives the current value, the range and the status word', () => {
    expect(describeKeyResult(patents, defaultLabels, 'en-US')).toEqual({
      valueText: '3 of 5 patents, 60%, at risk',
      percent: '60%',
      current: '3 patents',
      range: 'from 0 to 5 patents',
      statusWord: 'At risk',
    });
  });

  it('given a falling metric, the range reads from the start down to the target', () => {
    expect(describeKeyResult(churn, defaultLabels, 'en-US').range).toBe('from 5% to 3%');
  });

  it('given a guardrail, the status word says whether the limit holds', () => {
    expect(describeKeyResult(responseTime, defaultLabels, 'en-US')).toMatchObject({ statusWord: 'Within limit', range: 'below 4 h' });
  });

  it('given a unit with its singular, one product reads "1 product" and the target keeps its own number ("1 of 2 products")', () => {
    const unit = { kind: 'custom', label: 'products', labelOne: 'product' } as const;
    const products = view({ kind: 'numeric', direction: 'increase', start: 0, target: 2, current: 1, unit }, 'on-track');
    expect(describeKeyResult(products, defaultLabels, 'en-US')).toMatchObject({ current: '1 product', range: 'from 0 to 2 products', valueText: '1 of 2 products, 50%, on track' });
    const single = view({ kind: 'numeric', direction: 'increase', start: 0, target: 1, current: 0, unit }, 'at-risk');
    expect(describeKeyResult(single, defaultLabels, 'en-US')).toMatchObject({ current: '0 products', valueText: '0 of 1 product, 0%, at risk' });
  });
});
