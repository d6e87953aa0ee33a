/**
 * One directory of people and teams for every widget. okrkit stores ids only (`ownerId`,
 * `authorId`, `teamId`); the host knows who they are and passes them once, on the
 * provider, instead of teaching each widget its own `renderOwner` or `personName`.
 *
 * Plain records rather than a lookup function: they serialise (server → client), compare
 * cheaply, and a widget can list them (the weekly report offers people as task owners).
 */

/** A person or a team as the widgets show them. */
export interface DirectoryEntry {
  /** The name shown instead of the id: "Ana Souza", "Growth". */
  name: string;
  /** A small picture shown beside the name (decorative: the name is always written). */
  avatarUrl?: string;
}

/**
 * The people and teams the host knows, by id.
 * @example
 * const directory: OkrDirectory = {
 *   people: { ana: { name: 'Ana Souza', avatarUrl: '/avatars/ana.png' } },
 *   teams: { growth: { name: 'Growth' } },
 * };
 */
export interface OkrDirectory {
  people?: Readonly<Record<string, DirectoryEntry>>;
  teams?: Readonly<Record<string, DirectoryEntry>>;
}

/** A directory entry together with its id, as listed. */
export interface ListedEntry extends DirectoryEntry {
  id: string;
}

/** The directory with nobody in it (the provider's default). */
export const emptyDirectory: OkrDirectory = /* @__PURE__ */ Object.freeze({});

/**
 * The entry for an id, or undefined when the directory does not know it. Own keys only, so
 * an id such as `constructor` or `__proto__` never reads something from the prototype.
 * @example lookUpEntry({ ana: { name: 'Ana' } }, 'ana') // { name: 'Ana' }
 */
export function lookUpEntry(entries: Readonly<Record<string, DirectoryEntry>> | undefined, id: string): DirectoryEntry | undefined {
  if (!entries || !Object.prototype.hasOwnProperty.call(entries, id)) return undefined;
  const entry = entries[id];
  return entry && typeof entry.name === 'string' && entry.name.trim() !== '' ? entry : undefined;
}

/**
 * The name to show for an id: the directory's when it knows it, else the id itself (a
 * widget never shows nothing).
 * @example displayName({ ana: { name: 'Ana Souza' } }, 'ana') // 'Ana Souza'
 * @example displayName({}, 'u-17') // 'u-17'
 */
export function displayName(entries: Readonly<Record<string, DirectoryEntry>> | undefined, id: string): string {
  return lookUpEntry(entries, id)?.name ?? id;
}

/**
 * Every entry with its id, sorted by name for the locale (for pickers).
 * @example listEntries({ b: { name: 'Bo' }, a: { name: 'Al' } }) // [{ id: 'a', name: 'Al' }, { id: 'b', name: 'Bo' }]
 */
export function listEntries(entries: Readonly<Record<string, DirectoryEntry>> | undefined, locale?: string): ListedEntry[] {
  if (!entries) return [];
  const collator = new Intl.Collator(locale);
  return Object.keys(entries)
    .flatMap((id) => {
      const entry = lookUpEntry(entries, id);
      return entry ? [{ ...entry, id }] : [];
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}
