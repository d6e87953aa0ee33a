'use client';
import {
  assessObjective,
  keyResultConfidence,
  keyResultProgress,
  keyResultStatus,
  okrIndex,
  expectedProgress,
  type KeyResult,
  type KeyResultConfidence,
  type Objective,
  type ObjectiveAssessment,
  type OkrStoreSnapshot,
  type Progress,
  type Status,
} from '@okrkit/core';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useOkrContext } from './okr-provider';

/**
 * Reads a slice of the store and re-renders only when that slice changes (by `isEqual`,
 * `Object.is` by default). The building block of every okrkit hook: a check-in on one KR
 * re-renders only the components whose selected slice it changed.
 * @example const count = useOkrSelector((snapshot) => snapshot.okrSet.objectives.length);
 */
export function useOkrSelector<T>(selector: (snapshot: OkrStoreSnapshot) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const { store } = useOkrContext();
  // Memoised on the snapshot AND the selector: a new selector (another scoring strategy, another
  // `now`) must be re-run even when the store has not changed.
  const memo = useRef<{ snapshot: OkrStoreSnapshot; selector: (snapshot: OkrStoreSnapshot) => T; value: T } | null>(null);
  const select = useCallback(
    (snapshot: OkrStoreSnapshot): T => {
      const previous = memo.current;
      if (previous && previous.snapshot === snapshot && previous.selector === selector) return previous.value;
      const next = selector(snapshot);
      const value = previous && isEqual(previous.value, next) ? previous.value : next;
      memo.current = { snapshot, selector, value };
      return value;
    },
    [selector, isEqual],
  );
  const getSnapshot = useCallback(() => select(store.getSnapshot()), [store, select]);
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}

/** The store's loading status and whether it can write. */
export function useStoreStatus(): Pick<OkrStoreSnapshot, 'status' | 'error' | 'readOnly' | 'pendingWrites'> {
  return useOkrSelector(
    useCallback((snapshot: OkrStoreSnapshot) => ({ status: snapshot.status, error: snapshot.error, readOnly: snapshot.readOnly, pendingWrites: snapshot.pendingWrites }), []),
    shallowEqual,
  );
}

/** An objective by id (undefined while loading or if it does not exist). Re-renders only when that record changes. */
export function useObjective(objectiveId: string): Objective | undefined {
  return useOkrSelector(useCallback((snapshot: OkrStoreSnapshot) => okrIndex(snapshot.okrSet).objectivesById.get(objectiveId), [objectiveId]));
}

/** A key result by id. Re-renders only when that record changes. */
export function useKeyResult(keyResultId: string): KeyResult | undefined {
  return useOkrSelector(useCallback((snapshot: OkrStoreSnapshot) => okrIndex(snapshot.okrSet).keyResultsById.get(keyResultId), [keyResultId]));
}

/** The KRs of an objective, in storage order. Re-renders when one of them is added, removed or changed. */
export function useKeyResultsOf(objectiveId: string): readonly KeyResult[] {
  return useOkrSelector(
    useCallback((snapshot: OkrStoreSnapshot) => okrIndex(snapshot.okrSet).keyResultsByObjective.get(objectiveId) ?? EMPTY, [objectiveId]),
    shallowArrayEqual,
  );
}

/** What a KR progress bar shows: progress, status and confidence. */
export interface KeyResultView {
  keyResult: KeyResult;
  progress: Progress;
  status: Status;
  confidence: KeyResultConfidence;
  /** Elapsed share of the objective's period. */
  expected: number;
}

/**
 * Progress, status and confidence of one KR under the provider's clock and strategy.
 * Re-renders only when one of those changes.
 */
export function useKeyResultView(keyResultId: string): KeyResultView | undefined {
  const { now, scoring } = useOkrContext();
  return useOkrSelector(
    useCallback(
      (snapshot: OkrStoreSnapshot): KeyResultView | undefined => {
        const index = okrIndex(snapshot.okrSet);
        const keyResult = index.keyResultsById.get(keyResultId);
        const objective = keyResult && index.objectivesById.get(keyResult.objectiveId);
        const period = objective && index.periodsById.get(objective.periodId);
        if (!keyResult || !objective || !period) return undefined;
        const expected = expectedProgress(period, now);
        return {
          keyResult,
          progress: keyResultProgress(keyResult),
          status: keyResultStatus(keyResultId, snapshot.okrSet, { now, scoring }),
          confidence: keyResultConfidence(keyResultId, snapshot.okrSet),
          expected,
        };
      },
      [keyResultId, now, scoring],
    ),
    (a, b) =>
      a === b ||
      (a !== undefined &&
        b !== undefined &&
        a.keyResult === b.keyResult &&
        a.status === b.status &&
        a.expected === b.expected &&
        a.confidence.latest === b.confidence.latest &&
        a.confidence.at === b.confidence.at),
  );
}

/** Where an objective stands (status, progress, grade, outdated) under the provider's settings. */
export function useObjectiveAssessment(objectiveId: string): ObjectiveAssessment | undefined {
  const { now, scoring, includeChildren, outdatedAfterDays } = useOkrContext();
  return useOkrSelector(
    useCallback(
      (snapshot: OkrStoreSnapshot) => {
        if (!okrIndex(snapshot.okrSet).objectivesById.has(objectiveId)) return undefined;
        return assessObjective(objectiveId, snapshot.okrSet, { now, scoring, includeChildren, outdatedAfterDays });
      },
      [objectiveId, now, scoring, includeChildren, outdatedAfterDays],
    ),
    (a, b) =>
      a === b ||
      (a !== undefined &&
        b !== undefined &&
        a.status === b.status &&
        a.progress.value === b.progress.value &&
        a.progress.raw === b.progress.raw &&
        a.expected === b.expected &&
        a.outdated === b.outdated &&
        a.lastCheckInAt === b.lastCheckInAt &&
        a.grade.score === b.grade.score),
  );
}

const EMPTY: readonly KeyResult[] = [];

function shallowArrayEqual<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, index) => item === b[index]));
}

function shallowEqual<T extends object>(a: T, b: T): boolean {
  return a === b || Object.keys(a).every((key) => Object.is(a[key as keyof T], b[key as keyof T]));
}
