'use client';
import type { Objective } from '@okrkit/core';
import { useCallback, useMemo } from 'react';
import { useOkrContext } from '../provider/okr-provider';
import type { ObjectiveListLabels } from './objective-list.labels';
import type { ObjectiveListFilters, ObjectiveListRow } from './objective-list.types';

/** What the provider's `can` allows in a list, each as the reason it is refused (undefined: allowed). */
export interface ListPermissions {
  /** Re-ranking updates every listed objective, so each must be allowed. */
  rerank: string | undefined;
  create: string | undefined;
  deleteRefusal: (objectiveId: string) => string | undefined;
}

/**
 * Asks the provider's `can` policy (the handler's `authorize` shape) about the list's actions.
 * Without a policy everything is allowed.
 * @example const { rerank, deleteRefusal } = useListPermissions({ rows, scope: { teamId }, labels });
 */
export function useListPermissions({ rows, scope, labels }: { rows: readonly ObjectiveListRow[]; scope: Pick<ObjectiveListFilters, 'teamId' | 'ownerId' | 'periodId'>; labels: ObjectiveListLabels }): ListPermissions {
  const { can, userId } = useOkrContext();
  const { teamId, ownerId, periodId } = scope;
  const refusedDeletes = useMemo(() => {
    const refused = new Set<string>();
    if (can) for (const row of rows) if (!can('delete', { kind: 'objective', record: row.objective, objective: row.objective })) refused.add(row.objective.id);
    return refused;
  }, [can, rows]);
  const rerank = useMemo(() => (can && rows.some((row) => !can('update', { kind: 'objective', record: row.objective, objective: row.objective })) ? labels.notAllowedToRerank : undefined), [can, rows, labels]);
  const create = useMemo(() => {
    if (!can) return undefined;
    // The objective as it would be created here: in the list's scope, owned by the signed-in person unless the scope names someone.
    const draft: Objective = { id: '', title: '', periodId: periodId ?? '', state: 'draft' };
    if (teamId !== undefined) draft.teamId = teamId;
    const owner = ownerId ?? userId;
    if (owner !== undefined) draft.ownerId = owner;
    return can('create', { kind: 'objective', record: draft, objective: draft }) ? undefined : labels.notAllowedToCreate;
  }, [can, teamId, ownerId, periodId, userId, labels]);
  const deleteRefusal = useCallback((objectiveId: string) => (refusedDeletes.has(objectiveId) ? labels.notAllowedToDelete : undefined), [refusedDeletes, labels]);
  return { rerank, create, deleteRefusal };
}
