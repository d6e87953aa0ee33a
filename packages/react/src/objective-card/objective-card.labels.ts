import type { LintSeverity, OkrStorageError } from '@okrkit/core';
import { useMemo } from 'react';
import { useOkrContext } from '../provider/index';
import type { OkrLabels } from '../provider/index';

/**
 * Words the objective card needs beyond the provider's {@link OkrLabels}. The provider's
 * labels win when they hold the same key, so moving a word into `OkrLabels` later (or a host
 * passing it in `labels`) needs no change here.
 */
export interface ObjectiveCardLabels {
  title: string;
  editTitle: string;
  editValue: (keyResultTitle: string) => string;
  keyResults: string;
  rank: string;
  kind: string;
  checkInFor: (keyResultTitle: string) => string;
  lastCheckInLabel: string;
  score: string;
  formula: string;
  weight: string;
  share: string;
  contribution: string;
  progressLabel: string;
  expectedProgress: (percent: string) => string;
  severity: Record<LintSeverity, string>;
  unknownObjective: string;
  loadFailed: string;
  saving: string;
  failure: (error: OkrStorageError) => string;
  enterNumber: string;
  milestonesHint: string;
}

export const objectiveCardLabels: ObjectiveCardLabels = {
  title: 'Objective title',
  editTitle: 'Edit title',
  editValue: (keyResultTitle) => `Current value of ${keyResultTitle}`,
  keyResults: 'Key results',
  rank: 'Rank',
  kind: 'Type',
  checkInFor: (keyResultTitle) => `Check in: ${keyResultTitle}`,
  lastCheckInLabel: 'Last check-in',
  score: 'Score',
  formula: 'Formula',
  weight: 'Weight',
  share: 'Share',
  contribution: 'Contribution',
  progressLabel: 'Objective progress',
  expectedProgress: (percent) => `expected ${percent} by now`,
  severity: { error: 'Error', warning: 'Warning', info: 'Tip' },
  unknownObjective: 'This objective does not exist (any more).',
  loadFailed: 'Could not load the OKRs.',
  saving: 'Saving…',
  failure: (error) => {
    switch (error.code) {
      case 'unavailable':
        return 'Storage could not be reached. Your text is kept here: retry when you are back online.';
      case 'validation':
        return 'Storage refused the value. Fix it and press Enter.';
      case 'forbidden':
        return 'You are not allowed to make this change.';
      case 'read-only':
        return 'This storage is read-only.';
      case 'not-found':
        return 'This item no longer exists.';
      case 'conflict':
        return 'Someone else changed this while you were editing.';
      case 'unknown':
        return 'Something went wrong while saving.';
      default:
        return error.code satisfies never;
    }
  },
  enterNumber: 'Enter a number',
  milestonesHint: 'Use “Check in” to tick milestones.',
};

export type CardLabels = OkrLabels & ObjectiveCardLabels;

/** The provider's labels completed with the card's own words. */
export function useCardLabels(): CardLabels {
  const { labels } = useOkrContext();
  return useMemo(() => ({ ...objectiveCardLabels, ...labels }) as CardLabels, [labels]);
}
