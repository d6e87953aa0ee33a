import { OkrStorageError, type AppliedChange, type ApplyOptions, type Change, type ChangeEvent, type LoadQuery, type LoadedRecords, type StorageAdapter } from '@okrkit/core';
import { openEventStream, type EventStream } from './client-events';
import { sendRequest, type RequestSettings } from './client-request';
import { isObject, type HeadersInit } from './wire';

/** Options of {@link createRestAdapter}. */
export interface RestAdapterOptions {
  /** Where {@link createOkrHandler} is mounted, e.g. `'https://intranet.example/api/okr'`. */
  baseUrl: string;
  /** The fetch to use (a polyfill, a test double, one with credentials set). @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Headers for every request, asked for each time (so a refreshed token is picked up), e.g. `Authorization`. */
  headers?: () => HeadersInit | Promise<HeadersInit>;
  /** How long one attempt may take, body included. @default 10000 */
  timeoutMs?: number;
  /** How many times a failed idempotent call is repeated. @default 3 */
  retries?: number;
  /** The first retry's delay; it doubles each time, with jitter. @default 200 */
  backoffMs?: number;
  /** The longest `Retry-After` (from a 429 or 503) the client honours. @default 10000 */
  maxRetryAfterMs?: number;
  /** Waits between retries; inject a fake one in tests. @default setTimeout */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Live updates over Server-Sent Events (`GET …/events`, read with fetch streaming, so the
   * `headers` above are sent). `false` leaves `subscribe` out: the adapter then only loads. A 4xx
   * answer to `/events` (a wrong `baseUrl` or `basePath`, a refusal) stops the stream instead of
   * retrying it forever: `onError` hears it, and {@link RestAdapter.eventsError} returns it.
   * @default { maxBackoffMs: 30000, idleTimeoutMs: 45000, onError: logs `error.detail` with console.error }
   */
  subscribe?: false | { maxBackoffMs?: number; idleTimeoutMs?: number; onError?: (error: OkrStorageError) => void };
  /** Makes the `Idempotency-Key` of each `apply`. @default crypto.randomUUID */
  idempotencyKey?: () => string;
}

/** The REST adapter: a {@link StorageAdapter} plus a way to wait for its event stream. */
export interface RestAdapter extends StorageAdapter {
  readonly name: 'rest';
  load(query?: LoadQuery): Promise<LoadedRecords>;
  /** Sends `options.conditions` along; the handler checks them inside the same write as its own. */
  apply(changes: readonly Change[], options?: ApplyOptions): Promise<AppliedChange[]>;
  /**
   * Resolves once the event stream opened by `subscribe` is connected (or its first attempt
   * failed); at once when nobody is subscribed. Writes made after it resolves are heard.
   */
  eventsReady(): Promise<void>;
  /**
   * The error that stopped the event stream (a 4xx answer to `/events`), or `undefined` while
   * it runs, retries or is closed. Subscribing again after every listener left retries.
   */
  eventsError(): OkrStorageError | undefined;
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function randomKey(): string {
  const crypto = globalThis.crypto as { randomUUID?: () => string } | undefined;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return Array.from({ length: 4 }, () => Math.random().toString(36).slice(2, 10)).join('-');
}

function malformed(what: string, url: string): OkrStorageError {
  const error = new OkrStorageError('unknown', 'the OKR server could not handle this request');
  error.detail = `${url}: the server sent an unexpected ${what} response (not the okrkit handler?)`;
  return error;
}

/**
 * A storage adapter that talks to {@link createOkrHandler} over HTTP with `fetch`: loads
 * with `GET {baseUrl}/records`, writes with `POST {baseUrl}/changes` and hears changes made
 * elsewhere through `GET {baseUrl}/events`. Every attempt has a timeout. Loads are retried
 * with exponential backoff on network errors, timeouts, 429 and 502/503/504; writes too,
 * safely, because each `apply` carries an `Idempotency-Key` that the handler uses to apply
 * it once and replay its answer. 4xx answers are never retried: they come back as the typed
 * errors of `@okrkit/core` (`ConflictError` with `current`, `ValidationFailedError` with
 * paths, `ForbiddenError`…), and a server that stays unreachable as `UnavailableError`.
 * @example
 * const adapter = createRestAdapter({
 *   baseUrl: '/api/okr',
 *   headers: async () => ({ authorization: `Bearer ${await getToken()}` }),
 * });
 * const store = createOkrStore({ adapter });
 */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const settings: RequestSettings = {
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    headers: options.headers ?? (() => ({})),
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: Math.max(0, options.retries ?? 3),
    backoffMs: options.backoffMs ?? 200,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 10_000,
    sleep: options.sleep ?? defaultSleep,
  };
  const makeKey = options.idempotencyKey ?? randomKey;
  const listeners = new Set<(event: ChangeEvent) => void>();
  let stream: EventStream | undefined;

  function dispatch(event: ChangeEvent): void {
    for (const listener of listeners) {
      try {
        listener(structuredClone(event));
      } catch {
        // One failing listener must not starve the others or stop the stream.
      }
    }
  }

  const adapter: RestAdapter = {
    name: 'rest',
    async load(query?: LoadQuery): Promise<LoadedRecords> {
      const parameters = new URLSearchParams();
      if (query?.periodId !== undefined) parameters.set('periodId', query.periodId);
      if (query?.kinds !== undefined) parameters.set('kinds', query.kinds.join(','));
      const search = parameters.size > 0 ? `?${parameters.toString()}` : '';
      const body = await sendRequest(settings, { method: 'GET', url: `${baseUrl}/records${search}`, retry: true });
      if (!isObject(body) || !Array.isArray(body['records'])) throw malformed('load', `GET ${baseUrl}/records`);
      return { records: body['records'] as LoadedRecords['records'] };
    },
    async apply(changes: readonly Change[], applyOptions?: ApplyOptions): Promise<AppliedChange[]> {
      // Writes made after subscribe() must be heard: wait (boundedly) for the stream to open.
      await adapter.eventsReady();
      const body = await sendRequest(settings, {
        method: 'POST',
        url: `${baseUrl}/changes`,
        body: JSON.stringify(applyOptions?.conditions?.length ? { changes, conditions: applyOptions.conditions } : { changes }),
        headers: { 'idempotency-key': makeKey() },
        retry: true,
      });
      if (!isObject(body) || !Array.isArray(body['applied'])) throw malformed('apply', `POST ${baseUrl}/changes`);
      return body['applied'] as AppliedChange[];
    },
    eventsError(): OkrStorageError | undefined {
      return stream?.error;
    },
    eventsReady(): Promise<void> {
      if (!stream) return Promise.resolve();
      const settled = stream.settled;
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, settings.timeoutMs);
        void settled.then(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };

  if (options.subscribe !== false) {
    const eventOptions = options.subscribe ?? {};
    adapter.subscribe = (listener: (event: ChangeEvent) => void): (() => void) => {
      listeners.add(listener);
      stream ??= openEventStream(
        {
          url: `${baseUrl}/events`,
          fetch: settings.fetch,
          headers: settings.headers,
          timeoutMs: settings.timeoutMs,
          backoffMs: settings.backoffMs,
          maxBackoffMs: eventOptions.maxBackoffMs ?? 30_000,
          idleTimeoutMs: eventOptions.idleTimeoutMs ?? 45_000,
          // Real time, even when tests inject `sleep`: a fake instant sleep would spin reconnections.
          sleep: defaultSleep,
          onError: eventOptions.onError ?? ((error) => console.error(`okrkit: ${error.detail ?? error.message}`)),
        },
        dispatch,
      );
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stream) {
          stream.close();
          stream = undefined;
        }
      };
    };
  }
  return adapter;
}
