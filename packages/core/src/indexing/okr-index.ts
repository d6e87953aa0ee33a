import type { CheckIn, KeyResult, Objective, OkrSet, Period } from '../model/model.types';
import { isLaterInstant } from '../time/instant';
import { DAY_MS, startOfDateMs } from '../time/time';

/** A period's bounds in epoch milliseconds: `[startMs, endMs)` (end exclusive). */
export interface PeriodBounds {
  startMs: number;
  endMs: number;
}

/**
 * Lookup tables over an {@link OkrSet}, built once per set and reused by every function
 * that takes the set. okrkit treats an `OkrSet` as immutable (the store replaces arrays
 * rather than editing them), so the index is cached by identity of the set and its arrays.
 * Tables that the whole-set pass does not need are built on first use.
 */
export interface OkrIndex {
  readonly objectivesById: Map<string, Objective>;
  readonly periodsById: Map<string, Period>;
  readonly periodBounds: Map<string, PeriodBounds>;
  readonly keyResultsById: Map<string, KeyResult>;
  readonly keyResultsByObjective: Map<string, KeyResult[]>;
  /** Objectives whose primary `parentId` is the key. */
  readonly childrenByObjective: Map<string, Objective[]>;
  /** The latest check-in of each KR. */
  readonly lastCheckInByKeyResult: Map<string, CheckIn>;
  /** Epoch milliseconds of each KR's latest check-in. */
  lastCheckInMs(keyResultId: string): number | undefined;
  /** Check-ins per KR, oldest first. */
  readonly checkInsByKeyResult: Map<string, CheckIn[]>;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Orders check-ins oldest first by their instant (ISO strings with offsets compare by time). */
export function compareCheckIns(a: CheckIn, b: CheckIn): number {
  if (a.at === b.at) return 0;
  return isLaterInstant(a.at, b.at) ? 1 : isLaterInstant(b.at, a.at) ? -1 : a.at < b.at ? -1 : 1;
}

const byPosition = (a: KeyResult, b: KeyResult): number => (a.position ?? Number.POSITIVE_INFINITY) - (b.position ?? Number.POSITIVE_INFINITY) || 0;

class LazyOkrIndex implements OkrIndex {
  readonly periodsById = new Map<string, Period>();
  readonly periodBounds = new Map<string, PeriodBounds>();
  readonly keyResultsByObjective = new Map<string, KeyResult[]>();
  readonly childrenByObjective = new Map<string, Objective[]>();
  readonly lastCheckInByKeyResult = new Map<string, CheckIn>();
  #objectivesById?: Map<string, Objective>;
  #keyResultsById?: Map<string, KeyResult>;
  #checkInsByKeyResult?: Map<string, CheckIn[]>;
  #lastCheckInMs = new Map<string, number>();

  constructor(private readonly okrSet: OkrSet) {
    for (const period of okrSet.periods) {
      this.periodsById.set(period.id, period);
      this.periodBounds.set(period.id, { startMs: startOfDateMs(period.start), endMs: startOfDateMs(period.end) + DAY_MS });
    }
    for (const objective of okrSet.objectives) {
      if (objective.parentId !== undefined) push(this.childrenByObjective, objective.parentId, objective);
    }
    let positioned = false;
    for (const keyResult of okrSet.keyResults) {
      push(this.keyResultsByObjective, keyResult.objectiveId, keyResult);
      if (keyResult.position !== undefined) positioned = true;
    }
    // An objective's KRs read in their position order, unpositioned ones after, in insertion order (sort is stable).
    if (positioned) for (const list of this.keyResultsByObjective.values()) list.sort(byPosition);
    const last = this.lastCheckInByKeyResult;
    for (const checkIn of okrSet.checkIns) {
      const previous = last.get(checkIn.keyResultId);
      // `!isLater(previous, this)` keeps the later entry of two at the same instant, as a log would.
      if (previous === undefined || !isLaterInstant(previous.at, checkIn.at)) last.set(checkIn.keyResultId, checkIn);
    }
  }

  get objectivesById(): Map<string, Objective> {
    if (!this.#objectivesById) {
      this.#objectivesById = new Map();
      for (const objective of this.okrSet.objectives) this.#objectivesById.set(objective.id, objective);
    }
    return this.#objectivesById;
  }

  get keyResultsById(): Map<string, KeyResult> {
    if (!this.#keyResultsById) {
      this.#keyResultsById = new Map();
      for (const keyResult of this.okrSet.keyResults) this.#keyResultsById.set(keyResult.id, keyResult);
    }
    return this.#keyResultsById;
  }

  get checkInsByKeyResult(): Map<string, CheckIn[]> {
    if (!this.#checkInsByKeyResult) {
      const map = new Map<string, CheckIn[]>();
      let sorted = true;
      let previous: CheckIn | undefined;
      for (const checkIn of this.okrSet.checkIns) {
        push(map, checkIn.keyResultId, checkIn);
        if (previous && isLaterInstant(previous.at, checkIn.at)) sorted = false;
        previous = checkIn;
      }
      if (!sorted) for (const list of map.values()) list.sort(compareCheckIns);
      this.#checkInsByKeyResult = map;
    }
    return this.#checkInsByKeyResult;
  }

  lastCheckInMs(keyResultId: string): number | undefined {
    let ms = this.#lastCheckInMs.get(keyResultId);
    if (ms === undefined) {
      const checkIn = this.lastCheckInByKeyResult.get(keyResultId);
      if (!checkIn) return undefined;
      ms = Date.parse(checkIn.at);
      this.#lastCheckInMs.set(keyResultId, ms);
    }
    return ms;
  }
}

/** Builds the lookup tables for a set, without caching. */
export function buildOkrIndex(okrSet: OkrSet): OkrIndex {
  return new LazyOkrIndex(okrSet);
}

interface CachedIndex {
  index: OkrIndex;
  periods: Period[];
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
  lengths: number;
}

const cache = new WeakMap<OkrSet, CachedIndex>();

function lengthsOf(okrSet: OkrSet): number {
  // A cheap fingerprint: catches an array that was pushed to in place.
  return okrSet.periods.length + okrSet.objectives.length * 7 + okrSet.keyResults.length * 31 + okrSet.checkIns.length * 127;
}

/**
 * The cached index of a set; rebuilt when one of its arrays is replaced or changes length.
 * @example okrIndex(okrSet).keyResultsByObjective.get('o1')
 */
export function okrIndex(okrSet: OkrSet): OkrIndex {
  const cached = cache.get(okrSet);
  if (
    cached &&
    cached.periods === okrSet.periods &&
    cached.objectives === okrSet.objectives &&
    cached.keyResults === okrSet.keyResults &&
    cached.checkIns === okrSet.checkIns &&
    cached.lengths === lengthsOf(okrSet)
  ) {
    return cached.index;
  }
  const index = buildOkrIndex(okrSet);
  cache.set(okrSet, {
    index,
    periods: okrSet.periods,
    objectives: okrSet.objectives,
    keyResults: okrSet.keyResults,
    checkIns: okrSet.checkIns,
    lengths: lengthsOf(okrSet),
  });
  return index;
}
