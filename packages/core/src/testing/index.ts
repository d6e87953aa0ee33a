import { describe } from 'vitest';
import type { ConformanceTarget } from './conformance.types';
import { describeConcurrency } from './concurrency.suite';
import { describeConflicts } from './conflicts.suite';
import { describeCrud } from './crud.suite';
import { describeFailures } from './failures.suite';
import { describeGet } from './get.suite';
import { useSubject } from './harness';
import { describeRoundTrip } from './round-trip.suite';

export type { ConformanceSubject, ConformanceTarget } from './conformance.types';

/**
 * Registers the storage-adapter conformance suite with vitest (`describe`/`it`). Run it in
 * a test file of your own adapter:
 * @example
 * import { describeStorageAdapterConformance } from '@okrkit/core/testing';
 * describeStorageAdapterConformance('my adapter', { create: async () => ({ adapter: createMyAdapter() }) });
 *
 * @remarks
 * **What it checks.** CRUD of every record kind and metric kind through `apply` and `load`;
 * versions (a create is version 1, every write grows it) and typed conflicts
 * (`ConflictError` carrying the current record, `NotFoundError` for deleting a missing
 * record); all-or-nothing, in-order batches; `load({ periodId })`; exact round trips of
 * Unicode, long text, awkward ids and large or precise numbers; copies rather than shared
 * objects; concurrent writers (exactly one of 20 racing updates wins); `subscribe` and
 * unsubscribe; failures as `OkrStorageError`s.
 *
 * **What your target provides.** `create()` is called before every test and must return
 * a fresh, *empty* storage (a new in-memory instance, a new database schema, a truncated
 * table); `cleanup()` runs after every test and should also release any peers handed out.
 * Optional parts switch groups of tests on; without them those tests are reported as
 * skipped, with the reason:
 * - no `adapter.apply` (a read-only adapter is legal): every write test is skipped;
 * - `adapter.subscribe`: the live-update tests;
 * - `peer()`: a second client onto the same storage (another tab, another server process)
 *   for the cross-client conflict and `subscribe` tests;
 * - `breakStorage()`: makes the storage fail (stop the server, close the connection) for the
 *   failure tests.
 *
 * **What your storage must accept.** The suite writes valid records one by one, so
 * references may dangle (a key result whose objective was never written): store records, do
 * not enforce references — the store validates whole sets. Unknown extra properties on a
 * record must be kept. Subscribe events may arrive asynchronously; the suite waits up to
 * 2 s for them.
 *
 * @example
 * // A server-backed adapter with every capability switched on:
 * import { describeStorageAdapterConformance } from '@okrkit/core/testing';
 *
 * describeStorageAdapterConformance('postgres', {
 *   async create() {
 *     const database = await startThrowAwayDatabase();
 *     return {
 *       adapter: createPostgresAdapter(database.url),
 *       peer: async () => createPostgresAdapter(database.url),
 *       breakStorage: () => database.stop(),
 *       cleanup: () => database.drop(),
 *     };
 *   },
 * });
 */
export function describeStorageAdapterConformance(name: string, target: ConformanceTarget): void {
  describe(`storage adapter conformance: ${name}`, () => {
    const handle = useSubject(target);
    describeCrud(handle);
    describeGet(handle);
    describeConflicts(handle);
    describeRoundTrip(handle);
    describeConcurrency(handle);
    describeFailures(handle);
  });
}
