/** The domain examples' people and teams as a provider directory, for tests and stories (not part of the package). */
import { domainExamplePeople, domainExampleTeams } from '@okrkit/core/examples';
import type { DirectoryEntry, OkrDirectory } from './directory';

const entries = (names: Readonly<Record<string, string>>): Record<string, DirectoryEntry> =>
  Object.fromEntries(Object.entries(names).map(([id, name]) => [id, { name }]));

export const exampleDirectory: OkrDirectory = {
  people: entries(domainExamplePeople),
  teams: entries(domainExampleTeams),
};
