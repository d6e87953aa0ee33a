'use client';
import { forwardRef, useCallback, useMemo, type ComponentPropsWithoutRef } from 'react';
import { displayName, listEntries, lookUpEntry, type DirectoryEntry, type ListedEntry } from './directory';
import { useOkrContext } from './okr-provider';
import { slotClass } from '../internal/slot-class';

/**
 * A person from the provider's `directory`, or undefined when it does not know the id.
 * @example const owner = usePerson(objective.ownerId); owner?.name
 */
export function usePerson(personId: string | undefined): DirectoryEntry | undefined {
  const { directory } = useOkrContext();
  return personId === undefined ? undefined : lookUpEntry(directory.people, personId);
}

/**
 * A team from the provider's `directory`, or undefined when it does not know the id.
 * @example const team = useTeam(objective.teamId); team?.name ?? objective.teamId
 */
export function useTeam(teamId: string | undefined): DirectoryEntry | undefined {
  const { directory } = useOkrContext();
  return teamId === undefined ? undefined : lookUpEntry(directory.teams, teamId);
}

/** What {@link useDirectoryNames} returns. */
export interface DirectoryNames {
  /** A person's name, else the id. */
  personName: (personId: string) => string;
  /** A team's name, else the id. */
  teamName: (teamId: string) => string;
  /** Everyone in the directory, sorted by name for the provider's locale. */
  people: readonly ListedEntry[];
}

/**
 * Name functions over the provider's directory, stable while it does not change: for widgets
 * that name many people at once (a grid column, a Markdown export).
 * @example const { personName } = useDirectoryNames(); rows.map((row) => personName(row.ownerId))
 */
export function useDirectoryNames(): DirectoryNames {
  const { directory, locale } = useOkrContext();
  return useMemo(
    () => ({
      personName: (personId: string) => displayName(directory.people, personId),
      teamName: (teamId: string) => displayName(directory.teams, teamId),
      people: listEntries(directory.people, locale),
    }),
    [directory, locale],
  );
}

/**
 * A person's name function for widgets that still take the deprecated `people` and
 * `personName` props: `personName` first, then `people`, then the provider's directory, then
 * the id. Keeps the old props working for one release.
 * @example const personName = useLegacyPersonName(props.personName, props.people);
 */
export function useLegacyPersonName(
  personName: ((personId: string) => string) | undefined,
  people: readonly { id: string; name: string }[] | undefined,
): (personId: string) => string {
  const { personName: fromDirectory } = useDirectoryNames();
  const fromPeople = useMemo(() => (people && people.length > 0 ? new Map(people.map((person) => [person.id, person.name])) : undefined), [people]);
  return useCallback(
    (personId: string) => (personName ? personName(personId) : (fromPeople?.get(personId) ?? fromDirectory(personId))),
    [personName, fromPeople, fromDirectory],
  );
}

export interface PersonNameProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The person's id, as stored (`ownerId`, `authorId`). */
  personId: string;
  /** Show the directory's avatar before the name, when it has one. @default true */
  avatar?: boolean;
}

/**
 * A person's name from the provider's directory (with their avatar, decorative), or the id
 * when the directory does not know them.
 * @example <PersonName personId={objective.ownerId} />
 */
export const PersonName = /* @__PURE__ */ forwardRef<HTMLSpanElement, PersonNameProps>(function PersonName(props, ref) {
  const { personId, avatar = true, ...rest } = props;
  const person = usePerson(personId);
  return (
    // dir="auto": a name is user text and takes its own direction (an Arabic name in an English page).
    <span ref={ref} data-slot="person-name" data-known={person ? 'true' : 'false'} dir="auto" {...rest} className={slotClass('person-name', rest.className)}>
      {avatar && person?.avatarUrl ? <img data-slot="person-avatar" className="okr-slot-person-avatar" src={person.avatarUrl} alt="" width={20} height={20} /> : null}
      {person?.name ?? personId}
    </span>
  );
});
