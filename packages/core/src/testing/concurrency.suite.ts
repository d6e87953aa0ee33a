import { describe, expect, it, type TestContext } from 'vitest';
import type { ChangeEvent, StorageAdapter } from '../store/adapter.types';
import { ConflictError } from '../index';
import { checkIn, create, objective, parentsFor, period, update, withParents } from './fixtures';
import { applyOf, expectConflict, loadMap, loadOne, waitUntil, type Apply, type SubjectHandle } from './harness';

const NO_PEER = 'no `peer` given: the storage cannot be shared between clients';
const NO_SUBSCRIBE = 'adapter has no `subscribe`: live updates are off';

type Subscribe = NonNullable<StorageAdapter['subscribe']>;

function subscribeOf(context: TestContext, adapter: StorageAdapter): Subscribe {
  const subscribe = adapter.subscribe;
  if (!subscribe) return context.skip(NO_SUBSCRIBE);
  return (listener) => subscribe.call(adapter, listener);
}

async function peerOf(context: TestContext, handle: SubjectHandle): Promise<StorageAdapter> {
  const peer = handle.subject.peer;
  if (!peer) return context.skip(NO_PEER);
  return peer();
}

/** Collects the events a listener hears, and tells whether one touched a given record. */
function recorder() {
  const events: ChangeEvent[] = [];
  return {
    events,
    listener: (event: ChangeEvent) => void events.push(event),
    heard: (id: string) => events.some((event) => event.changes.some((change) => change.id === id)),
    /** How many events told of a change to this id: an adapter that delivers twice shows 2. */
    timesHeard: (id: string) => events.filter((event) => event.changes.some((change) => change.id === id)).length,
  };
}

/** Starts every write at once and sorts the outcomes; every rejection must be a typed conflict. */
async function race(writes: Array<() => Promise<unknown>>): Promise<{ fulfilled: number[]; conflicts: number }> {
  const outcomes = await Promise.allSettled(writes.map((write) => write()));
  const fulfilled: number[] = [];
  let conflicts = 0;
  outcomes.forEach((outcome, at) => {
    if (outcome.status === 'fulfilled') fulfilled.push(at);
    else if (outcome.reason instanceof ConflictError && outcome.reason.code === 'conflict') conflicts += 1;
    else throw new Error(`write ${at} failed with something other than a ConflictError: ${String(outcome.reason)}`);
  });
  return { fulfilled, conflicts };
}

/** Twenty writers read version 1 and update at once: one wins, nobody's update is lost silently. */
async function expectOneWinner(handle: SubjectHandle, applies: Apply[]): Promise<void> {
  await applies[0]!(withParents([create('objective', objective('obj-1', 'q1'))]));
  const writes = Array.from({ length: 20 }, (_, at) => () => applies[at % applies.length]!([update('objective', objective('obj-1', 'q1', { title: `Writer ${at}` }), 1)]));
  const { fulfilled, conflicts } = await race(writes);
  expect(fulfilled).toHaveLength(1);
  expect(conflicts).toBe(19);
  const stored = await loadOne(handle.adapter, 'objective', 'obj-1');
  expect((stored?.record as { title: string } | undefined)?.title).toBe(`Writer ${fulfilled[0]}`);
  expect(stored?.version).toBeGreaterThan(1);
}

/** Concurrent writers, other clients and live updates. */
export function describeConcurrency(handle: SubjectHandle): void {
  describe('concurrent writes', () => {
    it('given 20 concurrent updates of one record that all read version 1, when applied, exactly one succeeds and the others get a ConflictError', async (context) => {
      await expectOneWinner(handle, [applyOf(context, handle.adapter)]);
    });

    it('given 10 concurrent creates of the same id, when applied, exactly one succeeds and the others get a ConflictError', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const { fulfilled, conflicts } = await race(Array.from({ length: 10 }, (_, at) => () => apply([create('period', period('q1', { name: `Writer ${at}` }))])));
      expect(fulfilled).toHaveLength(1);
      expect(conflicts).toBe(9);
      expect(await loadOne(handle.adapter, 'period', 'q1')).toStrictEqual({ kind: 'period', record: period('q1', { name: `Writer ${fulfilled[0]}` }), version: 1 });
    });

    it('given 50 concurrent creates of distinct check-ins, when applied, all of them land at version 1', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(parentsFor([create('checkIn', checkIn('ci-0', 'kr-1', 0))]));
      const results = await Promise.all(Array.from({ length: 50 }, (_, at) => apply([create('checkIn', checkIn(`ci-${at}`, 'kr-1', at))])));
      expect(results.map(([applied]) => applied?.version)).toEqual(Array.from({ length: 50 }, () => 1));
      const loaded = await loadMap(handle.adapter);
      expect([...loaded.values()].filter((stored) => stored.kind === 'checkIn')).toHaveLength(50);
      for (let at = 0; at < 50; at += 1) expect(loaded.get(`checkIn:ci-${at}`)?.record).toStrictEqual(checkIn(`ci-${at}`, 'kr-1', at));
    });

    it('given two clients on one storage, when 20 updates that read version 1 race through both, exactly one succeeds', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const peer = await peerOf(context, handle);
      await expectOneWinner(handle, [apply, applyOf(context, peer)]);
    });

    it('given two clients on one storage, when one writes, the other loads the write and conflicts on a stale version', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const peer = await peerOf(context, handle);
      await applyOf(context, peer)([create('period', period('q1'))]);
      expect(await loadOne(handle.adapter, 'period', 'q1')).toStrictEqual({ kind: 'period', record: period('q1'), version: 1 });
      await applyOf(context, peer)([update('period', period('q1', { name: 'Peer' }), 1)]);
      const error = await expectConflict(apply([update('period', period('q1', { name: 'Mine' }), 1)]));
      expect(error.current?.record).toStrictEqual(period('q1', { name: 'Peer' }));
    });
  });

  describe('subscribe', () => {
    it('given a subscriber, when this client applies a batch, it hears the applied changes', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const { events, listener, heard } = recorder();
      const unsubscribe = subscribeOf(context, handle.adapter)(listener);
      try {
        await apply([create('period', period('q1'))]);
        await waitUntil(() => heard('q1'), 'the subscriber heard the create of q1');
        const change = events.flatMap((event) => event.changes).find((applied) => applied.id === 'q1');
        expect(change).toMatchObject({ op: 'put', kind: 'period', id: 'q1', version: 1 });
      } finally {
        unsubscribe();
      }
    });

    it('given a subscriber, when two batches are applied one after the other, it hears each exactly once', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const { listener, timesHeard, heard } = recorder();
      const unsubscribe = subscribeOf(context, handle.adapter)(listener);
      try {
        await apply([create('period', period('q1'))]);
        await apply([create('period', period('q2'))]);
        await waitUntil(() => heard('q2'), 'the subscriber heard the create of q2');
        // A third write, heard, is the sign that no late duplicate of the first two is still on its way.
        await apply([create('period', period('q3'))]);
        await waitUntil(() => heard('q3'), 'the subscriber heard the create of q3');
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect([timesHeard('q1'), timesHeard('q2'), timesHeard('q3')]).toEqual([1, 1, 1]);
      } finally {
        unsubscribe();
      }
    });

    it('given a subscriber on one client, when another client writes, it hears the write exactly once', async (context) => {
      const subscribe = subscribeOf(context, handle.adapter);
      const peerApply = applyOf(context, await peerOf(context, handle));
      const { listener, heard, timesHeard } = recorder();
      const unsubscribe = subscribe(listener);
      try {
        await peerApply([create('period', period('q1'))]);
        await peerApply([create('period', period('q2'))]);
        await waitUntil(() => heard('q2'), 'the subscriber heard the create of q2 made through the peer');
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect([timesHeard('q1'), timesHeard('q2')]).toEqual([1, 1]);
      } finally {
        unsubscribe();
      }
    });

    it('given a subscriber, when a batch fails, it hears nothing of that batch', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1'))]);
      const { listener, heard } = recorder();
      const unsubscribe = subscribeOf(context, handle.adapter)(listener);
      try {
        await expectConflict(apply([create('period', period('q2')), create('period', period('q1'))]));
        // A later write is the deterministic way to know the failed batch had its chance to be heard.
        await apply([create('period', period('q3'))]);
        await waitUntil(() => heard('q3'), 'the subscriber heard the create of q3');
        expect(heard('q2')).toBe(false);
      } finally {
        unsubscribe();
      }
    });

    it('given two subscribers, when one unsubscribes, it hears no later write while the other still does', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const subscribe = subscribeOf(context, handle.adapter);
      const gone = recorder();
      const staying = recorder();
      subscribe(gone.listener)();
      const unsubscribe = subscribe(staying.listener);
      try {
        await apply([create('period', period('q1'))]);
        await waitUntil(() => staying.heard('q1'), 'the remaining subscriber heard the create of q1');
        expect(gone.events).toEqual([]);
      } finally {
        unsubscribe();
      }
    });

    it('given a subscriber on one client, when another client writes, it hears the write', async (context) => {
      const subscribe = subscribeOf(context, handle.adapter);
      const peerApply = applyOf(context, await peerOf(context, handle));
      const { listener, heard } = recorder();
      const unsubscribe = subscribe(listener);
      try {
        await peerApply(withParents([create('objective', objective('obj-peer', 'q1'))]));
        await waitUntil(() => heard('obj-peer'), 'the subscriber heard the write made through the peer');
      } finally {
        unsubscribe();
      }
    });

    it('given a subscriber on one client that unsubscribed, when another client writes, it hears nothing', async (context) => {
      const subscribe = subscribeOf(context, handle.adapter);
      const peerApply = applyOf(context, await peerOf(context, handle));
      const gone = recorder();
      const staying = recorder();
      subscribe(gone.listener)();
      const unsubscribe = subscribe(staying.listener);
      try {
        await peerApply(withParents([create('objective', objective('obj-peer', 'q1'))]));
        await waitUntil(() => staying.heard('obj-peer'), 'the remaining subscriber heard the write made through the peer');
        expect(gone.events).toEqual([]);
      } finally {
        unsubscribe();
      }
    });
  });
}
