import type { LintCode, LintParams, LintSeverity, OkrAction, RecordKind, Status, StorageErrorCode } from '@okrkit/core';
import type { AlignmentTreeLabels } from '../alignment-tree/alignment-tree.labels';
import type { CheckInTimelineLabels } from '../check-in-timeline/check-in-timeline.labels';
import type { CloseOutLabels } from '../close-out-dialog/close-out-dialog.labels';
import type { ImportDialogLabels } from '../import-dialog/import-dialog.labels';
import type { KeyResultChartLabels } from '../key-result-chart/key-result-chart.labels';
import type { ObjectiveEditorLabels } from '../objective-editor/objective-editor.labels';
import type { ObjectiveListLabels } from '../objective-list/objective-list.labels';
import type { OkrSummaryLabels } from '../okr-summary/okr-summary.labels';
import type { PeriodReviewLabels } from '../period-review/period-review.labels';
import type { PlanningBoardLabels } from '../planning-board/planning-board.labels';
import type { WeeklyReportBuilderLabels } from '../weekly-report/weekly-report.labels';

/**
 * Every word okrkit shows or speaks, in one type: the words every widget shares (the
 * progress bar's, the card's, the check-in dialog's, kept as flat keys) and a section per
 * widget (`chart`, `timeline`, `summary`, `tree`, `report`, `editor`, `list`), plus the
 * core's health findings (`lint`) and score band names (`bands`). okrkit ships complete
 * sets — `@okrkit/react/locales/en`, `/de`, `/fr`, `/es`, `/vi`, `/zh` — each typed
 * `OkrLabels`; pass one to `OkrProvider`'s `labels`, or any part of one
 * ({@link OkrLabelOverrides}) to reword a few words. Functions receive the values to place,
 * already formatted for the provider's locale (digits included, so `ar-EG` reads Arabic digits).
 * @example
 * import { de } from '@okrkit/react/locales/de';
 * <OkrProvider store={store} locale="de-DE" labels={de}>…</OkrProvider>
 */
export interface OkrLabels extends OkrSharedWords, OkrLabelSections {}

/** The flat words of {@link OkrLabels}: shared, progress bar, card, editing, check-in dialog. */
export interface OkrSharedWords extends SharedLabels, ProgressBarLabels, ObjectiveCardLabels, EditingLabels, CheckInDialogLabels {}

/** The sections of {@link OkrLabels}, one per widget (their English defaults live in each widget's folder, so a page ships only the words of the widgets it draws). */
export interface OkrLabelSections {
  /** `KeyResultChart` and the card's sparklines. */
  chart: KeyResultChartLabels;
  /** `CheckInTimeline` and the check-in dialog's previous check-in. */
  timeline: CheckInTimelineLabels;
  /** `OkrSummary`. */
  summary: OkrSummaryLabels;
  /** `AlignmentTree` (its own `labels` prop still wins). */
  tree: AlignmentTreeLabels;
  /** `WeeklyReportBuilder` and the report view (its own `labels` prop still wins). */
  report: WeeklyReportBuilderLabels;
  /** `ObjectiveEditor`. */
  editor: ObjectiveEditorLabels;
  /** `ObjectiveList`. */
  list: ObjectiveListLabels;
  importer: ImportDialogLabels;
  /** `CloseOutDialog` and a closed `ObjectiveCard`. */
  closeOut: CloseOutLabels;
  /** `PlanningBoard`: the planning meeting's phases, proposals, discussion, votes, tally and decision. */
  planning: PlanningBoardLabels;
  /** `PeriodReview`: the review of a closed period by team and kind, its lessons and exports. */
  review: PeriodReviewLabels;
  /** The core's health findings, by code: the sentence for `lintOkrSet`'s parameters. Without it, the core's English message is shown. */
  lint: LintLabels;
  /** Score band names by id, for okrkit's presets (a custom strategy's other bands keep their own `label`). */
  bands: BandLabels;
}

/** The name of one section of {@link OkrLabels}. */
export type OkrLabelSection = keyof OkrLabelSections;

/**
 * How a lint sentence formats what it places: numbers in the provider's locale, and the
 * locale's plural category of a count (from `Intl.PluralRules`, so "1 Schlüsselergebnis" /
 * "3 Schlüsselergebnisse" and French's singular 0 come out right).
 * @example (params, { number, plural }) => `${number(params.count)} ${plural(params.count) === 'one' ? 'result' : 'results'}`
 */
export interface LintFormat {
  number: (value: number) => string;
  plural: (value: number) => Intl.LDMLPluralRule;
}

/**
 * A sentence per lint code, built from that code's parameters (see `LintParams` in `@okrkit/core`).
 * @example { 'vague-objective': ({ objective, minWords }) => `"${objective.title}" is vague …` }
 */
export type LintLabels = { [Code in LintCode]: (params: LintParams[Code], format: LintFormat) => string };

/** The band ids of okrkit's scoring presets (percent: low, medium, high; Google: red, yellow, green; Quantive: attainment). */
export type PresetBandId = 'low' | 'medium' | 'high' | 'red' | 'yellow' | 'green' | 'attainment';

/** A name per preset band. */
export type BandLabels = Record<PresetBandId, string>;

/**
 * Any part of {@link OkrLabels}, for `OkrProvider`'s `labels`: flat words replace okrkit's,
 * sections and records (`status`, `storageErrors`, `report.statuses` …) are merged key by key,
 * so `{ chart: { today: 'Heute' } }` keeps every other chart word.
 * @example const overrides: OkrLabelOverrides = { checkIn: 'Einchecken', status: { 'at-risk': 'Wackelt' }, chart: { today: 'Heute' } };
 */
export type OkrLabelOverrides = {
  [Key in keyof OkrLabels]?: OkrLabels[Key] extends (...args: never[]) => unknown
    ? OkrLabels[Key]
    : OkrLabels[Key] extends object
      ? { [Inner in keyof OkrLabels[Key]]?: OkrLabels[Key][Inner] extends (...args: never[]) => unknown ? OkrLabels[Key][Inner] : OkrLabels[Key][Inner] extends object ? Partial<OkrLabels[Key][Inner]> : OkrLabels[Key][Inner] }
      : OkrLabels[Key];
};

/**
 * The labels a widget reads from the provider: every flat word, and the sections the host
 * gave (complete or in part). Read a section through its widget's resolver
 * (`resolveTimelineLabels`, …), which fills the rest with okrkit's English.
 * @example const { labels } = useOkrContext(); labels.checkIn // 'Check in'
 */
export type ProvidedOkrLabels = OkrSharedWords & { [Section in OkrLabelSection]?: Partial<OkrLabelSections[Section]> };

/** Words every widget uses. */
export interface SharedLabels {
  /** A status as shown: "At risk". */
  status: Record<Status, string>;
  /**
   * A status inside a spoken sentence ("…, 60%, at risk"). When absent, each `status` word
   * is used as given, except okrkit's English defaults, which are lower-cased (lower-casing a
   * translation such as "Im Plan" would be wrong in many languages).
   */
  spokenStatus?: Record<Status, string>;
  /** A binary KR that is done, in a bar, a card or the dialog. */
  done: string;
  notDone: string;
  /** Milestones reached: "2 of 3 milestones" (both numbers formatted for the locale). */
  milestonesDone: (done: string, total: string) => string;
  /** Shown (or spoken) while the store loads. */
  loading: string;
  /** No key results / nothing to show. */
  empty: string;
  /** The store cannot be written. */
  readOnly: string;
}

/** The key-result progress bar (`KeyResultProgress`). */
export interface ProgressBarLabels {
  /** The expected-progress marker: "Expected by now: 50%". */
  expectedMarker: string;
  /** A rising KR: "3 of 5 patents". */
  progressOf: (current: string, target: string) => string;
  /** A falling KR: "4% of target 3%". */
  progressOfTarget: (current: string, target: string) => string;
  /** The visible range of a numeric KR: "from 5% to 3%". */
  fromTo: (start: string, target: string) => string;
  /** The percentage inside the spoken sentence: "60%". */
  percentDone: (percent: string) => string;
  /** A guardrail's reading, shown; spoken lower-cased when it is the English default. */
  guardrailHeld: string;
  guardrailBreached: string;
  /** A guardrail's limit: "below 4 h" / "above 99.5%". */
  guardrailLimit: (bound: 'above' | 'below', threshold: string) => string;
  /** A range guardrail's band: "between 99.5% and 100%". */
  guardrailBetween: (min: string, max: string) => string;
}

/** The objective card (`ObjectiveCard` and its parts). */
export interface ObjectiveCardLabels {
  /** Name of the title's edit field. */
  objectiveTitle: string;
  /** Tooltip of the title button. */
  editTitle: string;
  /** Name of a KR's inline value field: "Current value of Monthly active users". */
  editValue: (keyResultTitle: string) => string;
  keyResults: string;
  owner: string;
  period: string;
  /** Label of the priority row, and its value: "Priority 1". */
  rank: string;
  priority: (rank: string) => string;
  /** Label of the committed/aspirational row. */
  kind: string;
  committed: string;
  aspirational: string;
  /** KRs without a recent check-in. */
  outdated: string;
  /** "Last check-in 2 days ago" (the age comes from `formatAge`). */
  lastCheckIn: (age: string) => string;
  noCheckIn: string;
  /** The check-in button, and the dialog's title: "Check in", "Check in: Patents filed". */
  checkIn: string;
  checkInFor: (keyResultTitle: string) => string;
  /** The objective's progress bar. */
  objectiveProgress: string;
  /** Spoken after the objective's progress: "expected 50% by now". */
  expectedProgress: (percent: string) => string;
  score: string;
  whyThisScore: string;
  formula: string;
  weight: string;
  share: string;
  /** The score explanation's column of each part's own progress: "Progress". */
  partProgress: string;
  contribution: string;
  /** The score explanation's last row, the contributions added up: "Total". */
  contributionsTotal: string;
  /** Said under the explanation when a contribution was rounded so that the column adds up. */
  contributionsRounded: string;
  healthWarnings: string;
  /** A health warning's severity, before its message. */
  severity: Record<LintSeverity, string>;
  unknownObjective: string;
  loadFailed: string;
}

/** Editing in place and saving (card fields and the check-in dialog). */
export interface EditingLabels {
  edit: string;
  save: string;
  saving: string;
  cancel: string;
  retry: string;
  /** Before the reason a save was refused. */
  saveFailed: string;
  /** Why storage refused a save, by the store's error code. */
  storageErrors: Record<StorageErrorCode, string>;
  /** A conflict: the stored value and the user's. */
  theirs: string;
  yours: string;
  keepTheirs: string;
  useMine: string;
  /**
   * A check-in that landed after someone else's (check-ins are a log: both are kept):
   * "Alex Kim checked in 4 patents meanwhile; your check-in was recorded after it." `person`
   * is null when storage did not say who (an adapter without live updates).
   */
  checkInOvertook: (person: string | null, value: string) => string;
  /** Why a control is disabled: the provider's `can` refused this action ("You can't edit this team's objectives"). */
  notAllowed: (action: OkrAction, kind: RecordKind) => string;
  enterNumber: string;
}

/** The check-in dialog (`CheckInDialog`). */
export interface CheckInDialogLabels {
  /** Under the dialog's title, with the current reading: "… Current value: 1,100,000." */
  checkInDescription: (current: string) => string;
  newValue: string;
  milestones: string;
  confidence: string;
  confidenceHint: string;
  confidenceRange: string;
  note: string;
  optional: string;
  close: string;
}

// The English words that read lower-cased mid-sentence, kept apart from the default sets
// so the spoken-text rule below does not pull every default into a bundle.
const englishStatus: Record<Status, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  achieved: 'Achieved',
};
const withinLimit = 'Within limit';
const limitBreached = 'Limit breached';

const sharedLabels: SharedLabels = {
  status: englishStatus,
  done: 'Done',
  notDone: 'Not done',
  milestonesDone: (done, total) => `${done} of ${total} milestones`,
  loading: 'Loading…',
  empty: 'Nothing here yet',
  readOnly: 'Read only',
};

/**
 * What a progress bar needs without a provider: the shared words and its own. Kept apart
 * from {@link defaultLabels} so a page with only progress bars does not ship the card's
 * and the dialog's words.
 */
export const progressBarLabels: SharedLabels & ProgressBarLabels = /* @__PURE__ */ Object.assign(
  {
    expectedMarker: 'Expected by now',
    progressOf: (current: string, target: string) => `${current} of ${target}`,
    progressOfTarget: (current: string, target: string) => `${current} of target ${target}`,
    fromTo: (start: string, target: string) => `from ${start} to ${target}`,
    percentDone: (percent: string) => percent,
    guardrailHeld: withinLimit,
    guardrailBreached: limitBreached,
    guardrailLimit: (bound: 'above' | 'below', threshold: string) => `${bound} ${threshold}`,
    guardrailBetween: (min: string, max: string) => `between ${min} and ${max}`,
  },
  sharedLabels,
);

const conflict = 'Someone else changed this while you were editing.';

const recordNoun: Record<RecordKind, string> = {
  period: 'periods',
  objective: "this team's objectives",
  keyResult: "this objective's key results",
  checkIn: "check-ins on this objective's key results",
  weeklyReport: "this person's weekly reports",
  planningCycle: 'planning cycles',
  proposal: 'proposals in this cycle',
  proposalComment: 'comments on this proposal',
  vote: 'votes in this cycle',
  closeOut: "this objective's close-out",
};
const actionVerb: Record<OkrAction, string> = { read: 'see', create: 'add', update: 'edit', delete: 'delete' };
function notAllowedSentence(action: OkrAction, kind: RecordKind): string {
  if (kind === 'checkIn' && action === 'create') return "You can't check in on this objective's key results";
  return `You can't ${actionVerb[action]} ${recordNoun[kind]}`;
}

/** okrkit's English flat words (every section's defaults live in its widget's folder; the complete English set is `@okrkit/react/locales/en`). */
export const defaultLabels: OkrSharedWords = /* @__PURE__ */ Object.assign(
  {
    objectiveTitle: 'Objective title',
    editTitle: 'Edit title',
    editValue: (keyResultTitle: string) => `Current value of ${keyResultTitle}`,
    keyResults: 'Key results',
    owner: 'Owner',
    period: 'Period',
    rank: 'Rank',
    priority: (rank: string) => `Priority ${rank}`,
    kind: 'Type',
    committed: 'Committed',
    aspirational: 'Aspirational',
    outdated: 'Outdated',
    lastCheckIn: (age: string) => `Last check-in ${age}`,
    noCheckIn: 'No check-in yet',
    checkIn: 'Check in',
    checkInFor: (keyResultTitle: string) => `Check in: ${keyResultTitle}`,
    objectiveProgress: 'Objective progress',
    expectedProgress: (percent: string) => `expected ${percent} by now`,
    score: 'Score',
    whyThisScore: 'Why this score?',
    formula: 'Formula',
    weight: 'Weight',
    share: 'Share',
    partProgress: 'Progress',
    contribution: 'Contribution',
    contributionsTotal: 'Total',
    contributionsRounded: 'Contributions are rounded to whole percentages so that they add up to the total: one can be a point away from its own rounding.',
    healthWarnings: 'Health warnings',
    severity: { error: 'Error', warning: 'Warning', info: 'Tip' },
    unknownObjective: 'This objective does not exist (any more).',
    loadFailed: 'Could not load the OKRs.',

    edit: 'Edit',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    retry: 'Retry',
    saveFailed: 'Not saved.',
    storageErrors: {
      unavailable: 'Storage could not be reached. Your text is kept here: retry when you are back online.',
      validation: 'Storage refused the value. Fix it and press Enter.',
      forbidden: 'You are not allowed to make this change.',
      'read-only': 'This storage is read-only.',
      'not-found': 'This item no longer exists.',
      conflict,
      unknown: 'Something went wrong while saving.',
    },
    theirs: 'Theirs',
    yours: 'Yours',
    keepTheirs: 'Keep theirs',
    useMine: 'Use mine',
    checkInOvertook: (person: string | null, value: string) => `${person ?? 'Someone'} checked in ${value} meanwhile; your check-in was recorded after it.`,
    notAllowed: (action: OkrAction, kind: RecordKind) => notAllowedSentence(action, kind),
    enterNumber: 'Enter a number',

    checkInDescription: (current: string) => `Record where this key result stands now. Current value: ${current}.`,
    newValue: 'New value',
    milestones: 'Milestones',
    confidence: 'Confidence',
    confidenceHint: 'How likely is the target to be met, from 0 to 100 %?',
    confidenceRange: 'Confidence must be between 0 and 100 %',
    note: 'Note',
    optional: '(optional)',
    close: 'Close',
  },
  progressBarLabels,
);

/**
 * A status as it reads mid-sentence: `spokenStatus` when given, else the `status` word —
 * lower-cased only when it is okrkit's English default.
 * @example spokenStatus(defaultLabels, 'at-risk') // 'at risk'
 */
export function spokenStatus(labels: Pick<SharedLabels, 'status' | 'spokenStatus'>, status: Status): string {
  return labels.spokenStatus?.[status] ?? midSentence(labels.status[status], englishStatus[status]);
}

/**
 * A guardrail's reading as it reads mid-sentence ("…, within limit (below 4 h)"): the shown
 * word, lower-cased only when it is okrkit's English default.
 * @example spokenGuardrail(defaultLabels, true) // 'within limit'
 */
export function spokenGuardrail(labels: Pick<ProgressBarLabels, 'guardrailHeld' | 'guardrailBreached'>, held: boolean): string {
  return held ? midSentence(labels.guardrailHeld, withinLimit) : midSentence(labels.guardrailBreached, limitBreached);
}

function midSentence(word: string, englishDefault: string): string {
  return word === englishDefault ? word.toLowerCase() : word;
}
