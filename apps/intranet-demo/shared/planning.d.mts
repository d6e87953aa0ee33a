import type { PlanningCycle, PlanningParticipant, PlanningRole } from '@okrkit/core';

export declare const PLANNING_CYCLE_ID: string;
export declare const PLANNED_PERIOD_ID: string;
export declare const REVIEWED_PERIOD_ID: string;
export declare const planningParticipants: PlanningParticipant[];
export declare const demoPlanningCycle: PlanningCycle;
export declare function rolesIn(cycle: PlanningCycle | undefined, personId: string): PlanningRole[];
