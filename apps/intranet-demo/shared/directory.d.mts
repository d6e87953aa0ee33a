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
/** A colleague who owns no objective: a display label ("Name, Role") and a team. */
export interface TeamMember {
  label: string;
  teamId: string;
}

export declare const demoTeamMembers: Readonly<Record<string, TeamMember>>;
export declare function buildDirectory(
  okrSet?: OkrSet,
  people?: Readonly<Record<string, string>>,
  teams?: Readonly<Record<string, string>>,
  members?: Readonly<Record<string, TeamMember>>,
): Person[];
export declare const demoDirectory: Person[];
export declare function mayWrite(person: Person | null, objective: { teamId?: string } | null | undefined): boolean;
export declare function mayReadReport(person: Person | null, report: { authorId: string; teamId?: string } | null | undefined): boolean;
export declare function mayWriteReport(person: Person | null, report: { authorId: string; teamId?: string } | null | undefined): boolean;
