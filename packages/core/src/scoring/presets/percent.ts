import { defineScoringStrategy, finiteOrZero, percentBands, trailingStatus } from '../scoring';

/**
 * Plain percentages: score = progress × 100; bands low (< 40), medium (40–69), high (≥ 70);
 * on track when progress ≥ the elapsed share of the period, at risk when up to 20 points
 * behind, off track beyond.
 * @example scoreProgress(0.59, percent).score // 59
 */
export const percent = /* @__PURE__ */ defineScoringStrategy({
  id: 'percent',
  label: 'Percent',
  score: ({ progress }) => Math.round(finiteOrZero(progress) * 100 * 100) / 100,
  bands: percentBands,
  status: (input) => trailingStatus(input, 0.2),
});
