/**
 * `@okrkit/adapter-rest/server`: the server half — {@link createOkrHandler} on Web-standard
 * `Request`/`Response`, and {@link toNodeListener} to mount it in Node's http server or Express.
 * Kept apart from the client so a browser bundle (and a browser tsconfig with
 * `skipLibCheck: false`) never meets `node:http`.
 */
export { createOkrHandler, type OkrHandler, type OkrHandlerOptions } from './handler';
export type { Authorize, AuthorizationTarget, OkrAction } from './handler-policy';
export { toNodeListener } from './node';
export { errorFromResponse, errorToBody, statusOfError, type ErrorBody } from './wire';
export { DEFAULT_IDEMPOTENCY_LIMITS, type IdempotencyLimits } from './idempotency';
export { createTeamPolicy, type TeamPolicyOptions } from './team-policy';
export { createCyclePolicy, type CyclePolicyOptions } from './cycle-policy';
