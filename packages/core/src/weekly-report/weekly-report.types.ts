import type { IsoDate, IsoDateTime } from '../model/model.types';

/**
 * An ISO 8601 week: weeks start on Monday and week 1 is the week that holds the year's
 * first Thursday, so 2020-12-31 is in 2020-W53 and 2027-01-01 in 2026-W53.
 * @example { year: 2026, week: 10 }
 */
export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year around 1 January. */
  year: number;
  /** 1 to 52, or 53 in long years. */
  week: number;
}

/** A day of the week as `Intl.Locale#getWeekInfo()` numbers it: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** This week's rank of a focus item: 1 comes first. */
export type FocusPriority = 1 | 2 | 3;

/** A task's priority; P1 is the most urgent. */
export type TaskPriority = 'P1' | 'P2' | 'P3';

/** Where a task stands. */
export type TaskStatus = 'todo' | 'doing' | 'done';

/** A report is written as a draft, then submitted to be read by the manager and the team. */
export type WeeklyReportState = 'draft' | 'submitted';

/**
 * An objective or key result in focus this week, with what should come out of the week.
 * Names an objective, a key result, or both.
 * @example { objectiveId: 'obj-survey', keyResultId: 'kr-questionnaires', priority: 1, expectedResult: '40 more valid questionnaires' }
 */
export interface WeeklyFocus {
  objectiveId?: string;
  keyResultId?: string;
  priority: FocusPriority;
  /** What this week should deliver for it. Empty in a fresh draft. */
  expectedResult: string;
}

/**
 * A concrete piece of work that advances a key result.
 * @example { id: 't1', title: 'Send the reminder email', keyResultId: 'kr-questionnaires', priority: 'P1', due: '2026-03-04', status: 'doing', ownerId: 'ana' }
 */
export interface Task {
  id: string;
  title: string;
  keyResultId?: string;
  priority: TaskPriority;
  due?: IsoDate;
  status: TaskStatus;
  ownerId?: string;
}

/**
 * A problem met this week. A `blocker` stops the work; a `risk` may.
 * @example { text: 'The panel provider is late', severity: 'blocker', keyResultId: 'kr-questionnaires' }
 */
export interface WeeklyProblem {
  text: string;
  severity?: 'risk' | 'blocker';
  keyResultId?: string;
}

/**
 * One line of next week's plan.
 * @example { text: 'Write the competitor summary', keyResultId: 'kr-trends' }
 */
export interface WeeklyPlanItem {
  text: string;
  keyResultId?: string;
}

/**
 * A weekly report built from OKRs: the focus, the tasks, the problems and next week's plan.
 * The progress since last week is never stored: it is computed from the check-in log
 * (`progressSinceLastWeek`), so it cannot drift from the data.
 * @example
 * { id: 'wr-1', authorId: 'ana', week: { year: 2026, week: 10 }, weekStart: '2026-03-02', state: 'draft',
 *   focus: [], tasks: [], problems: [], nextWeek: [] }
 */
export interface WeeklyReport {
  id: string;
  authorId: string;
  teamId?: string;
  /** The ISO week this report is for (the ISO week of the Monday inside the locale's week). */
  week: IsoWeek;
  /** The first day of the report's week in the author's locale (a Sunday in the US, a Monday in Germany). */
  weekStart: IsoDate;
  state: WeeklyReportState;
  /** When it was submitted; present exactly when `state` is 'submitted'. */
  submittedAt?: IsoDateTime;
  focus: WeeklyFocus[];
  tasks: Task[];
  problems: WeeklyProblem[];
  nextWeek: WeeklyPlanItem[];
  notes?: string;
}

/** A key result's reading at one moment, taken from the check-in log. */
export interface KeyResultReading {
  /** The value of the last check-in up to that moment. */
  value: number;
  /** The progress that value gives on the KR's metric (unclamped: 1.2 is over-achieved). */
  progress: number;
  /** The last confidence recorded up to that moment (0..1), or null when none was. */
  confidence: number | null;
  /** When the check-in that gave `value` was recorded. */
  at: IsoDateTime;
}

/**
 * How one focus key result moved between the start and the end of the report's week.
 * @example
 * { keyResultId: 'kr-questionnaires', objectiveId: 'obj-survey', title: '100 valid questionnaires',
 *   lastWeek: { value: 20, progress: 0.2, confidence: 0.6, at: '…' }, thisWeek: { value: 45, progress: 0.45, confidence: 0.7, at: '…' },
 *   change: { value: 25, progress: 0.25, confidence: 0.1 }, checkedInThisWeek: true }
 */
export interface KeyResultWeekProgress {
  keyResultId: string;
  objectiveId: string;
  title: string;
  /** The reading before the week started ("then"), or null when the KR had no check-in before it. */
  lastWeek: KeyResultReading | null;
  /** The reading at the end of the week ("now"), or null when the KR has no check-in up to then. */
  thisWeek: KeyResultReading | null;
  /** thisWeek − lastWeek for each figure; null when either side is missing. */
  change: { value: number | null; progress: number | null; confidence: number | null };
  /** Whether at least one check-in was recorded during the week. */
  checkedInThisWeek: boolean;
}

/**
 * The words the exports use, so a host can translate them. Every one has an English default.
 * @example { focus: 'Schwerpunkte', tasks: 'Aufgaben' }
 */
export interface WeeklyReportLabels {
  title: string;
  focus: string;
  tasks: string;
  progress: string;
  problems: string;
  nextWeek: string;
  notes: string;
  draft: string;
  submitted: string;
  priority: string;
  objective: string;
  task: string;
  status: string;
  keyResult: string;
  due: string;
  owner: string;
  expected: string;
  lastWeek: string;
  thisWeek: string;
  change: string;
  confidence: string;
  points: string;
  none: string;
  todo: string;
  doing: string;
  done: string;
  notDone: string;
  risk: string;
  blocker: string;
}

/** Options of the three exports. */
export interface WeeklyReportExportOptions {
  /** A BCP 47 locale for numbers and dates, e.g. 'en-US'. */
  locale: string;
  /** Replacements for the English words. */
  labels?: Partial<WeeklyReportLabels>;
  /** How to show a person named by `ownerId` / `authorId`. @default the id itself */
  personName?: (personId: string) => string;
}
