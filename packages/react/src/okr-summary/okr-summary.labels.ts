import type { ProvidedOkrLabels } from '../provider/labels';

/**
 * The words of `OkrSummary`. A section of `OkrLabels` (`labels.summary`), replaced through
 * `OkrProvider` like every other word; kept here so only pages with a summary ship them.
 */

/** `OkrSummary`. */
export interface OkrSummaryLabels {
  /** The summary's accessible name, e.g. "Summary: Growth team". */
  summaryOf: (scope: string) => string;
  objectivesByStatus: string;
  /** "4 objectives under way". */
  objectivesUnderWay: (count: string) => string;
  netConfidenceScore: string;
  /** What the score means, read after it. */
  netConfidenceHint: string;
  outdatedKeyResults: string;
  noOutdatedKeyResults: string;
  /** "last check-in 3 Jan 2026" / "never checked in". */
  lastCheckInOn: (date: string) => string;
  neverCheckedIn: string;
  gradeDistribution: string;
  /** "2 objectives closed". */
  objectivesClosed: (count: string) => string;
  /** Table headers of the charts' data. */
  count: string;
  band: string;
  /** After a shortened list: "and 3 more". */
  andMore: (count: string) => string;
}

/** okrkit's English words for {@link OkrSummaryLabels}. */
export const defaultSummaryLabels: OkrSummaryLabels = {
  summaryOf: (scope) => `Summary: ${scope}`,
  objectivesByStatus: 'Objectives by status',
  objectivesUnderWay: (count) => `${count} under way`,
  netConfidenceScore: 'Net confidence score',
  netConfidenceHint: 'share on track minus share off track, from −100 to 100',
  outdatedKeyResults: 'Outdated key results',
  noOutdatedKeyResults: 'Every key result has a recent check-in.',
  lastCheckInOn: (date) => `last check-in ${date}`,
  neverCheckedIn: 'never checked in',
  gradeDistribution: 'Grades of closed objectives',
  objectivesClosed: (count) => `${count} closed`,
  count: 'Count',
  band: 'Grade',
  andMore: (count) => `and ${count} more`,
};

/**
 * The summary's words: defaults, then the provider's `summary` group, then the component's own `labels`.
 * @example resolveSummaryLabels(useOkrContext().labels, props.labels).netConfidenceScore // 'Net confidence score'
 */
export function resolveSummaryLabels(providerLabels: ProvidedOkrLabels | undefined, own?: Partial<OkrSummaryLabels>): OkrSummaryLabels {
  const fromProvider = providerLabels?.summary;
  if (!fromProvider && !own) return defaultSummaryLabels;
  return { ...defaultSummaryLabels, ...fromProvider, ...own };
}
