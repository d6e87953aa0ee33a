import type { AuthorizationTarget, OkrAction, OkrPolicy } from '@okrkit/core';
import type { Person } from './directory.mjs';

export declare function authorizeDemo(person: Person | null | undefined, action: OkrAction, target: AuthorizationTarget): boolean;
export declare function policyFor(person: Person | null | undefined): OkrPolicy;
