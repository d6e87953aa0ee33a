/** A response as the handler remembers it, to send again for a repeated request. */
export interface StoredResponse {
  status: number;
  body: string;
}

/**
 * How much the handler remembers of `Idempotency-Key`ed answers. Sizes are counted as two
 * bytes per UTF-16 code unit of the stored answer, key and fingerprint, plus
 * {@link ENTRY_OVERHEAD_BYTES} per entry: an upper bound of what the strings take on the heap,
 * whatever language the text is in.
 */
export interface IdempotencyLimits {
  /** Most keys remembered per identity (least recently used out). @default 100 */
  keysPerIdentity?: number;
  /** Most bytes of answers remembered per identity; one larger answer is not remembered at all. @default 4194304 (4 MiB) */
  bytesPerIdentity?: number;
  /** Most bytes over every identity; past it, the identity holding the most loses its oldest answers. @default 67108864 (64 MiB) */
  totalBytes?: number;
}

/** What one remembered entry is counted for besides its strings (the entry, its map slot, the promise). */
export const ENTRY_OVERHEAD_BYTES = 512;

/** The defaults of {@link IdempotencyLimits}. */
export const DEFAULT_IDEMPOTENCY_LIMITS: Required<IdempotencyLimits> = {
  keysPerIdentity: 100,
  bytesPerIdentity: 4 * 1024 * 1024,
  totalBytes: 64 * 1024 * 1024,
};

interface Entry {
  fingerprint: string;
  response: Promise<StoredResponse>;
  /** Counted bytes; only the key and fingerprint until the answer is in. */
  bytes: number;
  settled: boolean;
}

interface Shelf {
  entries: Map<string, Entry>;
  bytes: number;
}

const sizeOf = (text: string) => text.length * 2;

/**
 * Remembers the answers to `Idempotency-Key`ed writes, **per identity**: each identity has its
 * own shelf of at most `keysPerIdentity` keys and `bytesPerIdentity` bytes, least recently
 * used first out, so one identity's flood only ever pushes out its own keys. Over all shelves
 * at most `totalBytes` are kept; when many identities together pass it, the shelf holding the
 * most gives up its oldest answers (so a flooding identity still pays first). A repeated key
 * gets the same answer (waiting for it if the first request is still running) and is never
 * applied twice; a key reused for a different body is refused; an answer of 5xx, or one
 * larger than `bytesPerIdentity`, is forgotten, so a retry runs again. An entry still running
 * is never evicted (its retry would run it twice).
 * @example
 * const cache = createIdempotencyCache({ keysPerIdentity: 100 });
 * await cache.once('alice', 'key-1', fingerprint, () => write()); // { response, replayed: false }
 * await cache.once('alice', 'key-1', fingerprint, () => write()); // { response, replayed: true }
 */
export function createIdempotencyCache(limits: IdempotencyLimits = {}) {
  const { keysPerIdentity, bytesPerIdentity, totalBytes } = { ...DEFAULT_IDEMPOTENCY_LIMITS, ...limits };
  const shelves = new Map<string, Shelf>();
  let total = 0;

  function remove(identity: string, shelf: Shelf, key: string): void {
    const entry = shelf.entries.get(key);
    if (!entry) return;
    shelf.entries.delete(key);
    shelf.bytes -= entry.bytes;
    total -= entry.bytes;
    if (shelf.entries.size === 0) shelves.delete(identity);
  }

  /** Drops the shelf's oldest settled entries until `overLimit` is false or only running ones are left. */
  function evictOldest(identity: string, shelf: Shelf, overLimit: () => boolean): boolean {
    for (const [key, entry] of shelf.entries) {
      if (!overLimit()) return true;
      if (entry.settled) remove(identity, shelf, key);
    }
    return !overLimit();
  }

  function enforceTotal(): void {
    while (total > totalBytes) {
      let largest: [string, Shelf] | undefined;
      for (const pair of shelves) if (!largest || pair[1].bytes > largest[1].bytes) largest = pair;
      if (!largest) return;
      const before = total;
      evictOldest(largest[0], largest[1], () => total > totalBytes);
      if (total === before) return; // Only running entries are left.
    }
  }

  return {
    /** Bytes counted over every identity (for tests and metrics). */
    get bytes(): number {
      return total;
    },
    /** Keys remembered for `identity`. */
    keysOf(identity: string): number {
      return shelves.get(identity)?.entries.size ?? 0;
    },
    /**
     * Runs `run` once per identity and key: the first call runs it, later calls with the same
     * key and fingerprint get its answer, with a different fingerprint get `'mismatch'`.
     */
    async once(
      identity: string,
      key: string,
      fingerprint: string,
      run: () => Promise<StoredResponse>,
    ): Promise<{ response: StoredResponse; replayed: boolean } | 'mismatch'> {
      let shelf = shelves.get(identity);
      const found = shelf?.entries.get(key);
      if (shelf && found) {
        shelf.entries.delete(key);
        shelf.entries.set(key, found);
        if (found.fingerprint !== fingerprint) return 'mismatch';
        return { response: await found.response, replayed: true };
      }
      if (!shelf) {
        shelf = { entries: new Map(), bytes: 0 };
        shelves.set(identity, shelf);
      }
      const response = run();
      const entry: Entry = { fingerprint, response, bytes: ENTRY_OVERHEAD_BYTES + sizeOf(key) + sizeOf(fingerprint), settled: false };
      shelf.entries.set(key, entry);
      shelf.bytes += entry.bytes;
      total += entry.bytes;
      const own = shelf;
      evictOldest(identity, own, () => own.entries.size > keysPerIdentity);
      const forget = () => {
        const current = shelves.get(identity);
        if (current?.entries.get(key) === entry) remove(identity, current, key);
      };
      response.then((answer) => {
        entry.settled = true;
        const current = shelves.get(identity);
        if (answer.status >= 500 || !current || current.entries.get(key) !== entry) return forget();
        const grown = sizeOf(answer.body);
        entry.bytes += grown;
        current.bytes += grown;
        total += grown;
        if (entry.bytes > bytesPerIdentity) return forget();
        evictOldest(identity, current, () => current.bytes > bytesPerIdentity || current.entries.size > keysPerIdentity);
        enforceTotal();
      }, forget);
      return { response: await response, replayed: false };
    },
  };
}

/** A SHA-256 of the body, so the cache holds 64 characters per key rather than whole bodies. */
export async function fingerprintOf(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
