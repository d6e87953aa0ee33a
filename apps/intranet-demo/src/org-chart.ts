/**
 * The host's org chart, as far as okrkit needs it: these teams are whole companies, so
 * their objectives serve nothing above them (the health checks do not flag them as
 * unaligned, and the alignment tree starts from them). A stable array, as okrkit's
 * options ask.
 */
export const topLevelTeamIds: readonly string[] = ['brightline', 'kestrel-labs', 'green-table', 'bright-minds'];

/**
 * The departments of the company that plans in the demo (Brightline), in the order the
 * Planning page offers them for a cascaded objective.
 */
export const planningDepartmentIds: readonly string[] = ['brightline-product', 'brightline-growth', 'brightline-support', 'brightline-people'];
