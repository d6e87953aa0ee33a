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

/**
 * The answers worth repeating: overload (429, with its `Retry-After`) and the gateway/server
 * statuses that mean "not now". Every other 4xx — a validation error (422, also a database
 * data error mapped by the handler), a refusal, a missing route — is final: the same request
 * would get the same answer.
 */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

/**
 * Sets the developer-facing `detail` of an error (the request, the status, the server's own
 * words) and, for failures a person cannot act on (`unknown`, `unavailable`), a plain
 * `message` that a UI may show; refusals keep the server's message (it names the field or
 * the record). The widgets choose their own words by `code`: see `OkrStorageError.detail`.
 */
function withDetail<E extends OkrStorageError>(error: E, detail: string): E {
  error.detail = detail;
  if (error.code === 'unknown') error.message = 'the OKR server could not handle this request';
  if (error.code === 'unavailable') error.message = 'the OKR server could not be reached; try again in a moment';
  return error;
}

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

/** The `error.message` of one of our error bodies. */
function serverMessage(body: unknown): string | undefined {
  const error = typeof body === 'object' && body !== null ? (body as { error?: { message?: unknown } }).error : undefined;
  return typeof error?.message === 'string' ? error.message : undefined;
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
        if (body === undefined) throw withDetail(new OkrStorageError('unknown', 'no JSON'), `${spec.method} ${spec.url} answered ${response.status} without JSON: ${text.slice(0, 200) || 'an empty body'}`);
        return body;
      }
      const error = errorFromResponse(response.status, body);
      withDetail(error, `${spec.method} ${spec.url} answered ${response.status}: ${serverMessage(body) ?? (text.slice(0, 200) || 'no body')}`);
      if (last || !RETRYABLE_STATUSES.has(response.status)) throw error;
      waitMs = retryAfterMs(response.headers.get('retry-after'), settings.maxRetryAfterMs);
    } catch (error) {
      if (error instanceof OkrStorageError) throw error;
      // Only transport failures get here: a refused connection, a reset, a timeout.
      if (last) {
        const reason = error instanceof Error ? error.message : String(error);
        const tries = attempts === 1 ? '' : ` (after ${attempts} attempts)`;
        const detail = `${spec.method} ${spec.url} failed: ${reason}${tries}`;
        throw withDetail(new UnavailableError(detail, { cause: error }), detail);
      }
    }
    try {
      await settings.sleep(waitMs ?? backoffDelay(settings.backoffMs, index));
    } catch (error) {
      throw toStorageError(error);
    }
  }
}
