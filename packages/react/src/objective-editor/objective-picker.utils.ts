import { buildAlignmentGraph, foldText, pathToRoot, type Objective, type OkrSet } from '@okrkit/core';

/**
 * One objective the parent / contributes-to picker offers: its path to the root (top first,
 * the objective's own title last) and, when it cannot be chosen, why.
 * @example { id: 'obj-retention', title: 'Keep customers', path: ['Grow the company', 'Keep customers'], disabledReason: undefined }
 */
export interface ObjectiveOption {
  id: string;
  title: string;
  path: string[];
  /** `'self'`: the objective being edited; `'descendant'`: it serves this one already, so choosing it makes a loop. */
  disabledReason: 'self' | 'descendant' | undefined;
}

/**
 * Every objective of the set as a picker option, in alignment-tree order, with the objective
 * `selfId` and everything aligned below it (through `parentId`) disabled: choosing any of them
 * as a parent would close a loop. Paths come from the core's {@link pathToRoot}.
 * @example objectiveOptions(domainExamples, 'obj-user-activity').find((option) => option.id === 'obj-support')?.disabledReason // 'descendant'
 */
export function objectiveOptions(okrSet: OkrSet, selfId: string | undefined): ObjectiveOption[] {
  const graph = buildAlignmentGraph(okrSet, { includeDrafts: true });
  const byId = new Map<string, Objective>();
  const children = new Map<string, string[]>();
  for (const objective of okrSet.objectives) {
    if (!byId.has(objective.id)) byId.set(objective.id, objective);
    if (objective.parentId) {
      const list = children.get(objective.parentId) ?? [];
      list.push(objective.id);
      children.set(objective.parentId, list);
    }
  }
  const below = new Set<string>();
  if (selfId) {
    const stack = [...(children.get(selfId) ?? [])];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (below.has(id) || id === selfId) continue;
      below.add(id);
      stack.push(...(children.get(id) ?? []));
    }
  }
  const ordered = graph.nodes.length > 0 ? graph.nodes.map((node) => node.id) : [...byId.keys()];
  const options: ObjectiveOption[] = [];
  for (const id of ordered) {
    const objective = byId.get(id);
    if (!objective) continue;
    const path = pathToRoot(graph, id)
      .map((step) => byId.get(step)?.title ?? step)
      .reverse();
    options.push({
      id,
      title: objective.title,
      path: path.length > 0 ? path : [objective.title],
      disabledReason: id === selfId ? 'self' : below.has(id) ? 'descendant' : undefined,
    });
  }
  return options;
}

/**
 * The options whose path contains every word of `query` (case and accents folded).
 * @example filterObjectiveOptions(options, 'grow keep').map((option) => option.id) // ['obj-retention', …]
 */
export function filterObjectiveOptions(options: readonly ObjectiveOption[], query: string, limit = 50): ObjectiveOption[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const found: ObjectiveOption[] = [];
  for (const option of options) {
    if (found.length >= limit) break;
    const haystack = foldText(option.path.join(' '));
    if (words.every((word) => haystack.includes(word))) found.push(option);
  }
  return found;
}
