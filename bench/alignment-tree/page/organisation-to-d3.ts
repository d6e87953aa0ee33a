import type { ObjectiveAssessment, OkrSet } from '@okrkit/core';
import { formatProgressPercent } from '@okrkit/react';
import type { RawNodeDatum } from 'react-d3-tree';

/**
 * An `OkrSet` as react-d3-tree's data, the way a host would write it: one node per objective
 * (drafts left out, as okrkit leaves them out by default) under its primary parent
 * (`parentId`); objectives whose parent is not drawn (top level and orphans) under one
 * virtual root. Attributes carry the id, owner and the rolled-up progress as text.
 * @example toD3Tree(okrSet, assessOkrSet(okrSet, { now, includeChildren: true }), 'en-GB')
 */
export function toD3Tree(okrSet: OkrSet, assessments: Map<string, ObjectiveAssessment>, locale: string): { root: RawNodeDatum; count: number } {
  const shown = okrSet.objectives.filter((objective) => objective.state !== 'draft');
  const nodes = new Map<string, RawNodeDatum>();
  for (const objective of shown) {
    const progress = assessments.get(objective.id)?.progress.raw ?? 0;
    nodes.set(objective.id, {
      name: objective.title,
      attributes: { id: objective.id, owner: objective.ownerId ?? '', progress: formatProgressPercent(progress, locale) },
    });
  }
  const root: RawNodeDatum = { name: 'Organisation', children: [] };
  for (const objective of shown) {
    const node = nodes.get(objective.id) as RawNodeDatum;
    const parent = (objective.parentId !== undefined && nodes.get(objective.parentId)) || root;
    (parent.children ??= []).push(node);
  }
  return { root, count: nodes.size };
}
