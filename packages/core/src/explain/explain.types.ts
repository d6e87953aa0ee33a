/**
 * Every number okrkit computes carries an explanation: the formula, the inputs it used
 * and, for rollups, the weighted parts. A UI answers "why 43 %?" from this data alone.
 */

/** One weighted part of a rolled-up number (a KR of an objective, a milestone, a child objective). */
export interface ExplanationPart {
  kind: 'key-result' | 'objective' | 'milestone';
  /** The part's id (KR or objective id), or the milestone's index as a string. */
  id: string;
  label: string;
  /** The weight as given (defaults applied). */
  weight: number;
  /** weight / sum of weights, in [0, 1]. */
  share: number;
  /** The part's clamped value in [0, 1]. */
  value: number;
  /** share × value: how much this part adds to the total. */
  contribution: number;
}

export interface Explanation {
  /** The formula in plain notation, e.g. `'(current − start) / (target − start)'`. */
  formula: string;
  /** The named inputs the formula used. */
  inputs: Readonly<Record<string, number | string | boolean | null>>;
  /** The weighted parts, for rollups. */
  parts?: readonly ExplanationPart[];
  /** Why the usual formula did not apply (e.g. `'start equals target'`, `'no key results'`). */
  note?: string;
}

/** A computed progress: `raw` is unclamped (−0.25 and 1.5 are real answers), `value` is clamped to [0, 1]. */
export interface Progress {
  value: number;
  raw: number;
  explanation: Explanation;
}
