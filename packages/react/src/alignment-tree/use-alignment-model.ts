'use client';
import {
  alignmentGroupIds,
  buildAlignmentGraph,
  filterAlignment,
  rollUpAlignment,
  type AlignmentFilter,
  type AlignmentFilterResult,
  type AlignmentGraph,
  type AlignmentRollups,
  type OkrSet,
  type OkrStoreSnapshot,
  type Status,
} from '@okrkit/core';
import { useMemo } from 'react';
import { useOkrSelector } from '../provider/hooks';
import { useOkrContext } from '../provider/okr-provider';
import type { AlignmentTreeLabels } from './alignment-tree.labels';

/** What the tree knows about the data, recomputed only when the set (or the clock, strategy, options) changes. */
export interface AlignmentModel {
  okrSet: OkrSet;
  graph: AlignmentGraph;
  rollups: AlignmentRollups;
  /** Undefined when no filter criterion is given. */
  filter: AlignmentFilterResult | undefined;
  /** The title an id is announced and type-ahead searched by (groups: their heading). */
  titleOf: (id: string) => string;
  /** Objectives below an id (a group: the objectives it holds). */
  countOf: (id: string) => number;
}

/** Options of {@link useAlignmentModel}. */
export interface UseAlignmentModelOptions extends AlignmentFilter {
  topLevelTeamIds?: readonly string[] | undefined;
  includeDrafts?: boolean | undefined;
  labels: Pick<AlignmentTreeLabels, 'orphans' | 'loops'>;
}

const selectOkrSet = (snapshot: OkrStoreSnapshot) => snapshot.okrSet;

/**
 * The alignment graph, rollups and filter result behind an `AlignmentTree`. Reads only the
 * snapshot's `okrSet` (a check-in elsewhere that leaves the set object alone re-renders
 * nothing); the graph and rollups follow the set, the filter follows its criteria by value
 * (hosts pass inline arrays), so expand/collapse and pan never recompute them.
 * @example const model = useAlignmentModel({ topLevelTeamIds: ['company'], text: 'growth', labels });
 */
export function useAlignmentModel(options: UseAlignmentModelOptions): AlignmentModel {
  const { now, scoring, outdatedAfterDays } = useOkrContext();
  const okrSet = useOkrSelector(selectOkrSet);
  const { topLevelTeamIds, includeDrafts, teamIds, ownerIds, statuses, periodIds, text, labels } = options;
  const topLevelKey = topLevelTeamIds?.join('\u0000');

  const graph = useMemo(
    () => buildAlignmentGraph(okrSet, { topLevelTeamIds: topLevelKey === undefined ? undefined : topLevelKey.split('\u0000'), includeDrafts }),
    [okrSet, topLevelKey, includeDrafts],
  );
  const rollups = useMemo(() => rollUpAlignment(graph, okrSet, { now, scoring, outdatedAfterDays }), [graph, okrSet, now, scoring, outdatedAfterDays]);

  // By value: hosts pass inline arrays, and a new `include` set would empty the layout cache.
  const filterKey = JSON.stringify([teamIds ?? null, ownerIds ?? null, statuses ?? null, periodIds ?? null, text?.trim() || null]);
  const filter = useMemo(() => {
    const [teams, owners, wanted, periods, words] = JSON.parse(filterKey) as [string[] | null, string[] | null, Status[] | null, string[] | null, string | null];
    const criteria: AlignmentFilter = {};
    if (teams) criteria.teamIds = teams;
    if (owners) criteria.ownerIds = owners;
    if (wanted) criteria.statuses = wanted;
    if (periods) criteria.periodIds = periods;
    if (words) criteria.text = words;
    return Object.keys(criteria).length ? filterAlignment(graph, okrSet, criteria, rollups.nodes) : undefined;
  }, [filterKey, graph, okrSet, rollups]);

  const { orphans, loops } = labels;
  return useMemo(() => {
    const titleOf = (id: string) =>
      id === alignmentGroupIds.orphans ? orphans : id === alignmentGroupIds.loops ? loops : (graph.nodeById.get(id)?.objective.title ?? id);
    const countOf = (id: string) => rollups.nodes.get(id)?.descendants ?? rollups.groups.get(id as never)?.descendants ?? 0;
    return { okrSet, graph, rollups, filter, titleOf, countOf };
  }, [okrSet, graph, rollups, filter, orphans, loops]);
}
