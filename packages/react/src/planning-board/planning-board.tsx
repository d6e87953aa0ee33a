'use client';
import { forwardRef } from 'react';
import { PlanningBoardRoot, type PlanningBoardRootProps } from './planning-board-context';
import { PlanningBoardPropose } from './planning-board-propose';
import { PlanningBoardAnnouncement, PlanningBoardBallot, PlanningBoardDecision, PlanningBoardPhases, PlanningBoardProposals, PlanningBoardTally } from './planning-board-parts';

export type PlanningBoardProps = Omit<PlanningBoardRootProps, 'children'>;

const PlanningBoardComposed = /* @__PURE__ */ forwardRef<HTMLElement, PlanningBoardProps>(function PlanningBoard(props, ref) {
  return (
    <PlanningBoardRoot ref={ref} {...props}>
      <PlanningBoardPhases />
      <PlanningBoardProposals />
      <PlanningBoardBallot />
      <PlanningBoardTally />
      <PlanningBoardDecision />
      <PlanningBoardAnnouncement />
    </PlanningBoardRoot>
  );
});

/**
 * The quarterly OKR planning meeting (DOMAIN.md §4–§5) as one widget: the cycle's seven phases
 * as a stepper, the proposals with "Propose an objective" and their discussion (for, against,
 * question; one level of replies), the person's vote (a ranking by drag or Alt+↑/↓, or points),
 * the live tally with its explanation, the confirmer's decision, and the announcement with its
 * Markdown, HTML and chat-text copies. Each control follows the
 * cycle's roles and phase and the provider's `can`, and says why when it is not there. For your
 * own layout compose `PlanningBoard.Root`, `.Phases`, `.Proposals`, `.Propose`, `.Ballot`,
 * `.Tally`, `.Decision` and `.Announcement`.
 * @example
 * const cycles = createCycleStore({ adapter, okrStore: store });
 * <OkrProvider store={store} userId="ceo"><PlanningBoard cycleStore={cycles} cycleId="plan-q2" /></OkrProvider>
 */
export const PlanningBoard = /* @__PURE__ */ Object.assign(PlanningBoardComposed, {
  Root: PlanningBoardRoot,
  Phases: PlanningBoardPhases,
  Proposals: PlanningBoardProposals,
  Propose: PlanningBoardPropose,
  Ballot: PlanningBoardBallot,
  Tally: PlanningBoardTally,
  Decision: PlanningBoardDecision,
  Announcement: PlanningBoardAnnouncement,
});
