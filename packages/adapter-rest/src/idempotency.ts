/** A response as the handler remembers it, to send again for a repeated request. */
export interface StoredResponse {
  status: number;
  body: string;
}

interface Entry {
  fingerprint: string;
  response: Promise<StoredResponse>;
}

/**
 * Remembers the answers to the last `capacity` writes by `Idempotency-Key`, least recently
 * used first out. A repeated key gets the same answer (waiting for it if the first request
 * is still running) and is never applied twice; a key reused for a different body is
 * refused; an answer of 5xx is forgotten so that a retry runs again.
 */
export function createIdempotencyCache(capacity: number) {
  const entries = new Map<string, Entry>();
  return {
    /**
     * Runs `run` once per key: the first call runs it, later calls with the same key and
     * fingerprint get its answer, with a different fingerprint get `'mismatch'`.
     */
    async once(key: string, fingerprint: string, run: () => Promise<StoredResponse>): Promise<{ response: StoredResponse; replayed: boolean } | 'mismatch'> {
      const found = entries.get(key);
      if (found) {
        entries.delete(key);
        entries.set(key, found);
        if (found.fingerprint !== fingerprint) return 'mismatch';
        return { response: await found.response, replayed: true };
      }
      const response = run();
      entries.set(key, { fingerprint, response });
      while (entries.size > capacity) entries.delete(entries.keys().next().value!);
      const forget = () => {
        if (entries.get(key)?.response === response) entries.delete(key);
      };
      response.then((answer) => answer.status >= 500 && forget(), forget);
      return { response: await response, replayed: false };
    },
  };
}

/** A SHA-256 of the body, so the cache holds 64 characters per key rather than whole bodies. */
export async function fingerprintOf(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
