import type { CheckIn, KeyResult, Objective, OkrSet, Period } from '../model/model.types';

/**
 * Lookup tables over an {@link OkrSet}, built once per set and reused by every function
 * that takes the set. okrkit treats an `OkrSet` as immutable (the store replaces arrays
 * rather than editing them), so the index is cached by identity of the set and its arrays.
 */
export interface OkrIndex {
  objectivesById: Map<string, Objective>;
  periodsById: Map<string, Period>;
  keyResultsById: Map<string, KeyResult>;
  keyResultsByObjective: Map<string, KeyResult[]>;
  /** Objectives whose primary `parentId` is the key. */
  childrenByObjective: Map<string, Objective[]>;
  /** Check-ins per KR, oldest first. */
  checkInsByKeyResult: Map<string, CheckIn[]>;
}

interface CachedIndex {
  index: OkrIndex;
  periods: Period[];
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
  lengths: string;
}

const cache = new WeakMap<OkrSet, CachedIndex>();

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function lengthsOf(okrSet: OkrSet): string {
  return `${okrSet.periods.length}/${okrSet.objectives.length}/${okrSet.keyResults.length}/${okrSet.checkIns.length}`;
}

/** Builds the lookup tables for a set, without caching. */
export function buildOkrIndex(okrSet: OkrSet): OkrIndex {
  const objectivesById = new Map<string, Objective>();
  const periodsById = new Map<string, Period>();
  const keyResultsById = new Map<string, KeyResult>();
  const keyResultsByObjective = new Map<string, KeyResult[]>();
  const childrenByObjective = new Map<string, Objective[]>();
  const checkInsByKeyResult = new Map<string, CheckIn[]>();
  for (const period of okrSet.periods) periodsById.set(period.id, period);
  for (const objective of okrSet.objectives) {
    objectivesById.set(objective.id, objective);
    if (objective.parentId !== undefined) push(childrenByObjective, objective.parentId, objective);
  }
  for (const keyResult of okrSet.keyResults) {
    keyResultsById.set(keyResult.id, keyResult);
    push(keyResultsByObjective, keyResult.objectiveId, keyResult);
  }
  let sorted = true;
  let previous = '';
  for (const checkIn of okrSet.checkIns) {
    push(checkInsByKeyResult, checkIn.keyResultId, checkIn);
    if (checkIn.at < previous) sorted = false;
    previous = checkIn.at;
  }
  if (!sorted) {
    for (const list of checkInsByKeyResult.values()) list.sort(compareCheckIns);
  }
  return { objectivesById, periodsById, keyResultsById, keyResultsByObjective, childrenByObjective, checkInsByKeyResult };
}

/** Orders check-ins oldest first by their instant (ISO strings with offsets compare by time). */
export function compareCheckIns(a: CheckIn, b: CheckIn): number {
  if (a.at === b.at) return 0;
  return Date.parse(a.at) - Date.parse(b.at) || (a.at < b.at ? -1 : 1);
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
