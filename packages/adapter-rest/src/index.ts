/**
 * `@okrkit/adapter-rest`: the browser half — the `fetch` client and the wire format it shares
 * with the server. Nothing here imports Node: the server half (`createOkrHandler`,
 * `toNodeListener`) lives in `@okrkit/adapter-rest/server`.
 */
export { createRestAdapter, type RestAdapter, type RestAdapterOptions } from './client';
export { createSseParser, formatSseMessage, type SseMessage } from './sse';
export { errorFromResponse, errorToBody, statusOfError, type ErrorBody, type HeadersInit } from './wire';
