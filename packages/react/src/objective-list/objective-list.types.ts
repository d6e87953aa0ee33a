import type { Objective, ObjectiveState, Status } from '@okrkit/core';

/** The list's columns, in order. */
export type ObjectiveListColumnId = 'rank' | 'title' | 'owner' | 'team' | 'period' | 'state' | 'status' | 'progress' | 'confidence' | 'lastCheckIn';

/** What the list can be grouped by. */
export type ObjectiveListGrouping = 'none' | 'team' | 'period' | 'state';

/** The list's sort: a column and a direction. `{ id: 'rank', desc: false }` is priority order. */
export interface ObjectiveListSorting {
  id: ObjectiveListColumnId;
  desc: boolean;
}

/** The list's filters (by id for owner, team and period). An absent key shows all. */
export interface ObjectiveListFilters {
  ownerId?: string;
  teamId?: string;
  periodId?: string;
  state?: ObjectiveState;
  status?: Status;
}

/** One objective as the list shows it: the record and what is derived from the store. */
export interface ObjectiveListRow {
  objective: Objective;
  /** The objective's `priority`, or null when it has none. */
  rank: number | null;
  ownerName: string | null;
  teamName: string | null;
  periodName: string;
  /** The period's first day, so periods sort by time rather than by name. */
  periodStart: string;
  state: ObjectiveState;
  status: Status;
  /** 0..1. */
  progress: number;
  /** The mean latest confidence of its KRs (0..1), or null when none was recorded. */
  confidence: number | null;
  lastCheckInAt: string | null;
}

/** A line of the windowed body: a group heading or an objective. */
export type ObjectiveListLine = { kind: 'group'; key: string; name: string; count: number } | { kind: 'row'; row: ObjectiveListRow; index: number };
