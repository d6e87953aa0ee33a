import { useMemo } from 'react';
import { useOkrContext, type OkrLabels } from '../provider/index';
import { objectiveCardLabels, type ObjectiveCardLabels } from '../objective-card/objective-card.labels';

/**
 * Words the check-in dialog needs beyond the provider's {@link OkrLabels}. As with the card,
 * the provider's labels win on a shared key.
 */
export interface CheckInDialogLabels {
  dialogTitle: (keyResultTitle: string) => string;
  dialogDescription: (current: string) => string;
  milestones: string;
  confidenceHint: string;
  optional: string;
  confidenceRange: string;
  close: string;
}

export const checkInDialogLabels: CheckInDialogLabels = {
  dialogTitle: (keyResultTitle) => `Check in: ${keyResultTitle}`,
  dialogDescription: (current) => `Record where this key result stands now. Current value: ${current}.`,
  milestones: 'Milestones',
  confidenceHint: 'How likely is the target to be met, from 0 to 100 %?',
  optional: '(optional)',
  confidenceRange: 'Confidence must be between 0 and 100 %',
  close: 'Close',
};

export type DialogLabels = OkrLabels & ObjectiveCardLabels & CheckInDialogLabels;

/** The provider's labels completed with the dialog's (and the card's shared) words. */
export function useDialogLabels(): DialogLabels {
  const { labels } = useOkrContext();
  return useMemo(() => ({ ...objectiveCardLabels, ...checkInDialogLabels, ...labels }) as DialogLabels, [labels]);
}

