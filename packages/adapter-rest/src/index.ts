export { createRestAdapter, type RestAdapter, type RestAdapterOptions } from './client';
export { createOkrHandler, type OkrHandler, type OkrHandlerOptions } from './handler';
export type { Authorize, AuthorizationTarget, OkrAction } from './handler-policy';
export { toNodeListener } from './node';
export { createSseParser, formatSseMessage, type SseMessage } from './sse';
export { errorFromResponse, errorToBody, statusOfError, type ErrorBody, type HeadersInit } from './wire';
