import { OkrStorageError, type ChangeEvent } from '@okrkit/core';
import { backoffDelay } from './client-request';
import { createSseParser } from './sse';
import { errorFromResponse, isObject, type HeadersInit } from './wire';

/** Settings of the event stream a client opens while it has listeners. */
export interface EventStreamSettings {
  url: string;
  fetch: typeof globalThis.fetch;
  headers: () => HeadersInit | Promise<HeadersInit>;
  /** Connecting must answer within this. */
  timeoutMs: number;
  backoffMs: number;
  /** Longest wait between reconnections. */
  maxBackoffMs: number;
  /** A stream silent for this long (no heartbeat) is considered dead and reopened. */
  idleTimeoutMs: number;
  sleep: (ms: number) => Promise<void>;
  /** Hears the error that stopped the stream for good (a 4xx answer: the same request would get the same one). */
  onError: (error: OkrStorageError) => void;
}

/** A running event stream. */
export interface EventStream {
  /**
   * Resolves once the first connection attempt has settled (open or failed), so a caller can
   * wait until writes made from now on will be heard.
   */
  settled: Promise<void>;
  /** The error that stopped the stream (a 4xx answer), or `undefined` while it runs or retries. */
  readonly error: OkrStorageError | undefined;
  close(): void;
}

/** A 4xx other than 408 (timeout) and 429 (overload) will not change by asking again. */
function isFinal(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return undefined;
  }
}

function isChangeEvent(value: unknown): value is ChangeEvent {
  return isObject(value) && Array.isArray(value['changes']);
}

/**
 * Opens `GET …/events` as Server-Sent Events over `fetch` streaming and keeps it open:
 * it reconnects with backoff after any failure (sending `Last-Event-ID`, so the handler
 * replays what was missed if it still has it), and reopens a stream that stopped sending
 * heartbeats. Each `change` message is handed to `onEvent`. A 4xx answer (a missing route, a
 * refusal) stops it for good and is handed to `settings.onError`: retrying would only repeat it.
 */
export function openEventStream(settings: EventStreamSettings, onEvent: (event: ChangeEvent) => void): EventStream {
  let closed = false;
  let controller: AbortController | undefined;
  let lastEventId: string | undefined;
  let stoppedBy: OkrStorageError | undefined;
  let markSettled!: () => void;
  const settled = new Promise<void>((resolve) => (markSettled = resolve));

  async function connectOnce(): Promise<boolean | OkrStorageError> {
    const current = new AbortController();
    controller = current;
    let idle: ReturnType<typeof setTimeout> | undefined;
    const touch = (ms: number) => {
      clearTimeout(idle);
      idle = setTimeout(() => current.abort(), ms);
    };
    let opened = false;
    try {
      touch(settings.timeoutMs);
      const headers = new Headers(await settings.headers());
      headers.set('accept', 'text/event-stream');
      if (lastEventId !== undefined) headers.set('last-event-id', lastEventId);
      const response = await settings.fetch(settings.url, { headers, signal: current.signal });
      if (isFinal(response.status)) {
        const body = await readJson(response);
        const error = errorFromResponse(response.status, body);
        const said = isObject(body) && isObject(body['error']) && typeof body['error']['message'] === 'string' ? body['error']['message'] : 'no message';
        error.detail = `GET ${settings.url} answered ${response.status}: ${said} (live updates stopped)`;
        if (error.code === 'unknown') error.message = 'live updates are not available from the OKR server';
        return error;
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        return false;
      }
      opened = true;
      markSettled();
      touch(settings.idleTimeoutMs);
      const parser = createSseParser((message) => {
        if (message.id !== undefined) lastEventId = message.id;
        if (message.event !== 'change') return;
        let event: unknown;
        try {
          event = JSON.parse(message.data);
        } catch {
          return;
        }
        if (isChangeEvent(event)) onEvent(event);
      });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        touch(settings.idleTimeoutMs);
        parser.push(value);
      }
    } catch {
      // A dropped or aborted stream: the loop below reconnects.
    } finally {
      clearTimeout(idle);
    }
    return opened;
  }

  void (async () => {
    let failures = 0;
    while (!closed) {
      const opened = await connectOnce();
      markSettled();
      if (closed) return;
      if (opened instanceof OkrStorageError) {
        stoppedBy = opened;
        settings.onError(opened);
        return;
      }
      failures = opened ? 0 : failures + 1;
      await settings.sleep(Math.min(backoffDelay(settings.backoffMs, Math.min(failures, 16)), settings.maxBackoffMs));
    }
  })();

  return {
    settled,
    get error() {
      return stoppedBy;
    },
    close(): void {
      closed = true;
      controller?.abort();
      markSettled();
    },
  };
}
