import type { TaskPriority, TaskStatus } from '@okrkit/core';

/**
 * Every word the weekly report builder and view show. Pass a partial object as `labels`
 * to translate or reword; the rest stay English.
 * @example <WeeklyReportBuilder labels={{ tasks: 'Aufgaben', addTask: 'Aufgabe hinzufügen' }} … />
 */
export interface WeeklyReportBuilderLabels {
  report: string;
  focus: string;
  tasks: string;
  progress: string;
  problems: string;
  nextWeek: string;
  notes: string;
  objective: string;
  keyResult: string;
  priority: string;
  expectedResult: string;
  title: string;
  due: string;
  status: string;
  owner: string;
  actions: string;
  lastWeek: string;
  thisWeek: string;
  change: string;
  confidence: string;
  /** A change in percentage points, e.g. "+25 pts". */
  points: (signed: string) => string;
  noKeyResult: string;
  noOwner: string;
  all: string;
  none: string;
  statuses: Record<TaskStatus, string>;
  priorities: Record<TaskPriority, string>;
  focusPriority: (priority: number) => string;
  filterBy: (column: string) => string;
  taskCount: (shown: number, total: number) => string;
  noTasks: string;
  addTask: string;
  addTaskTitle: string;
  addTaskDescription: string;
  add: string;
  cancel: string;
  removeTask: (title: string) => string;
  removeFocus: (title: string) => string;
  addFocus: string;
  /** The add-to-focus picker's label. */
  focusTarget: string;
  chooseFocusTarget: string;
  /** The picker's entry for a whole objective (its key results follow it). */
  wholeObjective: (title: string) => string;
  /** The Notes field's hint. */
  notesHint: string;
  titleRequired: string;
  addProblem: string;
  problem: string;
  severity: string;
  risk: string;
  blocker: string;
  removeProblem: (index: number) => string;
  addPlanItem: string;
  planItem: string;
  removePlanItem: (index: number) => string;
  noProgress: string;
  noFocus: string;
  saved: (time: string) => string;
  savedNever: string;
  saving: string;
  notSaved: string;
  retry: string;
  readOnlyStorage: string;
  restoreQuestion: (time: string) => string;
  restore: string;
  discard: string;
  conflictTitle: string;
  conflictDescription: string;
  theirs: string;
  yours: string;
  keepMine: string;
  takeTheirs: string;
  submit: string;
  submitTitle: string;
  submitDescription: string;
  submitConfirm: string;
  /** Submitting was refused: the person may not submit (403) or storage is read-only. No retry. */
  submitForbidden: string;
  /** Submitting met someone else's save of the report; the builder then shows both versions. */
  submitConflict: string;
  /** Submitting failed because storage could not be reached (offline, server down); Retry follows. */
  submitUnavailable: string;
  /** Submitting failed for another reason (the detail goes to `onError` and the console); Retry follows. */
  submitFailed: string;
  submittedOn: (date: string) => string;
  draft: string;
  reopen: string;
  copyMarkdown: string;
  copyEmail: string;
  copyChat: string;
  copied: (format: 'markdown' | 'email' | 'chat') => string;
  copyFailed: string;
  loading: string;
  notFound: string;
  /** Loading failed for another reason than the three below (the detail goes to `onError` and the console). */
  loadFailed: string;
  /** Loading failed: storage could not be reached (offline, server down). */
  loadUnavailable: string;
  /** Loading failed: storage refused (403). */
  loadForbidden: string;
  /** Why the report is read-only when the provider's `can` refuses `update` on it. */
  notAllowedToEdit: string;
  weekOf: (week: string, range: string) => string;
  by: (name: string) => string;
}

/** The English words of {@link WeeklyReportBuilderLabels}. */
export const defaultWeeklyReportBuilderLabels: Readonly<WeeklyReportBuilderLabels> = {
  report: 'Weekly report',
  focus: 'Focus',
  tasks: 'Tasks',
  progress: 'Progress since last week',
  problems: 'Problems and risks',
  nextWeek: 'Next week',
  notes: 'Notes',
  objective: 'Objective',
  keyResult: 'Key result',
  priority: 'Priority',
  expectedResult: 'Expected result',
  title: 'Task',
  due: 'Due',
  status: 'Status',
  owner: 'Owner',
  actions: 'Actions',
  lastWeek: 'Last week',
  thisWeek: 'This week',
  change: 'Change',
  confidence: 'Confidence',
  points: (signed) => `${signed} pts`,
  noKeyResult: 'No key result',
  noOwner: 'Nobody',
  all: 'All',
  none: 'None',
  statuses: { todo: 'To do', doing: 'In progress', done: 'Done' },
  priorities: { P1: 'P1', P2: 'P2', P3: 'P3' },
  focusPriority: (priority) => `P${priority}`,
  filterBy: (column) => `Filter by ${column.toLowerCase()}`,
  taskCount: (shown, total) => (shown === total ? `${total} tasks` : `${shown} of ${total} tasks`),
  noTasks: 'No tasks yet.',
  addTask: 'Add task',
  addTaskTitle: 'Add a task',
  addTaskDescription: 'A concrete piece of work that advances a key result.',
  add: 'Add',
  cancel: 'Cancel',
  removeTask: (title) => `Remove task “${title}”`,
  removeFocus: (title) => `Remove “${title}” from focus`,
  addFocus: 'Add to focus',
  focusTarget: 'Objective or key result',
  chooseFocusTarget: 'Choose…',
  wholeObjective: (title) => `${title} (whole objective)`,
  notesHint: 'Anything else the reader should know this week.',
  titleRequired: 'Give the task a title',
  addProblem: 'Add problem',
  problem: 'Problem',
  severity: 'Severity',
  risk: 'Risk',
  blocker: 'Blocker',
  removeProblem: (index) => `Remove problem ${index}`,
  addPlanItem: 'Add plan item',
  planItem: 'Plan item',
  removePlanItem: (index) => `Remove plan item ${index}`,
  noProgress: 'No key result in focus has a check-in yet.',
  noFocus: 'Nothing in focus this week.',
  saved: (time) => `Saved · ${time}`,
  savedNever: 'Saved',
  saving: 'Saving…',
  notSaved: 'Not saved',
  retry: 'Retry',
  readOnlyStorage: 'This storage is read-only',
  // A backup may carry no time: "Restore unsaved changes from?" would read as a slip.
  restoreQuestion: (time) => (time ? `Restore unsaved changes from ${time}?` : 'Restore unsaved changes?'),
  restore: 'Restore',
  discard: 'Discard',
  conflictTitle: 'Someone else changed this report',
  conflictDescription: 'Compare the sections that differ, then keep yours or take theirs.',
  theirs: 'Theirs',
  yours: 'Yours',
  keepMine: 'Keep mine',
  takeTheirs: 'Take theirs',
  submit: 'Submit',
  submitTitle: 'Submit this report?',
  submitDescription: 'Your manager and team will read it. It becomes read-only; you can reopen it later.',
  submitConfirm: 'Submit report',
  submitForbidden: 'You are not allowed to submit this report.',
  submitConflict: 'Someone else saved this report meanwhile. Close this dialog to compare both versions, then submit again.',
  submitUnavailable: 'The report could not be submitted: storage could not be reached. Check the connection, then retry.',
  submitFailed: 'The report could not be submitted. Try again in a moment.',
  submittedOn: (date) => `Submitted ${date}`,
  draft: 'Draft',
  reopen: 'Reopen',
  copyMarkdown: 'Copy as Markdown',
  copyEmail: 'Copy for email',
  copyChat: 'Copy for chat',
  copied: (format) => ({ markdown: 'Copied as Markdown', email: 'Copied for email', chat: 'Copied for chat' })[format],
  copyFailed: 'Could not copy; your browser blocked the clipboard',
  loading: 'Loading the report…',
  notFound: 'This report does not exist.',
  loadFailed: 'The report could not be loaded.',
  loadUnavailable: 'Storage could not be reached. Check the connection, then retry.',
  loadForbidden: 'You are not allowed to see this report.',
  notAllowedToEdit: 'You may not change this report.',
  weekOf: (week, range) => `${week} · ${range}`,
  by: (name) => `by ${name}`,
};
