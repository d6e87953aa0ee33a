import type { OkrSet, OkrStore } from '@okrkit/core';

/**
 * Test-only: a loaded store whose snapshot serves `okrSet` as given, unvalidated — what a
 * widget meets with a host's own store or data written before a validation rule existed
 * (the core's validators now refuse titles over 200 characters and |numbers| over 1e15, so
 * such data cannot be loaded through a real adapter). Every other member is the real store's.
 */
export function storeServing(store: OkrStore, okrSet: OkrSet): OkrStore {
  const snapshot = { ...store.getSnapshot(), okrSet };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'getSnapshot') return () => snapshot;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
