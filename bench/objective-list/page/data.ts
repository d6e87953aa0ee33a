/**
 * The data both pages show: the core's `generateOrganisation` (seed 7) with `count`
 * objectives, its key results and check-ins, and a directory naming its people and teams.
 * Same every load.
 */
import type { OkrDirectory } from '@okrkit/react';
import type { OkrSet } from '@okrkit/core';
import { generateOrganisation } from '@okrkit/core/examples';

export interface Organisation {
  okrSet: OkrSet;
  now: string;
  directory: OkrDirectory;
}

export function organisation(count: number): Organisation {
  const generated = generateOrganisation({ objectives: count, seed: 7 });
  const people = Object.fromEntries(generated.people.map((person) => [person.id, { name: person.name }]));
  const teams = Object.fromEntries(generated.teams.map((team) => [team.id, { name: team.name }]));
  return { okrSet: generated.okrSet, now: generated.now, directory: { people, teams } };
}
