import type { LoadQuery, StoredRecord } from '@okrkit/core';

type Linked = { id: string; periodId?: string; objectiveId?: string; keyResultId?: string };

/**
 * Keeps the records a {@link LoadQuery} asks for: everything without a `periodId`, else
 * every period plus the objectives of that period with their key results and check-ins
 * (the same rule as the memory adapter).
 * @example filterByPeriod(records, { periodId: 'q1-2026' })
 */
export function filterByPeriod(records: StoredRecord[], query?: LoadQuery): StoredRecord[] {
  if (query?.periodId === undefined) return records;
  const linked = (stored: StoredRecord) => stored.record as Linked;
  const objectiveIds = new Set(
    records.filter((s) => s.kind === 'objective' && linked(s).periodId === query.periodId).map((s) => linked(s).id),
  );
  const keyResultIds = new Set(
    records.filter((s) => s.kind === 'keyResult' && objectiveIds.has(linked(s).objectiveId ?? '')).map((s) => linked(s).id),
  );
  return records.filter((stored) => {
    switch (stored.kind) {
      case 'period':
        return true;
      case 'objective':
        return objectiveIds.has(linked(stored).id);
      case 'keyResult':
        return keyResultIds.has(linked(stored).id);
      case 'checkIn':
        return keyResultIds.has(linked(stored).keyResultId ?? '');
      default:
        return stored.kind satisfies never;
    }
  });
}
