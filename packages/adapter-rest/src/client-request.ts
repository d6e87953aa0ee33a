import { OkrStorageError, UnavailableError, toStorageError } from '@okrkit/core';
import { errorFromResponse, type HeadersInit } from './wire';

/** What every request of the client shares: transport, headers, timeouts and retry policy. */
export interface RequestSettings {
  fetch: typeof globalThis.fetch;
  headers: () => HeadersInit | Promise<HeadersInit>;
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  maxRetryAfterMs: number;
  sleep: (ms: number) => Promise<void>;
}

/** One call: `retry` must only be true when repeating it cannot do harm (a GET, or a POST with an idempotency key). */
export interface RequestSpec {
  method: 'GET' | 'POST';
  url: string;
  body?: string;
  headers?: Record<string, string>;
  retry: boolean;
}

const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

/**
 * The delay before retry number `attempt` (0-based): exponential, with "equal jitter" so
 * that many clients failing together do not come back together.
 * @example backoffDelay(200, 2, () => 0.5) // 600: between 400 and 800
 */
export function backoffDelay(backoffMs: number, attempt: number, random: () => number = Math.random): number {
  const ceiling = backoffMs * 2 ** attempt;
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds, capped; `undefined` when it
 * is absent or not a number of seconds (HTTP dates would need a clock: we back off instead).
 * @example retryAfterMs('2', 10_000) // 2000
 */
export function retryAfterMs(header: string | null, capMs: number): number | undefined {
  if (header === null || !/^\s*\d+\s*$/.test(header)) return undefined;
  return Math.min(Number(header) * 1000, capMs);
}

class TimeoutError extends Error {}

/** One attempt: the whole exchange, body included, must finish within `timeoutMs`. */
async function attempt(settings: RequestSettings, spec: RequestSpec): Promise<{ response: Response; text: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutError(`no answer within ${settings.timeoutMs} ms`)), settings.timeoutMs);
  try {
    const headers = new Headers(await settings.headers());
    for (const [name, value] of Object.entries(spec.headers ?? {})) headers.set(name, value);
    headers.set('accept', 'application/json');
    if (spec.body !== undefined) headers.set('content-type', 'application/json');
    const init: RequestInit = { method: spec.method, headers, signal: controller.signal };
    if (spec.body !== undefined) init.body = spec.body;
    const response = await settings.fetch(spec.url, init);
    const text = await response.text();
    return { response, text };
  } catch (error) {
    throw controller.signal.aborted && controller.signal.reason instanceof TimeoutError ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends a request, retrying network failures, timeouts, 429 and 502/503/504 with backoff
 * when `spec.retry` allows it, and never a 4xx. Resolves with the parsed JSON of a 2xx;
 * rejects with a typed {@link OkrStorageError} (an {@link UnavailableError} once retries
 * are spent on a transport failure).
 */
export async function sendRequest(settings: RequestSettings, spec: RequestSpec): Promise<unknown> {
  const attempts = spec.retry ? settings.retries + 1 : 1;
  for (let index = 0; ; index += 1) {
    const last = index === attempts - 1;
    let waitMs: number | undefined;
    try {
      const { response, text } = await attempt(settings, spec);
      const body = parseJson(text);
      if (response.ok) {
        if (body === undefined) throw new OkrStorageError('unknown', `${spec.method} ${spec.url}: the server sent no JSON`);
        return body;
      }
      const error = errorFromResponse(response.status, body);
      if (last || !RETRYABLE_STATUSES.has(response.status)) throw error;
      waitMs = retryAfterMs(response.headers.get('retry-after'), settings.maxRetryAfterMs);
    } catch (error) {
      if (error instanceof OkrStorageError) throw error;
      // Only transport failures get here: a refused connection, a reset, a timeout.
      if (last) {
        const reason = error instanceof Error ? error.message : String(error);
        const tries = attempts === 1 ? '' : ` (after ${attempts} attempts)`;
        throw new UnavailableError(`${spec.method} ${spec.url} failed: ${reason}${tries}`, { cause: error });
      }
    }
    try {
      await settings.sleep(waitMs ?? backoffDelay(settings.backoffMs, index));
    } catch (error) {
      throw toStorageError(error);
    }
  }
}
