import { describe } from 'vitest';
import type { ConformanceTarget } from './conformance.types';
import { describeConcurrency } from './concurrency.suite';
import { describeConditions } from './conditions.suite';
import { describeConflicts } from './conflicts.suite';
import { describeCrud } from './crud.suite';
import { describeFailures } from './failures.suite';
import { describeGet } from './get.suite';
import { describeIntegrity } from './integrity.suite';
import { useSubject } from './harness';
import { describeKeyResultOrder } from './key-result-order.suite';
import { describeCycleRecords } from './cycle.suite';
import { describeRoundTrip } from './round-trip.suite';
import { describeTombstones } from './tombstones.suite';

export type { ConformanceSubject, ConformanceTarget } from './conformance.types';
/** For an adapter's own tests: stand-in parents, so records written one by one pass referential integrity. */
export { parentsFor, withParents } from './fixtures';

/**
 * Registers the storage-adapter conformance suite with vitest (`describe`/`it`). Run it in
 * a test file of your own adapter:
 * @example
 * import { describeStorageAdapterConformance } from '@okrkit/core/testing';
 * describeStorageAdapterConformance('my adapter', { create: async () => ({ adapter: createMyAdapter() }) });
 *
 * @remarks
 * **What it checks.** CRUD of every record kind and metric kind through `apply` and `load`;
 * referential integrity, tombstones and `conditions`;
 * versions (a create is version 1, every write grows it) and typed conflicts
 * (`ConflictError` carrying the current record, `NotFoundError` for deleting a missing
 * record); all-or-nothing, in-order batches; `load({ periodId })`; exact round trips of
 * Unicode, long text, awkward ids and large or precise numbers; copies rather than shared
 * objects; key-result `position`s read back as written, so an objective's key results
 * keep their order through a reload (a batch of new positions is all-or-nothing);
 * the planning cycle's kinds (cycles, proposals, comments, votes, close-outs) with their
 * references, dependants and conflicts, and a quarter run through the cycle store;
 * concurrent writers (exactly one of 20 racing updates wins); `subscribe` and unsubscribe;
 * failures as `OkrStorageError`s.
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
 * **What your storage must enforce** (`applyToRecordMap` does all of it for in-process
 * storage; `checkIntegrity` is the same rule for a database transaction): referential
 * integrity inside the write (a batch that leaves a reference dangling, a self-reference or a
 * parent loop is refused with a `ValidationFailedError` naming the path; a delete of a record
 * others still refer to is refused listing them), also when a delete races a create under
 * the deleted record; tombstones (a re-created id continues above the deleted version);
 * `apply(changes, { conditions })` (a stale condition is a `ConflictError`, nothing applied).
 * Unknown extra properties on a record must be kept. Each subscriber hears each applied
 * batch exactly once; events may arrive asynchronously, and the suite waits up to 2 s.
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
    describeConditions(handle);
    describeIntegrity(handle);
    describeTombstones(handle);
    describeRoundTrip(handle);
    describeKeyResultOrder(handle);
    describeCycleRecords(handle);
    describeConcurrency(handle);
    describeFailures(handle);
  });
}
