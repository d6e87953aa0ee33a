'use client';
export { PlanningBoard, type PlanningBoardProps } from './planning-board';
export { PlanningBoardRoot, usePlanningBoardContext, type PlanningBoardContextValue, type PlanningBoardRootProps, type PlanningPermissions, type PlanningProposal } from './planning-board-context';
export { PlanningBoardAnnouncement, PlanningBoardBallot, PlanningBoardDecision, PlanningBoardPhases, PlanningBoardProposals, PlanningBoardTally } from './planning-board-parts';
export { defaultPlanningBoardLabels, resolvePlanningBoardLabels, type PlanningBoardLabels } from './planning-board.labels';
export { PlanningBoardPropose } from './planning-board-propose';
