import type { Status } from '@okrkit/core';
import { defaultLabels, type OkrLabels } from '../provider/labels';

/**
 * Words the key-result progress bar needs beyond {@link OkrLabels}. They are looked up on
 * the provider's labels first, so a host that passes them to `OkrProvider` (they belong in
 * `OkrLabels`; see the module note) replaces them like any other label.
 */
export interface KeyResultProgressLabels {
  /** Decreasing metrics: "4% of target 3%". */
  progressOfTarget: (current: string, target: string) => string;
  /** The visible range of a numeric KR: "from 5% to 3%". */
  fromTo: (start: string, target: string) => string;
  /** A guardrail's limit: "below 4 h" / "above 99.5%". */
  guardrailLimit: (bound: 'above' | 'below', threshold: string) => string;
  /** A range guardrail's band: "between 99.5% and 100%". */
  guardrailBetween: (min: string, max: string) => string;
  /**
   * Status words inside the spoken sentence ("…, 60%, at risk"). When absent, the host's
   * `status` words are used as they are; the English defaults are lower-cased.
   */
  spokenStatus?: Record<Status, string>;
}

export const defaultKeyResultProgressLabels: KeyResultProgressLabels = {
  progressOfTarget: (current, target) => `${current} of target ${target}`,
  fromTo: (start, target) => `from ${start} to ${target}`,
  guardrailLimit: (bound, threshold) => `${bound} ${threshold}`,
  guardrailBetween: (min, max) => `between ${min} and ${max}`,
};

/** The labels the progress bar reads: the provider's, then the progress defaults. */
export type ResolvedProgressLabels = OkrLabels & Required<KeyResultProgressLabels>;

const resolved = new WeakMap<OkrLabels, ResolvedProgressLabels>();

/**
 * Completes a set of {@link OkrLabels} with the progress bar's own words. Mid-sentence
 * words are lower-cased only when they are okrkit's English defaults: lower-casing a
 * translation ("Im Plan") would be wrong in many languages.
 * @example resolveProgressLabels(defaultLabels).spokenStatus['at-risk'] // 'at risk'
 */
export function resolveProgressLabels(labels: OkrLabels & Partial<KeyResultProgressLabels>): ResolvedProgressLabels {
  let result = resolved.get(labels);
  if (!result) {
    const spokenStatus =
      labels.spokenStatus ??
      (labels.status === defaultLabels.status
        ? (Object.fromEntries(Object.entries(labels.status).map(([status, word]) => [status, word.toLowerCase()])) as Record<Status, string>)
        : labels.status);
    result = { ...defaultKeyResultProgressLabels, ...labels, spokenStatus };
    resolved.set(labels, result);
  }
  return result;
}

/** A label as it reads mid-sentence: the English default lower-cased, anything else as given. */
export function spokenWord(word: string, englishDefault: string): string {
  return word === englishDefault ? word.toLowerCase() : word;
}
