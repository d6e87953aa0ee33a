import type { ProvidedOkrLabels } from '../provider/labels';

/**
 * The words of `CheckInTimeline` and of the check-in dialog's "previous check-in" panel. A
 * section of `OkrLabels` (`labels.timeline`), replaced through `OkrProvider` like every
 * other word; kept here so only pages with a timeline or a dialog ship them.
 */

/** `CheckInTimeline` and the dialog's previous check-in. */
export interface CheckInTimelineLabels {
  /** The feed's accessible name. */
  timeline: string;
  /** Shown when the KR or objective has no check-in yet. */
  timelineEmpty: string;
  /** The button after a shortened feed: "Show 25 older check-ins". */
  showOlder: (count: string) => string;
  /** A reading that changed: "1,000 → 1,150" (both formatted). */
  valueChange: (from: string, to: string) => string;
  /** The first reading, with nothing before it. */
  firstReading: (value: string) => string;
  /** "Confidence 70%". */
  confidenceIs: (percent: string) => string;
  /** Before the author's name: "by". */
  checkedInBy: string;
  /** Each entry's accessible name: "Monthly active users, 13 Feb 2026". */
  checkInEntry: (keyResultTitle: string, date: string) => string;
  editCheckIn: string;
  deleteCheckIn: string;
  /** The edit form's reading field ("Value"), and for milestones ("Milestones done"). */
  readingField: string;
  milestonesDoneField: string;
  /** A milestones count out of range: "Enter a whole number from 0 to 3". */
  wholeNumberUpTo: (max: string) => string;
  /** The delete confirmation. */
  confirmDeleteCheckIn: string;
  keepCheckIn: string;
  /** Announced once storage has the change. */
  checkInUpdated: string;
  checkInDeleted: string;
  /** The dialog's panel with the check-in before this one. */
  previousCheckIn: string;
  noPreviousCheckIn: string;
  /** The previous check-in's date row: "Checked in". */
  checkedInOn: string;
}

/** okrkit's English words for {@link CheckInTimelineLabels}. */
export const defaultTimelineLabels: CheckInTimelineLabels = {
  timeline: 'Check-ins',
  timelineEmpty: 'No check-ins yet',
  showOlder: (count) => `Show ${count} older check-ins`,
  valueChange: (from, to) => `${from} → ${to}`,
  firstReading: (value) => value,
  confidenceIs: (percent) => `Confidence ${percent}`,
  checkedInBy: 'by',
  checkInEntry: (keyResultTitle, date) => `${keyResultTitle}, ${date}`,
  editCheckIn: 'Edit check-in',
  deleteCheckIn: 'Delete check-in',
  readingField: 'Value',
  milestonesDoneField: 'Milestones done',
  wholeNumberUpTo: (max) => `Enter a whole number from 0 to ${max}`,
  confirmDeleteCheckIn: 'Delete this check-in? The key result’s value is recomputed from the check-ins that remain.',
  keepCheckIn: 'Keep it',
  checkInUpdated: 'Check-in updated',
  checkInDeleted: 'Check-in deleted',
  previousCheckIn: 'Previous check-in',
  noPreviousCheckIn: 'This will be the first check-in.',
  checkedInOn: 'Checked in',
};

/**
 * The timeline's words: defaults, then the provider's `timeline` group, then the component's own `labels`.
 * @example resolveTimelineLabels(useOkrContext().labels, props.labels).timelineEmpty // 'No check-ins yet'
 */
export function resolveTimelineLabels(providerLabels: ProvidedOkrLabels | undefined, own?: Partial<CheckInTimelineLabels>): CheckInTimelineLabels {
  const fromProvider = providerLabels?.timeline;
  if (!fromProvider && !own) return defaultTimelineLabels;
  return { ...defaultTimelineLabels, ...fromProvider, ...own };
}
