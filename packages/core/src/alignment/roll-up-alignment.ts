import type { OkrSet } from '../model/model.types';
import { assessOkrSet } from '../status/status';
import type {
  AlignmentCounts,
  AlignmentGraph,
  AlignmentGroupId,
  AlignmentNodeRollup,
  AlignmentRollupOptions,
  AlignmentRollups,
} from './alignment.types';
import { alignmentGroupIds, isAlignmentGroupId } from './alignment.utils';

/**
 * Where every node of an alignment tree stands: its own progress (key results only), its
 * subtree progress (key results plus aligned children, core's `includeChildren` rollup),
 * the status, grade and "outdated" flag of the subtree, and counts over the drawn subtree
 * (objectives below, orphans below, off-track below). Groups get the counts too.
 *
 * The maths is `assessOkrSet`'s, run twice (without and with children), so the tree shows
 * the numbers every other view shows. Note that core rolls up `parentId` children only:
 * an objective placed in the tree through a `contributesTo` link supports its parent but
 * does not count in its progress, and drafts never count.
 * @example
 * const rollups = rollUpAlignment(graph, okrSet, { now: '2026-02-15T12:00:00Z', scoring: scoringPresets.google });
 * rollups.nodes.get('obj-company-growth') // { status: 'on-track', descendants: 3, offTrackBelow: 0, … }
 */
export function rollUpAlignment(graph: AlignmentGraph, okrSet: OkrSet, options: AlignmentRollupOptions): AlignmentRollups {
  const own = assessOkrSet(okrSet, { ...options, includeChildren: false });
  const subtree = assessOkrSet(okrSet, { ...options, includeChildren: true });

  const counts = new Map<string, AlignmentCounts>();
  const countsOf = (id: string): AlignmentCounts => {
    let found = counts.get(id);
    if (!found) counts.set(id, (found = { descendants: 0, orphansBelow: 0, offTrackBelow: 0 }));
    return found;
  };
  // Nodes come depth first, so walking them backwards meets every child before its parent.
  for (let at = graph.nodes.length - 1; at >= 0; at--) {
    const node = graph.nodes[at];
    if (!node) continue;
    const mine = countsOf(node.id);
    const parentId = graph.parentOf.get(node.id) ?? alignmentGroupIds.root;
    const above = countsOf(parentId);
    above.descendants += mine.descendants + 1;
    above.orphansBelow += mine.orphansBelow + (node.placement === 'orphan' ? 1 : 0);
    above.offTrackBelow += mine.offTrackBelow + (subtree.get(node.id)?.status === 'off-track' ? 1 : 0);
  }
  // The groups hang from the root: add theirs once every node below them is counted.
  for (const group of [alignmentGroupIds.orphans, alignmentGroupIds.loops]) {
    const mine = counts.get(group);
    if (!mine) continue;
    const root = countsOf(alignmentGroupIds.root);
    root.descendants += mine.descendants;
    root.orphansBelow += mine.orphansBelow;
    root.offTrackBelow += mine.offTrackBelow;
  }

  const nodes = new Map<string, AlignmentNodeRollup>();
  for (const node of graph.nodes) {
    const ownAssessment = own.get(node.id);
    const subtreeAssessment = subtree.get(node.id);
    if (!ownAssessment || !subtreeAssessment) continue;
    nodes.set(node.id, {
      objectiveId: node.id,
      ownProgress: ownAssessment.progress,
      subtreeProgress: subtreeAssessment.progress,
      status: subtreeAssessment.status,
      grade: subtreeAssessment.grade,
      outdated: subtreeAssessment.outdated,
      own: ownAssessment,
      subtree: subtreeAssessment,
      ...countsOf(node.id),
    });
  }
  const groups = new Map<AlignmentGroupId, AlignmentCounts>();
  for (const [id, value] of counts) if (isAlignmentGroupId(id)) groups.set(id, value);
  groups.set(alignmentGroupIds.root, countsOf(alignmentGroupIds.root));
  return { nodes, groups };
}
