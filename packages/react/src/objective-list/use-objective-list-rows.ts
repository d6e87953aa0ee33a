'use client';
import { assessOkrSet, keyResultConfidence, okrIndex, sameRecordValue, type Objective, type ObjectiveAssessment, type OkrSet } from '@okrkit/core';
import { useMemo, useRef } from 'react';
import { useDirectoryNames } from '../provider/directory-hooks';
import { useOkrSelector } from '../provider/hooks';
import { useOkrContext } from '../provider/okr-provider';
import type { ObjectiveListFilters, ObjectiveListRow } from './objective-list.types';
import { compareByRank } from './objective-list.utils';

const okrSetOf = (snapshot: { okrSet: OkrSet }) => snapshot.okrSet;

/**
 * The objectives of a scope (a team, an owner, a period: the list's props) as rows in
 * priority order, with status, progress, confidence and last check-in from the core under the
 * provider's settings, and names from its directory. Recomputed when the store's set changes.
 * @example const rows = useObjectiveListRows({ teamId: 'team-growth' });
 */
export function useObjectiveListRows(scope: Pick<ObjectiveListFilters, 'teamId' | 'ownerId' | 'periodId'>): ObjectiveListRow[] {
  const { now, scoring, includeChildren, outdatedAfterDays, locale } = useOkrContext();
  const { personName, teamName } = useDirectoryNames();
  const okrSet = useOkrSelector(okrSetOf);
  const { teamId, ownerId, periodId } = scope;
  const cache = useRef<DerivedCache | null>(null);
  const byRank = useMemo(() => compareByRank(new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })), [locale]);
  return useMemo(() => {
    // The index walks every KR and check-in: made only when something is derived afresh.
    let built: ReturnType<typeof okrIndex> | undefined;
    const index = () => (built ??= okrIndex(okrSet));
    const settings = [now, scoring, includeChildren, outdatedAfterDays, locale, personName, teamName, teamId, ownerId, periodId] as const;
    // A re-rank (Alt+↓, drag) rewrites only priorities: status, progress and confidence do not
    // change, so the last derivation is reused instead of assessing the whole set again
    // (~100 ms at 2,000 objectives, bench/objective-list), and so is every row whose record is
    // the same by value — also when storage sent back a copy. Anything else derives afresh.
    const previous = cache.current;
    const sameDerivation = previous !== null && previous.settings.slice(0, 4).every((value, at) => value === settings[at]) && onlyPrioritiesChanged(previous.okrSet, okrSet);
    const incremental = sameDerivation && previous.settings.every((value, at) => value === settings[at]);
    const derived = sameDerivation ? previous.derived : derive(okrSet, index(), { now, scoring, includeChildren, outdatedAfterDays });
    const rowsById = new Map<string, ObjectiveListRow>();
    // The record each row was last found equal to: a row kept for a copy of its record (same
    // by value) is not compared field by field again on every later change.
    const matched = new Map<string, Objective>();
    const rows: ObjectiveListRow[] = [];
    for (const objective of okrSet.objectives) {
      if ((teamId !== undefined && objective.teamId !== teamId) || (ownerId !== undefined && objective.ownerId !== ownerId) || (periodId !== undefined && objective.periodId !== periodId)) continue;
      const before = incremental ? previous.rowsById.get(objective.id) : undefined;
      let row: ObjectiveListRow;
      if (before && (before.objective === objective || previous?.matched.get(objective.id) === objective || sameRecord(before.objective, objective))) row = before;
      else if (before) row = { ...before, objective, rank: rankOf(objective) };
      else {
        const assessment = derived.assessments.get(objective.id);
        const period = index().periodsById.get(objective.periodId);
        const progress = assessment?.progress.value ?? 0;
        row = {
          objective,
          rank: rankOf(objective),
          ownerName: objective.ownerId === undefined ? null : personName(objective.ownerId),
          teamName: objective.teamId === undefined ? null : teamName(objective.teamId),
          periodName: period?.name ?? objective.periodId,
          periodStart: period?.start ?? '',
          state: objective.state ?? 'active',
          status: assessment?.status ?? 'not-started',
          progress: Number.isFinite(progress) ? Math.min(Math.max(progress, 0), 1) : 0,
          confidence: derived.confidence.get(objective.id) ?? null,
          lastCheckInAt: assessment?.lastCheckInAt ?? null,
        };
      }
      rowsById.set(objective.id, row);
      if (row.objective !== objective) matched.set(objective.id, objective);
      rows.push(row);
    }
    rows.sort(byRank);
    // Nothing changed for the list (storage confirmed a move it already showed): the same array, so nothing below re-renders.
    const result = previous !== null && incremental && sameItems(previous.rows, rows) ? previous.rows : rows;
    cache.current = { okrSet, settings, derived, rowsById, matched, rows: result };
    return result;
  }, [okrSet, now, scoring, includeChildren, outdatedAfterDays, locale, personName, teamName, teamId, ownerId, periodId, byRank]);
}

function rankOf(objective: Objective): number | null {
  return typeof objective.priority === 'number' && Number.isFinite(objective.priority) ? objective.priority : null;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let at = 0; at < a.length; at++) if (a[at] !== b[at]) return false;
  return true;
}

type Settings = readonly unknown[];
interface Derived {
  assessments: Map<string, ObjectiveAssessment>;
  /** The mean latest confidence of each objective's KRs, when any was recorded. */
  confidence: Map<string, number>;
}
interface DerivedCache {
  okrSet: OkrSet;
  settings: Settings;
  derived: Derived;
  rowsById: Map<string, ObjectiveListRow>;
  matched: Map<string, Objective>;
  rows: ObjectiveListRow[];
}

function derive(okrSet: OkrSet, index: ReturnType<typeof okrIndex>, options: Parameters<typeof assessOkrSet>[1]): Derived {
  const assessments = assessOkrSet(okrSet, options);
  const confidence = new Map<string, number>();
  for (const objective of okrSet.objectives) {
    let sum = 0;
    let count = 0;
    for (const keyResult of index.keyResultsByObjective.get(objective.id) ?? []) {
      const latest = keyResultConfidence(keyResult.id, okrSet).latest;
      if (latest !== null) {
        sum += latest;
        count += 1;
      }
    }
    if (count > 0) confidence.set(objective.id, sum / count);
  }
  return { assessments, confidence };
}

/** True when `next` differs from `previous` in objectives' `priority` only (the store keeps untouched arrays). */
function onlyPrioritiesChanged(previous: OkrSet, next: OkrSet): boolean {
  if (previous === next) return true;
  if (previous.periods !== next.periods || previous.keyResults !== next.keyResults || previous.checkIns !== next.checkIns) return false;
  const a = previous.objectives;
  const b = next.objectives;
  if (a.length !== b.length) return false;
  for (let at = 0; at < a.length; at++) if (a[at] !== b[at] && !sameButPriority(a[at]!, b[at]!)) return false;
  return true;
}

function sameButPriority(a: Objective, b: Objective): boolean {
  const keys = Object.keys(a) as (keyof Objective)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === 'priority' || sameRecordValue(a[key], b[key]));
}

/** The same record by value (storage hands back copies of what was written). */
function sameRecord(a: Objective, b: Objective): boolean {
  return a.priority === b.priority && sameButPriority(a, b);
}
