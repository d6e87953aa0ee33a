import { ConflictError, OkrStorageError, ReadOnlyError, type AnyRecord, type Change, type LoadQuery, type RecordKind, type StorageAdapter } from '@okrkit/core';
import { defaultAuthorOf, stampAuthors } from './handler-authors';
import { BadRequestError, ClientGoneError, assertDepth, parseChanges, parseJson, readJsonText } from './handler-body';
import { createEventHub } from './handler-events';
import { authorizeChanges, createReadCheck, lookupIn, type Authorize } from './handler-policy';
import { parseConditions } from './handler-conditions';
import { recordsForChanges } from './handler-records';
import { createIdempotencyCache, fingerprintOf, type IdempotencyLimits, type StoredResponse } from './idempotency';
import { ROUTES, notFoundMessage, routeOf } from './handler-routes';
import { RECORD_KINDS, errorToBody, statusOfError, type ErrorBody } from './wire';

/** Options of {@link createOkrHandler}. */
export interface OkrHandlerOptions<Identity> {
  /** Where the records live: any storage adapter with `load`, and `apply` (and `subscribe`) to allow writes (and live updates). */
  storage: StorageAdapter;
  /** The host's authentication: who sent this request (read a session cookie, verify a token), or `null`. */
  identify: (request: Request) => Identity | null | Promise<Identity | null>;
  /** The host's policy, asked for every record read or written. See {@link Authorize}. */
  authorize: Authorize<Identity>;
  /** Largest accepted request body. @default 1048576 (1 MB) */
  maxBodyBytes?: number;
  /** Most changes in one request. @default 1000 */
  maxChanges?: number;
  /** Deepest JSON nesting accepted in a body. @default 32 */
  maxDepth?: number;
  /** The path the handler is mounted at when requests keep it (Hono, Next.js), e.g. `'/api/okr'`. @default '' */
  basePath?: string;
  /** Sends CORS headers for these origins (`'*'` for any). Without it, no CORS headers are sent. */
  allowOrigin?: string | readonly string[];
  /** How often an idle event stream gets a heartbeat comment. @default 15000 */
  heartbeatMs?: number;
  /**
   * How much is remembered of `Idempotency-Key`ed answers, kept per identity so one identity
   * cannot evict another's. See {@link IdempotencyLimits}.
   * @default { keysPerIdentity: 100, bytesPerIdentity: 4 MiB, totalBytes: 64 MiB }
   */
  idempotency?: IdempotencyLimits;
  /** A stable string per identity, to keep one user's idempotency keys apart from another's. @default `identity.id`, else JSON */
  identityKey?: (identity: Identity) => string;
  /**
   * The person id stamped as `authorId` on the check-ins and weekly reports a writer puts: a
   * missing one is filled in, another person's is refused (403). `null` for an identity
   * trusted to write as anyone (an import job). @default `identity.id` when a string, else null
   */
  authorOf?: (identity: Identity) => string | null;
  /** Hears unexpected errors (answered with a generic 500), e.g. to log them. */
  onError?: (error: unknown, request: Request) => void;
}

/**
 * How often a write is authorised again when a record its authorisation read moved before
 * the write (a condition failed); after that it answers 409.
 */
const AUTHORIZATION_ATTEMPTS = 4;

/** A Web-standard request handler. */
export type OkrHandler = (request: Request) => Promise<Response>;

function json(status: number, body: unknown, headers: Headers): Response {
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers });
}

function problem(status: number, code: ErrorBody['error']['code'], message: string): StoredResponse {
  return { status, body: JSON.stringify({ error: { code, message } } satisfies ErrorBody) };
}

function defaultIdentityKey(identity: unknown): string {
  const id = typeof identity === 'object' && identity !== null ? (identity as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : JSON.stringify(identity);
}

/**
 * A server for the REST adapter on Web-standard `Request`/`Response`: mount it in Node's
 * http server ({@link toNodeListener}), Express, Hono, a Next.js route handler, Deno or a
 * worker. Routes, under `basePath`:
 * - `GET /records?periodId=…&kinds=…` — the records the caller may read (`kinds` comma-separated);
 * - `POST /changes` — `{ changes }` parsed strictly (4xx with paths, never a 500 for bad
 *   input), validated with the core's validators, authorised change by change, then
 *   applied atomically; `Idempotency-Key` makes retries safe;
 * - `GET /events` — Server-Sent Events of the changes the caller may read.
 * Without an identity nothing is written (401); reads are filtered by `authorize`.
 * @example
 * const handler = createOkrHandler({
 *   storage: createMemoryAdapter(),
 *   identify: async (request) => sessions.get(request.headers.get('x-session') ?? '') ?? null,
 *   authorize: createTeamPolicy({ teamOf: (user) => user.teamId }),
 * });
 * http.createServer(toNodeListener(handler)).listen(8080);
 */
export function createOkrHandler<Identity>(options: OkrHandlerOptions<Identity>): OkrHandler {
  const { storage, identify, authorize } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const identityKey = options.identityKey ?? defaultIdentityKey;
  const authorOf = options.authorOf ?? defaultAuthorOf;
  const idempotency = createIdempotencyCache(options.idempotency);
  const removed = new Map<string, AnyRecord>();
  const hub = createEventHub({ storage, removed, heartbeatMs: options.heartbeatMs ?? 15_000 });
  const origins = options.allowOrigin === undefined ? undefined : ([] as string[]).concat(options.allowOrigin);

  function baseHeaders(request: Request): Headers {
    const headers = new Headers();
    const origin = request.headers.get('origin');
    if (origins && origin && (origins.includes('*') || origins.includes(origin))) {
      headers.set('access-control-allow-origin', origins.includes('*') ? '*' : origin);
      headers.set('access-control-expose-headers', 'idempotent-replayed, retry-after');
      headers.append('vary', 'origin');
    }
    return headers;
  }

  async function readRecords(request: Request, url: URL, headers: Headers): Promise<Response> {
    const identity = await identify(request);
    const periodId = url.searchParams.get('periodId');
    const kindsParameter = url.searchParams.get('kinds');
    const kinds = kindsParameter === null ? undefined : kindsParameter.split(',').filter((kind): kind is RecordKind => (RECORD_KINDS as readonly string[]).includes(kind));
    const query: LoadQuery = { ...(periodId === null ? {} : { periodId }), ...(kinds === undefined ? {} : { kinds }) };
    const loaded = await storage.load(query);
    // Owners resolve over what was loaded: a period's load holds its objectives with their key results and check-ins.
    const readable = createReadCheck(identity, authorize, lookupIn(loaded.records));
    const allowed = await Promise.all(loaded.records.map((stored) => readable(stored.kind, stored.record)));
    return json(200, { records: loaded.records.filter((_, index) => allowed[index]) }, headers);
  }

  async function writeChanges(identity: Identity, text: string): Promise<StoredResponse> {
    const apply = storage.apply?.bind(storage);
    if (!apply) throw new ReadOnlyError(`${storage.name ?? 'this'} storage`);
    const body = parseJson(text);
    assertDepth(body, options.maxDepth ?? 32);
    const changes: Change[] = stampAuthors(parseChanges(body, options.maxChanges ?? 1000), authorOf(identity));
    const requested = parseConditions(body);
    // Authorised against what storage holds, then written only if none of the records the
    // decision read has moved since (`conditions`, checked inside the write). When one has
    // (an objective moved to another team a moment before), read again and decide again.
    for (let attempt = 1; ; attempt += 1) {
      const records = await recordsForChanges(storage, changes);
      let deleted = new Map<string, AnyRecord>();
      try {
        const decision = await authorizeChanges(identity, authorize, changes, records);
        deleted = decision.removed;
        for (const [key, record] of deleted) removed.set(key, record);
        while (removed.size > 10_000) removed.delete(removed.keys().next().value!);
        const applied = await apply(changes, { conditions: [...requested, ...decision.conditions] });
        return { status: 200, body: JSON.stringify({ applied }) };
      } catch (error) {
        for (const key of deleted.keys()) removed.delete(key);
        const ours = error instanceof ConflictError && error.condition && !requested.some((asked) => asked.kind === error.kind && asked.id === error.id && asked.version === error.expectedVersion);
        if (ours && attempt < AUTHORIZATION_ATTEMPTS) continue;
        if (error instanceof ConflictError && error.current) {
          // A conflict shows the record as it is now: only to someone allowed to read it.
          const readable = createReadCheck(identity, authorize, lookupIn([...records, error.current]));
          if (!(await readable(error.kind, error.current.record))) throw new ConflictError(error.kind, error.id, error.expectedVersion, null, { condition: error.condition });
        }
        throw error;
      }
    }
  }

  async function postChanges(request: Request, headers: Headers): Promise<Response> {
    const identity = await identify(request);
    if (identity === null || identity === undefined) {
      return json(401, { error: { code: 'forbidden', message: 'sign in to make changes' } } satisfies ErrorBody, headers);
    }
    const text = await readJsonText(request, maxBodyBytes);
    const key = request.headers.get('idempotency-key');
    const respond = (answer: StoredResponse, replayed = false) => {
      if (replayed) headers.set('idempotent-replayed', 'true');
      headers.set('content-type', 'application/json; charset=utf-8');
      return new Response(answer.body, { status: answer.status, headers });
    };
    const run = () => writeChanges(identity, text).catch((error: unknown) => answerOf(error, request));
    if (key === null) return respond(await run());
    if (key.length === 0 || key.length > 255) throw new BadRequestError(400, 'Idempotency-Key must be 1 to 255 characters');
    const outcome = await idempotency.once(identityKey(identity), key, await fingerprintOf(text), run);
    if (outcome === 'mismatch') throw new BadRequestError(422, 'this Idempotency-Key was already used for a different request');
    return respond(outcome.response, outcome.replayed);
  }

  function answerOf(error: unknown, request: Request): StoredResponse {
    if (error instanceof BadRequestError) {
      const errors = error.errors.slice(0, 100);
      return { status: error.status, body: JSON.stringify({ error: { code: 'validation', message: error.message, errors } } satisfies ErrorBody) };
    }
    if (error instanceof OkrStorageError && error.code !== 'unknown') {
      return { status: statusOfError(error), body: JSON.stringify(errorToBody(error)) };
    }
    // Nobody is left to read the answer; 499 ("client closed request") is for the access log.
    if (error instanceof ClientGoneError) return problem(499, 'unknown', error.message);
    options.onError?.(error, request);
    return problem(500, 'unknown', 'internal error');
  }

  return async (request: Request): Promise<Response> => {
    const headers = baseHeaders(request);
    try {
      if (request.method === 'OPTIONS' && origins) {
        headers.set('access-control-allow-methods', 'GET, POST, OPTIONS');
        headers.set('access-control-allow-headers', request.headers.get('access-control-request-headers') ?? 'content-type, idempotency-key');
        headers.set('access-control-max-age', '600');
        return new Response(null, { status: 204, headers });
      }
      const url = new URL(request.url);
      const route = routeOf(url.pathname, basePath);
      if (!route) return json(404, { error: { code: 'unknown', message: notFoundMessage(url.pathname, basePath) } }, headers);
      const methods = ROUTES[route];
      if (request.method !== methods && !(request.method === 'HEAD' && methods === 'GET')) {
        headers.set('allow', methods);
        return json(405, { error: { code: 'unknown', message: `use ${methods} for ${route}` } }, headers);
      }
      if (route === '/records') return await readRecords(request, url, headers);
      if (route === '/changes') return await postChanges(request, headers);
      if (!storage.subscribe) return json(501, { error: { code: 'unknown', message: 'this storage does not publish changes' } }, headers);
      return hub.stream(request, await identify(request), authorize, headers);
    } catch (error) {
      const answer = answerOf(error, request);
      headers.set('content-type', 'application/json; charset=utf-8');
      return new Response(answer.body, { status: answer.status, headers });
    }
  };
}
