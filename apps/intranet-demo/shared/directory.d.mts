import type { OkrSet } from '@okrkit/core';

/** Someone who can sign in to the demo. */
export interface Person {
  id: string;
  name: string;
  role: string;
  /** The team whose objectives this person may change, or null. */
  teamId: string | null;
  teamName: string;
  /** May change every objective (the CEO). */
  admin: boolean;
}

export declare const ADMIN_PERSON_ID: string;
export declare const DEFAULT_PERSON_ID: string;
export declare function buildDirectory(
  okrSet?: OkrSet,
  people?: Readonly<Record<string, string>>,
  teams?: Readonly<Record<string, string>>,
): Person[];
export declare const demoDirectory: Person[];
export declare function mayWrite(person: Person | null, objective: { teamId?: string } | null | undefined): boolean;
