/**
 * The demo's planning meeting: Brightline plans Q2 2026 while Q1 2026 runs, and closes Q1 on
 * the Review page. Shared by the server (which seeds the cycle once) and the page (which shows
 * it and knows its id). Host data: okrkit's `PlanningCycle` record, written by hand.
 */

/** The id of the seeded Q2 planning cycle. */
export const PLANNING_CYCLE_ID = 'plan-q2-2026';

/** The period the meeting plans. */
export const PLANNED_PERIOD_ID = 'q2-2026';

/** The period the Review page closes. */
export const REVIEWED_PERIOD_ID = 'q1-2026';

/**
 * Who takes part, in which role (DOMAIN.md §5): two employees propose, three managers discuss
 * and vote, the CEO confirms. Everyone else reads the meeting but takes no part in it.
 */
export const planningParticipants = [
  { personId: 'noah-fischer', roles: ['proposer'] },
  { personId: 'ines-duarte', roles: ['proposer'] },
  { personId: 'jonas-weber', roles: ['voter'] },
  { personId: 'priya-nair', roles: ['voter'] },
  { personId: 'lena-kovac', roles: ['voter'] },
  { personId: 'amara-osei', roles: ['confirmer'] },
];

/**
 * The Q2 2026 planning cycle as the server seeds it: in its first phase, deadlines in March
 * (after the demo's day, 15 February), votes by ranking (Borda count).
 * @type {import('@okrkit/core').PlanningCycle}
 */
export const demoPlanningCycle = {
  id: PLANNING_CYCLE_ID,
  periodId: PLANNED_PERIOD_ID,
  phase: 'proposal',
  phases: [
    { phase: 'proposal', deadline: '2026-03-06' },
    { phase: 'screening', deadline: '2026-03-13' },
    { phase: 'preliminary-presentation', deadline: '2026-03-18' },
    { phase: 'confirmation', deadline: '2026-03-20' },
    { phase: 'alignment', deadline: '2026-03-25' },
    { phase: 'personal-okrs', deadline: '2026-03-27' },
    { phase: 'announcement', deadline: '2026-03-31' },
  ],
  participants: planningParticipants,
  votingMethod: { kind: 'ranking' },
};

/**
 * The roles a person has in a cycle, for the page's intro ("you propose", "you vote"…).
 * @param {import('@okrkit/core').PlanningCycle | undefined} cycle
 * @param {string} personId
 * @returns {import('@okrkit/core').PlanningRole[]}
 * @example rolesIn(demoPlanningCycle, 'amara-osei') // ['confirmer']
 */
export function rolesIn(cycle, personId) {
  return cycle?.participants.find((participant) => participant.personId === personId)?.roles ?? [];
}
