import type { Status } from '@okrkit/core';

/**
 * Every word okrkit shows. Pass `labels` to `OkrProvider` to translate or reword any of
 * them; functions receive the values to place.
 */
export interface OkrLabels {
  status: Record<Status, string>;
  outdated: string;
  expectedMarker: string;
  progressOf: (current: string, target: string) => string;
  percentDone: (percent: string) => string;
  milestonesDone: (done: number, total: number) => string;
  done: string;
  notDone: string;
  guardrailHeld: string;
  guardrailBreached: string;
  edit: string;
  save: string;
  cancel: string;
  retry: string;
  checkIn: string;
  newValue: string;
  confidence: string;
  note: string;
  priority: (rank: number) => string;
  committed: string;
  aspirational: string;
  owner: string;
  period: string;
  lastCheckIn: (age: string) => string;
  noCheckIn: string;
  whyThisScore: string;
  loading: string;
  empty: string;
  readOnly: string;
  conflict: string;
  theirs: string;
  yours: string;
  keepTheirs: string;
  useMine: string;
  saveFailed: string;
  healthWarnings: string;
}

export const defaultLabels: OkrLabels = {
  status: {
    'not-started': 'Not started',
    'on-track': 'On track',
    'at-risk': 'At risk',
    'off-track': 'Off track',
    achieved: 'Achieved',
  },
  outdated: 'Outdated',
  expectedMarker: 'Expected by now',
  progressOf: (current, target) => `${current} of ${target}`,
  percentDone: (percent) => percent,
  milestonesDone: (done, total) => `${done} of ${total} milestones`,
  done: 'Done',
  notDone: 'Not done',
  guardrailHeld: 'Within limit',
  guardrailBreached: 'Limit breached',
  edit: 'Edit',
  save: 'Save',
  cancel: 'Cancel',
  retry: 'Retry',
  checkIn: 'Check in',
  newValue: 'New value',
  confidence: 'Confidence',
  note: 'Note',
  priority: (rank) => `Priority ${rank}`,
  committed: 'Committed',
  aspirational: 'Aspirational',
  owner: 'Owner',
  period: 'Period',
  lastCheckIn: (age) => `Last check-in ${age}`,
  noCheckIn: 'No check-in yet',
  whyThisScore: 'Why this score?',
  loading: 'Loading…',
  empty: 'Nothing here yet',
  readOnly: 'Read only',
  conflict: 'Someone else changed this while you were editing.',
  theirs: 'Theirs',
  yours: 'Yours',
  keepTheirs: 'Keep theirs',
  useMine: 'Use mine',
  saveFailed: 'Not saved.',
  healthWarnings: 'Health warnings',
};
