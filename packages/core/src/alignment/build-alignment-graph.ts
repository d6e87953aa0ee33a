import { okrIndex } from '../indexing/okr-index';
import type { Objective, OkrSet } from '../model/model.types';
import { findParentLoops } from '../validation/references';
import type {
  AlignmentEdge,
  AlignmentEdgeSource,
  AlignmentGraph,
  AlignmentGraphOptions,
  AlignmentNode,
  AlignmentPlacement,
} from './alignment.types';
import { alignmentGroupIds, sortForAlignment, topLevelRule } from './alignment.utils';

interface Target {
  id: string;
  via: AlignmentEdgeSource;
  keyResultId?: string;
}

/** What an objective serves, in the order that decides its primary link. */
function targetsOf(objective: Objective, okrSet: OkrSet): Target[] {
  const targets: Target[] = [];
  if (objective.parentId !== undefined) targets.push({ id: objective.parentId, via: 'parent' });
  for (const id of objective.contributesTo ?? []) targets.push({ id, via: 'objective-contributes-to' });
  for (const keyResult of okrIndex(okrSet).keyResultsByObjective.get(objective.id) ?? []) {
    for (const id of keyResult.contributesTo ?? []) {
      targets.push({ id, via: 'key-result-contributes-to', keyResultId: keyResult.id });
    }
  }
  return targets;
}

/**
 * The alignment of a set as plain data: one node per objective, the primary link that
 * places it in the tree, secondary links for every further objective it (or one of its
 * key results) serves, the tops of the tree, the orphans and the loops.
 *
 * - **Primary link**: `parentId`; when it has none (or it names a hidden or unknown
 *   objective), the first objective it `contributesTo`, then the first its key results do.
 *   A `parentId` naming the objective itself is a loop of one.
 * - **Roots**: objectives with no primary link that are top level (the rule of
 *   `lintOkrSet`: no `teamId` and no `ownerId`, or `teamId` in `topLevelTeamIds`, or
 *   `isTopLevel`), or whose targets all exist but are hidden drafts.
 * - **Orphans**: the rest of the objectives with no primary link — exactly those
 *   `lintOkrSet` reports as `orphan-objective` — placed under the orphans group.
 * - **Loops**: chains of primary links that come back on themselves (a `contributesTo`
 *   promoted to primary can close one too). Their members are placed under the loops
 *   group, side by side; what hangs below them stays below them. Nothing recurses, so
 *   a loop never hangs or overflows the stack.
 *
 * - **Missing targets**: ids the objective (or a key result of it) serves that no objective
 *   of the set has — data written before storage enforced references, or by another tool —
 *   are listed on its node as `missingTargetIds`, so the view can warn; the objective is
 *   placed as if the link were not there (usually an orphan), never left out.
 *
 * Siblings are ordered by priority, then title, then id. Linear in objectives and links
 * (plus the sort). Duplicate objective ids: the first one wins.
 * @example
 * const graph = buildAlignmentGraph(domainExamples, { topLevelTeamIds: ['brightline'] });
 * graph.childrenOf.get('obj-company-growth') // ['obj-user-activity'] (the draft 'obj-second-channel' is hidden)
 */
export function buildAlignmentGraph(okrSet: OkrSet, options: AlignmentGraphOptions = {}): AlignmentGraph {
  const includeDrafts = options.includeDrafts ?? false;
  const isTopLevel = topLevelRule(options);
  const existing = new Set<string>();
  const shown = new Map<string, Objective>();
  for (const objective of okrSet.objectives) {
    existing.add(objective.id);
    if ((includeDrafts || objective.state !== 'draft') && !shown.has(objective.id)) shown.set(objective.id, objective);
  }
  const sorted = sortForAlignment(shown.values());

  const edges: AlignmentEdge[] = [];
  const edgesFrom = new Map<string, AlignmentEdge[]>();
  const primaryOf = new Map<string, string>();
  const servesHidden = new Set<string>();
  const missingOf = new Map<string, string[]>();
  for (const objective of sorted) {
    const { id } = objective;
    const targets = targetsOf(objective, okrSet);
    // parentId may name the objective itself (a loop of one); contributesTo to itself is noise.
    const primary = targets.find((target) => shown.has(target.id) && (target.id !== id || target.via === 'parent'));
    const own: AlignmentEdge[] = [];
    const linked = new Set<string>();
    for (const target of [...(primary ? [primary] : []), ...targets]) {
      if (!shown.has(target.id) || linked.has(target.id) || (target.id === id && target !== primary)) continue;
      linked.add(target.id);
      const edge: AlignmentEdge = { fromId: id, toId: target.id, kind: target === primary ? 'primary' : 'secondary', via: target.via };
      if (target.keyResultId !== undefined) edge.keyResultId = target.keyResultId;
      own.push(edge);
    }
    const missing = [...new Set(targets.filter((target) => !existing.has(target.id)).map((target) => target.id))];
    if (missing.length) missingOf.set(id, missing);
    if (primary) primaryOf.set(id, primary.id);
    else if (targets.some((target) => target.id !== id && existing.has(target.id))) servesHidden.add(id);
    if (own.length) edgesFrom.set(id, own);
  }

  const loops = findParentLoops(sorted.map((objective) => ({ id: objective.id, parentId: primaryOf.get(objective.id) }))).map(
    (loop) => loop.map((at) => (sorted[at] as Objective).id),
  );
  const inLoop = new Set(loops.flat());

  const childrenOf = new Map<string, string[]>();
  const parentOf = new Map<string, string>();
  const placementOf = new Map<string, AlignmentPlacement>();
  const roots: string[] = [];
  const orphans: string[] = [];
  const attach = (id: string, parentId: string, placement: AlignmentPlacement) => {
    placementOf.set(id, placement);
    parentOf.set(id, parentId);
    const siblings = childrenOf.get(parentId);
    if (siblings) siblings.push(id);
    else childrenOf.set(parentId, [id]);
  };
  for (const objective of sorted) {
    const { id } = objective;
    const primary = primaryOf.get(id);
    if (inLoop.has(id)) continue; // attached below, in chain order
    if (primary !== undefined) attach(id, primary, 'child');
    else if (isTopLevel(objective) || servesHidden.has(id)) {
      placementOf.set(id, 'root');
      roots.push(id);
    } else {
      attach(id, alignmentGroupIds.orphans, 'orphan');
      orphans.push(id);
    }
  }
  for (const loop of loops) for (const id of loop) attach(id, alignmentGroupIds.loops, 'loop');
  for (const id of inLoop) for (const edge of edgesFrom.get(id) ?? []) if (edge.kind === 'primary') edge.kind = 'loop';

  const tops = [...roots];
  if (orphans.length) {
    tops.push(alignmentGroupIds.orphans);
    parentOf.set(alignmentGroupIds.orphans, alignmentGroupIds.root);
  }
  if (loops.length) {
    tops.push(alignmentGroupIds.loops);
    parentOf.set(alignmentGroupIds.loops, alignmentGroupIds.root);
  }
  childrenOf.set(alignmentGroupIds.root, tops);

  // Tree order and depth, depth first without recursion.
  const nodes: AlignmentNode[] = [];
  const nodeById = new Map<string, AlignmentNode>();
  const stack: [string, number][] = tops.map((id): [string, number] => [id, 0]).reverse();
  while (stack.length) {
    const [id, depth] = stack.pop() as [string, number];
    const objective = shown.get(id);
    if (objective && !nodeById.has(id)) {
      const parentId = parentOf.get(id) ?? null;
      const node: AlignmentNode = {
        id,
        objective,
        placement: placementOf.get(id) as AlignmentPlacement,
        parentId,
        primaryTargetId: primaryOf.get(id) ?? null,
        depth,
      };
      const missing = missingOf.get(id);
      if (missing) node.missingTargetIds = missing;
      nodes.push(node);
      nodeById.set(id, node);
    }
    const children = childrenOf.get(id);
    if (children) for (let at = children.length - 1; at >= 0; at--) stack.push([children[at] as string, depth + 1]);
  }
  for (const own of edgesFrom.values()) edges.push(...own);

  return { nodes, nodeById, edges, edgesFrom, roots, orphans, loops, childrenOf, parentOf };
}

/**
 * The ids from an objective up to the top of its tree (a root, an orphan or a loop member),
 * the objective first; group ids are left out. Empty for an unknown id. O(depth).
 * @example pathToRoot(graph, 'obj-support') // ['obj-support', 'obj-retention', 'obj-user-activity', 'obj-company-growth']
 */
export function pathToRoot(graph: AlignmentGraph, id: string): string[] {
  const path: string[] = [];
  let at: string | undefined = graph.nodeById.has(id) ? id : undefined;
  while (at !== undefined && graph.nodeById.has(at)) {
    path.push(at);
    at = graph.parentOf.get(at);
  }
  return path;
}
