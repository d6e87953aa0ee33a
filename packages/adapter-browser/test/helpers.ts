import type { Change, Objective, Period } from '@okrkit/core';

/** A database name no other test uses, so tests never see each other's records. */
export function freshDatabaseName(): string {
  return `okrkit-test-${crypto.randomUUID()}`;
}

export const period: Period = { id: 'q1-2026', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' };

/** The create of {@link period}: storage refuses objectives whose period does not exist. */
export const createPeriod: Change = { op: 'put', kind: 'period', record: period, expectedVersion: null };

export function objective(id: string, title = `Objective ${id}`, periodId = 'q1-2026'): Objective {
  return { id, title, periodId };
}

export function create(record: Objective): Change {
  return { op: 'put', kind: 'objective', record, expectedVersion: null };
}

export function update(record: Objective, expectedVersion: number): Change {
  return { op: 'put', kind: 'objective', record, expectedVersion };
}

/** Resolves once IndexedDB has deleted the database (other connections close themselves on `versionchange`). */
export function deleteDatabase(name: string, factory: IDBFactory = indexedDB): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`deleting ${name} was blocked by an open connection`));
  });
}

/**
 * A real IndexedDB that can be switched to failing, as when the user clears site data or
 * the browser withdraws storage: `open` then throws like a broken backing store.
 */
export function breakableIndexedDB(): { factory: IDBFactory; break(): void } {
  let broken = false;
  const factory: IDBFactory = {
    open: (name: string, version?: number) => {
      if (broken) throw new DOMException('The backing store is gone', 'UnknownError');
      return indexedDB.open(name, version);
    },
    deleteDatabase: (name: string) => indexedDB.deleteDatabase(name),
    databases: () => indexedDB.databases(),
    cmp: (first: unknown, second: unknown) => indexedDB.cmp(first, second),
  };
  return { factory, break: () => { broken = true; } };
}

/** Waits until `predicate` holds (events across BroadcastChannel arrive in a later task). */
export async function eventually(predicate: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
