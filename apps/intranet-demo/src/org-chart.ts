/**
 * The host's org chart, as far as okrkit needs it: these teams are whole companies, so
 * their objectives serve nothing above them (the health checks do not flag them as
 * unaligned, and the alignment tree starts from them). A stable array, as okrkit's
 * options ask.
 */
export const topLevelTeamIds: readonly string[] = ['brightline', 'kestrel-labs', 'green-table', 'bright-minds'];
