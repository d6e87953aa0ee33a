import type { ObjectiveState } from '@okrkit/core';
import type { ProvidedOkrLabels } from '../provider/labels';

/**
 * The words of `ObjectiveList`: a section of `OkrLabels` (`labels.list`), replaced through
 * `OkrProvider` like every other word; kept here so only pages with a list ship them.
 */
export interface ObjectiveListLabels {
  /** The grid's accessible name. */
  objectives: string;
  rank: string;
  title: string;
  owner: string;
  team: string;
  period: string;
  state: string;
  status: string;
  progress: string;
  confidence: string;
  lastCheckIn: string;
  actions: string;
  states: Record<ObjectiveState, string>;
  /** Shown in a cell with no value. */
  none: string;
  neverCheckedIn: string;
  filterBy: (column: string) => string;
  all: string;
  groupBy: string;
  noGrouping: string;
  /** "12 of 40 objectives". */
  objectiveCount: (shown: string, total: string) => string;
  /** A group's header row: "Growth team · 4". */
  groupHeading: (name: string, count: string) => string;
  noObjectives: string;
  /** The drag handle's name; it holds the rank shown on it. */
  moveHandle: (title: string, rank: string) => string;
  /** How to re-rank, read once when a row gets focus (aria-describedby). */
  moveInstructions: string;
  /** dnd-kit's instructions for the drag handle. */
  dragInstructions: string;
  /** Why re-ranking is off right now. */
  rerankNeedsRankOrder: string;
  rerankNeedsNoGrouping: string;
  rerankNeedsNoFilter: string;
  /** Spoken after a move: "Reduce churn moved to rank 2 of 5". */
  movedTo: (title: string, rank: string, count: string) => string;
  /** Spoken while dragging (dnd-kit's announcements). */
  pickedUp: (title: string, rank: string) => string;
  draggedOver: (title: string, rank: string) => string;
  dropped: (title: string, rank: string) => string;
  dragCancelled: (title: string) => string;
  /** A refused move: the order is put back. */
  moveRefused: (title: string, reason: string) => string;
  open: (title: string) => string;
  remove: (title: string) => string;
  /** The delete confirmation. */
  confirmDeleteTitle: (title: string) => string;
  confirmDeleteBody: string;
  dependantKeyResults: (count: string) => string;
  dependantCheckIns: (count: string) => string;
  dependantChildren: (count: string) => string;
  /** Children are detached by the store, not deleted. */
  childrenDetached: string;
  nothingDepends: string;
  confirmDelete: string;
  cancel: string;
  deleted: (title: string) => string;
  undo: string;
  restored: (title: string) => string;
  deleteRefused: (title: string, reason: string) => string;
  newObjective: string;
  newObjectivePlaceholder: string;
  /** What an action needs when the policy says no. */
  notAllowedToRerank: string;
  notAllowedToDelete: string;
  notAllowedToCreate: string;
  close: string;
  /** The toolbar button that downloads the rows as shown as a CSV file. */
  exportCsv: string;
  /** Announced after an export. */
  exported: (count: string) => string;
}

/** okrkit's English words for {@link ObjectiveListLabels}. */
export const defaultListLabels: ObjectiveListLabels = {
  objectives: 'Objectives',
  rank: 'Rank',
  title: 'Objective',
  owner: 'Owner',
  team: 'Team',
  period: 'Period',
  state: 'State',
  status: 'Status',
  progress: 'Progress',
  confidence: 'Confidence',
  lastCheckIn: 'Last check-in',
  actions: 'Actions',
  states: { draft: 'Draft', proposed: 'Proposed', active: 'Active', closed: 'Closed' },
  none: '—',
  neverCheckedIn: 'Never',
  filterBy: (column) => `Filter by ${column.toLowerCase()}`,
  all: 'All',
  groupBy: 'Group by',
  noGrouping: 'No grouping',
  objectiveCount: (shown, total) => `${shown} of ${total} objectives`,
  groupHeading: (name, count) => `${name} · ${count}`,
  noObjectives: 'No objectives here yet.',
  moveHandle: (title, rank) => `Move ${title}, rank ${rank}`,
  moveInstructions: 'Alt+Up and Alt+Down move this objective up or down the ranking.',
  dragInstructions: 'To pick up an objective, press Space or Enter on its rank. While dragging, the arrow keys move it, Space or Enter drops it and Escape cancels.',
  rerankNeedsRankOrder: 'Re-ranking is off while the list is sorted by another column. Sort by rank to re-rank.',
  rerankNeedsNoGrouping: 'Re-ranking is off while the list is grouped. Choose “No grouping” to re-rank.',
  rerankNeedsNoFilter: 'Re-ranking is off while some objectives are filtered out. Show all to re-rank.',
  movedTo: (title, rank, count) => `${title} moved to rank ${rank} of ${count}.`,
  pickedUp: (title, rank) => `Picked up ${title} at rank ${rank}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
  draggedOver: (title, rank) => `${title} is over rank ${rank}.`,
  dropped: (title, rank) => `${title} dropped at rank ${rank}.`,
  dragCancelled: (title) => `Moving ${title} was cancelled.`,
  moveRefused: (title, reason) => `${title} could not be moved: ${reason} The previous order is back.`,
  open: (title) => `Open ${title}`,
  remove: (title) => `Delete ${title}`,
  confirmDeleteTitle: (title) => `Delete “${title}”?`,
  confirmDeleteBody: 'This deletes the objective together with:',
  dependantKeyResults: (count) => `${count} key results`,
  dependantCheckIns: (count) => `${count} check-ins`,
  dependantChildren: (count) => `${count} aligned objectives`,
  childrenDetached: 'Aligned objectives are kept and no longer aligned to it.',
  nothingDepends: 'Nothing else depends on it.',
  confirmDelete: 'Delete',
  cancel: 'Cancel',
  deleted: (title) => `Deleted “${title}”.`,
  undo: 'Undo',
  restored: (title) => `“${title}” is back.`,
  deleteRefused: (title, reason) => `“${title}” was not deleted: ${reason}`,
  newObjective: 'New objective',
  newObjectivePlaceholder: 'Type a title and press Enter',
  notAllowedToRerank: 'You can’t re-rank these objectives.',
  notAllowedToDelete: 'You can’t delete this objective.',
  notAllowedToCreate: 'You can’t create objectives here.',
  close: 'Close',
  exportCsv: 'Export CSV',
  exported: (count) => `Exported ${count} objectives as CSV.`,
};

/**
 * The list's words: okrkit's defaults, then the provider's `labels.list`, then the widget's own.
 * @example const labels = resolveListLabels(useOkrContext().labels, props.labels);
 */
export function resolveListLabels(fromProvider: ProvidedOkrLabels, own?: Partial<ObjectiveListLabels>): ObjectiveListLabels {
  const provided = fromProvider.list;
  if (!provided && !own) return defaultListLabels;
  return { ...defaultListLabels, ...provided, ...own };
}
