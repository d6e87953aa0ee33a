/**
 * The bounds every okrkit validator enforces, in one place, so that widgets can set
 * `maxLength` from them and hosts can size database columns.
 *
 * **Lengths** count UTF-16 code units (`string.length`, what `maxLength` counts), so an
 * emoji of one surrogate pair counts 2. At most 4 bytes of UTF-8 per code unit pair, an id
 * of 128 units takes at most 384 bytes: far below PostgreSQL's btree limit (~2,700 bytes).
 *
 * **Characters.** Every text refuses NUL and the other C0 controls (U+0000–U+001F), DEL
 * (U+007F) and the C1 controls (U+0080–U+009F), and lone surrogates (half of a UTF-16 pair,
 * which no encoding can store). Long text (descriptions, notes, retrospectives) keeps tab
 * (U+0009), line feed (U+000A) and carriage return (U+000D, for `\r\n` line ends). Ids (and every field that names a record or a person)
 * also refuse the bidirectional controls (U+202A–U+202E, U+2066–U+2069) and the line and
 * paragraph separators (U+2028, U+2029), and must not be blank; any other Unicode character
 * is allowed.
 *
 * **Numbers.** Metric values (`start`, `target`, `current`, `threshold`, `min`, `max`, a
 * check-in's `value`) lie within ±`metricValue` = 10^15: below 2^53, so whole amounts stay
 * exact, and the difference of two of them (a metric's span) stays finite and keeps 15
 * significant digits. Weights lie in 0..`weight` (10^6), so a sum of weights over any
 * realistic list stays exact; priorities are whole numbers 1..`priority`.
 * @example <input maxLength={OKR_LIMITS.text.title} />
 * @example OKR_LIMITS.id // 128
 */
export const OKR_LIMITS = Object.freeze({
  /** Ids and every field naming a record or a person (`periodId`, `parentId`, `ownerId`, `teamId`, `authorId` …). */
  id: 128,
  /** Maximum length of each text field, in UTF-16 code units. */
  text: Object.freeze({
    /** Objective and key-result titles, milestone and task titles. */
    title: 200,
    /** A period's name. */
    periodName: 100,
    /** An objective's description. */
    description: 10_000,
    /** A closed objective's retrospective. */
    retrospective: 10_000,
    /** A check-in's note. */
    note: 5_000,
    /** A custom unit's `label` and `labelOne`. */
    unitLabel: 40,
    /** A weekly report's focus `expectedResult`, a problem's or next week's `text`. */
    reportItem: 1_000,
    /** A weekly report's `notes`. */
    reportNotes: 10_000,
    /** The strategy a proposal answers. */
    strategy: 1_000,
    /** A discussion comment on a proposal. */
    comment: 10_000,
    /** A reason: an override of the tally, a rejection, a grade adjustment, a phase reopened. */
    reason: 2_000,
    /** Each of a retrospective's parts (met, missed and why, lessons). */
    retrospectivePart: 10_000,
  }),
  /** Maximum number of entries of each list. */
  list: Object.freeze({
    /** A milestones metric's `milestones`. */
    milestones: 100,
    /** `contributesTo` of an objective or a key result. */
    contributesTo: 50,
    /** A weekly report's `focus`. */
    reportFocus: 20,
    /** A weekly report's `tasks` (its grid is virtualised: thousands stay fast). */
    reportTasks: 5_000,
    /** A weekly report's `problems` and `nextWeek`. */
    reportItems: 100,
    /** A planning cycle's participants. */
    participants: 1_000,
    /** The proposals one ballot ranks or gives points, and those a decision orders or rejects. */
    ballot: 1_000,
    /** A close-out's graded key results. */
    closeOutKeyResults: 100,
    /** A planning cycle's reopenings. */
    reopenings: 100,
  }),
  /** Largest points budget of a points vote (the smallest is 1). */
  pointsBudget: 1e6,
  /** Largest magnitude of a metric value or a check-in's value. */
  metricValue: 1e15,
  /** Largest weight of an objective, a key result or a milestone (the smallest is 0). */
  weight: 1e6,
  /** Largest priority (the smallest is 1). */
  priority: 1e6,
});

/**
 * The shape of {@link OKR_LIMITS}.
 * @example const titleMax: OkrLimits['text']['title'] = OKR_LIMITS.text.title;
 */
export type OkrLimits = typeof OKR_LIMITS;
