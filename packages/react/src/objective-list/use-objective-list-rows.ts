'use client';
import { assessOkrSet, keyResultConfidence, okrIndex, type OkrSet } from '@okrkit/core';
import { useMemo } from 'react';
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
  return useMemo(() => {
    const index = okrIndex(okrSet);
    const assessments = assessOkrSet(okrSet, { now, scoring, includeChildren, outdatedAfterDays });
    const rows: ObjectiveListRow[] = [];
    for (const objective of okrSet.objectives) {
      if ((teamId !== undefined && objective.teamId !== teamId) || (ownerId !== undefined && objective.ownerId !== ownerId) || (periodId !== undefined && objective.periodId !== periodId)) continue;
      const assessment = assessments.get(objective.id);
      const period = index.periodsById.get(objective.periodId);
      let confidenceSum = 0;
      let confidenceCount = 0;
      for (const keyResult of index.keyResultsByObjective.get(objective.id) ?? []) {
        const latest = keyResultConfidence(keyResult.id, okrSet).latest;
        if (latest !== null) {
          confidenceSum += latest;
          confidenceCount += 1;
        }
      }
      const progress = assessment?.progress.value ?? 0;
      rows.push({
        objective,
        rank: typeof objective.priority === 'number' && Number.isFinite(objective.priority) ? objective.priority : null,
        ownerName: objective.ownerId === undefined ? null : personName(objective.ownerId),
        teamName: objective.teamId === undefined ? null : teamName(objective.teamId),
        periodName: period?.name ?? objective.periodId,
        periodStart: period?.start ?? '',
        state: objective.state ?? 'active',
        status: assessment?.status ?? 'not-started',
        progress: Number.isFinite(progress) ? Math.min(Math.max(progress, 0), 1) : 0,
        confidence: confidenceCount === 0 ? null : confidenceSum / confidenceCount,
        lastCheckInAt: assessment?.lastCheckInAt ?? null,
      });
    }
    return rows.sort(compareByRank(new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })));
  }, [okrSet, now, scoring, includeChildren, outdatedAfterDays, locale, personName, teamName, teamId, ownerId, periodId]);
}
