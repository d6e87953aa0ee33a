import type { PlanningPhase } from '@okrkit/core';
import type { CycleRefusal } from '@okrkit/core/cycle';
import type { PlanningBoardLabels } from './planning-board.labels';

/** How a refusal's facts are written: phase names, dates and numbers in the reader's language. */
export interface RefusalFormat {
  phaseName: (phase: PlanningPhase) => string;
  formatDate: (date: string) => string;
  formatNumber: (value: number) => string;
}

/**
 * A refusal of the cycle's rules (its stable `code` and facts, from `phaseAllows` or a
 * `CycleRuleError`) in the board's words — never the core's English `message`.
 * @example describeRefusal(labels, { code: 'deadline-passed', action: 'vote', phase: 'screening', deadline: '2026-03-15', message: '…' }, format) // 'The Screening phase ended on 15 Mar 2026.'
 */
export function describeRefusal(labels: PlanningBoardLabels, refusal: CycleRefusal, format: RefusalFormat): string {
  switch (refusal.code) {
    case 'wrong-phase':
      return labels.wrongPhase(refusal.phases.map(format.phaseName).join(' / '), format.phaseName(refusal.phase));
    case 'deadline-passed':
      return labels.phaseEnded(format.phaseName(refusal.phase), format.formatDate(refusal.deadline));
    case 'not-a-proposer':
      return labels.notInRole.proposer;
    case 'not-a-voter':
      return labels.notInRole.voter;
    case 'not-the-confirmer':
      return labels.notInRole.confirmer;
    case 'not-a-discussant':
      return labels.notADiscussant;
    case 'last-phase':
      return labels.lastPhase(format.phaseName(refusal.phase));
    case 'phase-backwards':
      return labels.phaseBackwards(format.phaseName(refusal.from), format.phaseName(refusal.to));
    case 'reopen-not-earlier':
      return labels.reopenNotEarlier(format.phaseName(refusal.from), format.phaseName(refusal.to));
    case 'wrong-ballot-kind':
      return labels.wrongBallotKind[refusal.expected];
    case 'over-budget':
      return labels.overBudget(format.formatNumber(refusal.budget));
    case 'no-confirmer':
      return labels.noConfirmer;
    default:
      return refusal satisfies never;
  }
}
