import {
  applyToRecordMap,
  filterByQuery,
  UnavailableError,
  type AppliedChange,
  type Change,
  type ChangeEvent,
  type OkrSet,
  type StorageAdapter,
  type StoredRecord,
} from '../src/index';

/**
 * A small in-process adapter for the store's tests (the core cannot depend on
 * @okrkit/adapter-memory, which depends on it), with switches to make storage fail.
 */
export function createTestAdapter(initial: Partial<OkrSet> = {}) {
  const records = new Map<string, StoredRecord>();
  const listeners = new Set<(event: ChangeEvent) => void>();
  const kinds = { periods: 'period', objectives: 'objective', keyResults: 'keyResult', checkIns: 'checkIn' } as const;
  for (const [collection, kind] of Object.entries(kinds)) {
    for (const record of initial[collection as keyof OkrSet] ?? []) records.set(`${kind}:${record.id}`, { kind, record: structuredClone(record), version: 1 });
  }
  const control = {
    failNextApply: null as Error | null,
    applyCalls: [] as Change[][],
    /** Resolves the next apply only when `release()` is called. */
    holdApply: false,
    release: () => {},
    extraRecords: [] as StoredRecord[],
  };
  const adapter: StorageAdapter & { control: typeof control; emit(event: ChangeEvent): void; records: typeof records } = {
    name: 'test',
    control,
    records,
    async load() {
      return { records: filterByQuery([...records.values()]).map((stored) => structuredClone(stored)).concat(control.extraRecords) };
    },
    async apply(changes: readonly Change[]): Promise<AppliedChange[]> {
      control.applyCalls.push(structuredClone([...changes]));
      if (control.holdApply) await new Promise<void>((resolve) => (control.release = resolve));
      if (control.failNextApply) {
        const failure = control.failNextApply;
        control.failNextApply = null;
        throw failure;
      }
      const applied = applyToRecordMap(records, changes);
      for (const listener of listeners) listener({ changes: structuredClone(applied) });
      return applied;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const listener of listeners) listener(event);
    },
  };
  return adapter;
}

export const networkDown = () => new UnavailableError('network is down');
