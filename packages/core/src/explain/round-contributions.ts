import type { ExplanationPart } from './explain.types';

/** What {@link roundContributions} returns. */
export interface RoundedContributions {
  /** Each part's contribution in whole percentage points (or `decimals` places), in the parts' order. */
  parts: number[];
  /** The total the rounded parts add up to: the rollup rounded the same way. */
  total: number;
  /** True when at least one part shows a different number than rounding it alone would. */
  adjusted: boolean;
}

const EPSILON = 1e-9;

/**
 * Rounds the contributions of a rollup's parts so that they add up to the rounded total
 * (the largest-remainder method): each part is rounded down, then the points still
 * missing go to the parts with the largest remainders (on a tie, the larger part, then the
 * earlier one).
 * Rounding each part on its own can disagree with the total a UI shows
 * (37.6 % + 7.6 % = 45.2 %, shown as 45 %, would read "38 % + 8 %").
 *
 * Contributions are fractions (0.376 is 37.6 %); a non-finite one counts as 0.
 * @example roundContributions([{ contribution: 0.376 }, { contribution: 0.076 }])
 * // { parts: [38, 7], total: 45, adjusted: true }
 * @example roundContributions([{ contribution: 0.25 }, { contribution: 0.5 }]).parts // [25, 50]
 */
export function roundContributions(parts: readonly Pick<ExplanationPart, 'contribution'>[], decimals = 0): RoundedContributions {
  const places = Number.isInteger(decimals) && decimals >= 0 && decimals <= 6 ? decimals : 0;
  const scale = 100 * 10 ** places;
  const scaled = parts.map((part) => (Number.isFinite(part.contribution) ? Math.max(0, part.contribution) * scale : 0));
  const sum = scaled.reduce((total, value) => total + value, 0);
  const target = Math.round(sum + EPSILON);
  // A value a hair below an integer (0.3 * 100 = 29.999999999999996) is that integer.
  const floors = scaled.map((value) => Math.floor(value + EPSILON));
  let missing = target - floors.reduce((total, value) => total + value, 0);
  const order = scaled
    .map((value, at) => ({ at, value, remainder: value - (floors[at] as number) }))
    // Remainders within float noise of each other are a tie: the larger part, then the earlier.
    .sort((first, second) => (Math.abs(second.remainder - first.remainder) > EPSILON ? second.remainder - first.remainder : second.value - first.value || first.at - second.at));
  const rounded = [...floors];
  for (const { at } of order) {
    if (missing <= 0) break;
    rounded[at] = (rounded[at] as number) + 1;
    missing -= 1;
  }
  const unscale = (value: number) => value / 10 ** places;
  const alone = scaled.map((value) => Math.round(value + EPSILON));
  return {
    parts: rounded.map(unscale),
    total: unscale(target),
    adjusted: rounded.some((value, at) => value !== alone[at]),
  };
}
