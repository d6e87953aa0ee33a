import type { ProvidedOkrLabels } from '../provider/labels';

/**
 * The words of `AlignmentTree`. Override them with the `labels` prop, or for every tree with
 * the provider's `labels.tree` section; status words come from the provider's
 * shared `status` labels.
 * @example <AlignmentTree labels={{ tree: 'Ausrichtung', zoomIn: 'Vergrößern' }} />
 */
export interface AlignmentTreeLabels {
  /** The tree's accessible name. */
  tree: string;
  /** The pan/zoom canvas's name, and the hint read with it. */
  canvas: string;
  canvasHint: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  reset: string;
  /** The orphans group's heading, and the warning above the canvas. */
  orphans: string;
  orphansWarning: (count: string, value: number) => string;
  /** The loops group's heading, and the error block's heading. */
  loops: string;
  loopsError: (count: string, value: number) => string;
  /** One loop's chain, already joined: "A → B → A". */
  loopChain: (titles: readonly string[]) => string;
  /** The heading over objectives whose parent or `contributesTo` names an objective the set does not hold. */
  missingTargets: (count: string, value: number) => string;
  /** One such objective: its title and the ids it names that do not exist. */
  missingTarget: (title: string, missingIds: readonly string[]) => string;
  /** The rest of the list, when it is cut short: "and 12 more". */
  missingMore: (count: string, value: number) => string;
  /** Objectives below a node: "12 below". */
  below: (count: string) => string;
  /** Filter summary: "3 matches". Counts come formatted for the locale, and as a number for plurals. */
  matches: (count: string, value: number) => string;
  noMatches: string;
}

/** okrkit's English words for the alignment tree. */
export const defaultAlignmentTreeLabels: AlignmentTreeLabels = {
  tree: 'Alignment tree',
  canvas: 'Alignment map',
  canvasHint: 'Plus and minus zoom, 0 resets, arrow keys pan.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit to view',
  reset: 'Reset zoom',
  orphans: 'Not aligned',
  orphansWarning: (count, value) => (value === 1 ? '1 objective serves nothing above it' : `${count} objectives serve nothing above them`),
  loops: 'Alignment loops',
  loopsError: (count, value) =>
    value === 1 ? 'An alignment loop: these objectives serve each other in a circle' : `${count} alignment loops: these objectives serve each other in circles`,
  loopChain: (titles) => [...titles, titles[0] ?? ''].join(' → '),
  missingTargets: (count, value) =>
    value === 1 ? '1 objective is aligned to an objective that does not exist' : `${count} objectives are aligned to objectives that do not exist`,
  missingTarget: (title, missingIds) => `${title}: ${missingIds.map((id) => `“${id}”`).join(', ')} not found`,
  missingMore: (count) => `and ${count} more`,
  below: (count) => `${count} below`,
  matches: (count, value) => (value === 1 ? '1 match' : `${count} matches`),
  noMatches: 'No objective matches the filter',
};

/**
 * The tree's words: defaults, then the provider's `tree` section, then the component's own `labels` prop.
 * @example resolveAlignmentTreeLabels(useOkrContext().labels, props.labels).zoomIn
 */
export function resolveAlignmentTreeLabels(providerLabels: ProvidedOkrLabels, own: Partial<AlignmentTreeLabels> | undefined): AlignmentTreeLabels {
  const fromProvider = providerLabels.tree;
  if (!fromProvider && !own) return defaultAlignmentTreeLabels;
  return { ...defaultAlignmentTreeLabels, ...fromProvider, ...own };
}
