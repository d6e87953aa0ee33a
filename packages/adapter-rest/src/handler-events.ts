import type { AnyRecord, AppliedChange, ChangeEvent, RecordKind, StorageAdapter } from '@okrkit/core';
import { createReadCheck, lookupIn, recordKey, type Authorize, type RecordLookup } from './handler-policy';
import { formatSseMessage } from './sse';

interface Numbered {
  id: number;
  event: ChangeEvent;
  /** Resolves owners of the event's records: the event itself first, then storage (by `get`, else loaded once, lazily). */
  lookup: RecordLookup;
}

/** Options of {@link createEventHub}. */
export interface EventHubOptions {
  storage: StorageAdapter;
  /** Records that deletes removed, captured before the write, so their events can be filtered. */
  removed: Map<string, AnyRecord>;
  /** How many recent events are kept to replay to a client that reconnects with `Last-Event-ID`. @default 256 */
  replay?: number;
  heartbeatMs: number;
}

/**
 * Fans storage's change events out to Server-Sent-Event streams: one storage subscription
 * while anyone listens, each event filtered per client by read permission, recent events
 * kept for clients that reconnect. Event ids are `<hub>-<n>`, so an id from before a
 * server restart replays nothing rather than the wrong events.
 */
export function createEventHub(options: EventHubOptions) {
  const hubId = Math.random().toString(36).slice(2, 10);
  const recent: Numbered[] = [];
  const clients = new Set<(event: Numbered) => void>();
  let sequence = 0;
  let unsubscribe: (() => void) | undefined;

  function lookupFor(event: ChangeEvent): RecordLookup {
    const inEvent = lookupIn(event.changes.filter((c) => c.record !== undefined).map((c) => ({ kind: c.kind, record: c.record, version: c.version ?? 0 })));
    const get = options.storage.get?.bind(options.storage);
    let loaded: Promise<RecordLookup> | undefined;
    // One read per record per event, however many clients filter it.
    const asked = new Map<string, Promise<AnyRecord | undefined>>();
    const fromStorage = (kind: RecordKind, id: string): Promise<AnyRecord | undefined> => {
      if (get) return get([{ kind, id }]).then((found) => found[0]?.record as AnyRecord | undefined, () => undefined);
      loaded ??= options.storage.load().then((result) => lookupIn(result.records), () => () => undefined);
      return loaded.then((lookup) => lookup(kind, id));
    };
    return async (kind, id) => {
      const found = inEvent(kind, id) ?? options.removed.get(recordKey(kind, id));
      if (found) return found;
      const name = recordKey(kind, id);
      if (!asked.has(name)) asked.set(name, fromStorage(kind, id));
      return asked.get(name)!;
    };
  }

  function publish(event: ChangeEvent): void {
    const numbered: Numbered = { id: (sequence += 1), event, lookup: lookupFor(event) };
    recent.push(numbered);
    if (recent.length > (options.replay ?? 256)) recent.shift();
    for (const client of clients) client(numbered);
    // Forget what deletes removed once every client had the chance to ask about it.
    setTimeout(() => {
      for (const change of event.changes) if (change.op === 'delete') options.removed.delete(recordKey(change.kind, change.id));
    }, 60_000).unref?.();
  }

  function join(client: (event: Numbered) => void): () => void {
    clients.add(client);
    if (!unsubscribe) unsubscribe = options.storage.subscribe?.(publish);
    return () => {
      clients.delete(client);
      if (clients.size === 0) {
        unsubscribe?.();
        unsubscribe = undefined;
      }
    };
  }

  /** An SSE response streaming the changes `identity` may read, from now on (and those missed since `Last-Event-ID`). */
  function stream<Identity>(request: Request, identity: Identity | null, authorize: Authorize<Identity>, headers: Headers): Response {
    const encoder = new TextEncoder();
    const lastId = /^([a-z0-9]+)-(\d+)$/.exec(request.headers.get('last-event-id') ?? '');
    let leave = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        let queue = Promise.resolve();
        let open = true;
        const write = (text: string) => {
          if (!open) return;
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            leave();
          }
        };
        const send = (numbered: Numbered) => {
          // Chained, so that events keep their order even though filtering is asynchronous.
          queue = queue.then(async () => {
            const readable = createReadCheck(identity, authorize, numbered.lookup);
            const changes: AppliedChange[] = [];
            for (const change of numbered.event.changes) {
              // A delete made elsewhere, of a record never seen: only its id is known, and it is passed on.
              const record = change.record ?? options.removed.get(recordKey(change.kind, change.id));
              if (record === undefined || (await readable(change.kind, record))) changes.push(change);
            }
            if (changes.length > 0) write(formatSseMessage({ event: 'change', id: `${hubId}-${numbered.id}`, data: JSON.stringify({ changes }) }));
          }).catch(() => undefined);
        };
        const timer = setInterval(() => write(': heartbeat\n\n'), options.heartbeatMs);
        const quit = join(send);
        leave = () => {
          if (!open) return;
          open = false;
          clearInterval(timer);
          quit();
          try {
            controller.close();
          } catch {
            // Already closed by the reader.
          }
        };
        write(`retry: 1000\n: connected\n\n`);
        if (lastId && lastId[1] === hubId) for (const numbered of recent) if (numbered.id > Number(lastId[2])) send(numbered);
        request.signal.addEventListener('abort', () => leave());
      },
      cancel() {
        leave();
      },
    });
    headers.set('content-type', 'text/event-stream; charset=utf-8');
    headers.set('cache-control', 'no-cache, no-transform');
    headers.set('x-accel-buffering', 'no');
    return new Response(body, { status: 200, headers });
  }

  return { stream };
}
