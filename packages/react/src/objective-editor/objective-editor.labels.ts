import type { EditorMetricKind } from './objective-editor.types';

/**
 * The words of `ObjectiveEditor`. A section of `OkrLabels` (`labels.editor`), replaced through
 * `OkrProvider` like every other word; kept here so only pages with an editor ship them.
 */
export interface ObjectiveEditorLabels {
  /** The form's accessible name: "New objective" / "Edit objective: Delight users". */
  newObjective: string;
  editObjective: (title: string) => string;
  title: string;
  description: string;
  period: string;
  owner: string;
  team: string;
  nobody: string;
  kind: string;
  committed: string;
  aspirational: string;
  weight: string;
  parent: string;
  noParent: string;
  contributesTo: string;
  /** Placeholder of the pickers' search box. */
  searchObjectives: string;
  noMatches: string;
  removeContribution: (title: string) => string;
  /** Why an option is disabled. */
  cannotAlignToSelf: string;
  cannotAlignToDescendant: string;
  keyResults: string;
  keyResult: (position: string) => string;
  keyResultTitle: string;
  addKeyResult: string;
  removeKeyResult: (title: string) => string;
  moveUp: (title: string) => string;
  moveDown: (title: string) => string;
  /** Spoken after a move: "Moved to position 2 of 3". */
  movedTo: (position: string, count: string) => string;
  metricKind: string;
  metricKinds: Record<EditorMetricKind, string>;
  start: string;
  target: string;
  current: string;
  unit: string;
  units: { count: string; percent: string; currency: string; custom: string };
  currencyCode: string;
  unitLabel: string;
  unitLabelOne: string;
  done: string;
  bound: string;
  staysAbove: string;
  staysBelow: string;
  threshold: string;
  minimum: string;
  maximum: string;
  milestones: string;
  milestoneTitle: string;
  milestoneWeight: string;
  addMilestone: string;
  removeMilestone: (title: string) => string;
  keyResultWeight: string;
  keyResultOwner: string;
  hints: string;
  noHints: string;
  save: string;
  saving: string;
  saved: string;
  cancel: string;
  retry: string;
  /** A save that failed, with the reason: "Not saved: The server could not be reached." */
  notSaved: (reason: string) => string;
  /** Esc with unsaved changes. */
  discardChanges: string;
  keepEditing: string;
  discard: string;
  conflict: string;
  theirs: string;
  yours: string;
  keepTheirs: string;
  useMine: string;
  restoreDraft: string;
  restore: string;
  startFromTemplate: string;
  /** Shown beside a read-only editor (the policy's reason wins when it gives one). */
  readOnly: string;
  /** Keyboard help below the key results. */
  keyboardHelp: string;
}

/** okrkit's English words for {@link ObjectiveEditorLabels}. */
export const defaultEditorLabels: ObjectiveEditorLabels = {
  newObjective: 'New objective',
  editObjective: (title) => `Edit objective: ${title}`,
  title: 'Objective',
  description: 'Description',
  period: 'Period',
  owner: 'Owner',
  team: 'Team',
  nobody: 'Nobody',
  kind: 'Kind',
  committed: 'Committed',
  aspirational: 'Aspirational',
  weight: 'Weight',
  parent: 'Aligned to',
  noParent: 'Not aligned',
  contributesTo: 'Also contributes to',
  searchObjectives: 'Search objectives',
  noMatches: 'No objective matches.',
  removeContribution: (title) => `Remove ${title}`,
  cannotAlignToSelf: 'This is the objective itself.',
  cannotAlignToDescendant: 'Already aligned below this objective: choosing it would make a loop.',
  keyResults: 'Key results',
  keyResult: (position) => `Key result ${position}`,
  keyResultTitle: 'Key result',
  addKeyResult: 'Add key result',
  removeKeyResult: (title) => `Remove key result ${title}`,
  moveUp: (title) => `Move ${title} up`,
  moveDown: (title) => `Move ${title} down`,
  movedTo: (position, count) => `Moved to position ${position} of ${count}`,
  metricKind: 'Measured as',
  metricKinds: {
    increase: 'Increase to',
    decrease: 'Decrease to',
    binary: 'Done or not',
    milestones: 'Milestones',
    guardrail: 'Stays above or below',
    'guardrail-range': 'Stays within a range',
  },
  start: 'From',
  target: 'To',
  current: 'Now',
  unit: 'Unit',
  units: { count: 'Number', percent: 'Percent', currency: 'Money', custom: 'Other' },
  currencyCode: 'Currency code',
  unitLabel: 'Unit name',
  unitLabelOne: 'Unit name for one',
  done: 'Done',
  bound: 'Must stay',
  staysAbove: 'Above',
  staysBelow: 'Below',
  threshold: 'Threshold',
  minimum: 'Lowest',
  maximum: 'Highest',
  milestones: 'Milestones',
  milestoneTitle: 'Milestone',
  milestoneWeight: 'Milestone weight',
  addMilestone: 'Add milestone',
  removeMilestone: (title) => `Remove milestone ${title}`,
  keyResultWeight: 'Weight',
  keyResultOwner: 'Owner',
  hints: 'Suggestions',
  noHints: 'No suggestions: this objective follows the method.',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved',
  cancel: 'Cancel',
  retry: 'Retry',
  notSaved: (reason) => `Not saved: ${reason}`,
  discardChanges: 'Discard your unsaved changes?',
  keepEditing: 'Keep editing',
  discard: 'Discard',
  conflict: 'Someone else changed this objective while you were editing.',
  theirs: 'Theirs',
  yours: 'Yours',
  keepTheirs: 'Keep theirs',
  useMine: 'Use mine',
  restoreDraft: 'You have an unsaved draft of this objective.',
  restore: 'Restore',
  startFromTemplate: 'Start from a template',
  readOnly: "You can't edit this objective.",
  keyboardHelp: 'Enter: next key result · Backspace in an empty one: remove it · Alt+↑/↓: move · Ctrl+Enter: save · Esc: cancel',
};

/**
 * The editor's words: defaults, then the provider's `editor` group, then the component's own `labels`.
 * @example resolveEditorLabels(useOkrContext().labels, props.labels).save // 'Save'
 */
export function resolveEditorLabels(providerLabels: { readonly editor?: Partial<ObjectiveEditorLabels> | undefined } | undefined, own?: Partial<ObjectiveEditorLabels>): ObjectiveEditorLabels {
  const fromProvider = providerLabels?.editor;
  if (!fromProvider && !own) return defaultEditorLabels;
  return { ...defaultEditorLabels, ...fromProvider, ...own };
}
