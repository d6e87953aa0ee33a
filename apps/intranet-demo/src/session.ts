import { DEFAULT_PERSON_ID, type Person } from '../shared/directory.mjs';

/**
 * Who the page is signed in as: the demo's stand-in for an intranet session. A small
 * external store (read with `useSyncExternalStore`), remembered across reloads.
 */
export interface Session {
  getPerson(): Person;
  setPersonId(id: string): void;
  subscribe(listener: () => void): () => void;
}

const storageKey = 'okrkit-demo:person';

function readStored(storage: Storage | null): string | null {
  try {
    return storage?.getItem(storageKey) ?? null;
  } catch {
    return null;
  }
}

/** A session over `directory`, starting with the remembered person or the default one. */
export function createSession(directory: readonly Person[], storage: Storage | null = globalThis.localStorage ?? null): Session {
  if (directory.length === 0) throw new Error('createSession: the directory is empty');
  const find = (id: string | null) => directory.find((person) => person.id === id);
  let person = find(readStored(storage)) ?? find(DEFAULT_PERSON_ID) ?? directory[0]!;
  const listeners = new Set<() => void>();
  return {
    getPerson: () => person,
    setPersonId(id) {
      const next = find(id);
      if (!next || next === person) return;
      person = next;
      try {
        storage?.setItem(storageKey, id);
      } catch {
        // Private mode or full storage: the choice lasts until reload.
      }
      for (const listener of Array.from(listeners)) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
