/**
 * The domain examples laid out as the tree lays them out, for the part-level tests and
 * stories (links, one item, the issues above the canvas) that draw without a store. Not
 * part of the package.
 */
import {
  buildAlignmentGraph,
  layoutAlignmentTree,
  percentScoring,
  rollUpAlignment,
  type AlignmentGraph,
  type AlignmentLayout,
  type AlignmentLayoutNode,
  type AlignmentRollups,
  type OkrSet,
} from '@okrkit/core';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { defaultLabels } from '../provider/labels';
import { defaultAlignmentTreeLabels } from './alignment-tree.labels';
import type { AlignmentTreeItemProps } from './alignment-tree-node';
import { NODE_SIZE } from './use-alignment-layout';

export const exampleTopLevelTeamIds = ['brightline', 'kestrel-labs', 'green-table', 'bright-minds'];

/** The examples with objectives patched, e.g. to make an orphan or close a loop. */
export function examplesWith(patch: Record<string, Partial<OkrSet['objectives'][number]>>): OkrSet {
  return { ...domainExamples, objectives: domainExamples.objectives.map((objective) => ({ ...objective, ...patch[objective.id] })) };
}

/** One orphan (training serves nothing) and one loop (growth contributes to support, which serves it). */
export const examplesWithIssues = examplesWith({ 'obj-training': { parentId: undefined }, 'obj-company-growth': { contributesTo: ['obj-support'] } });

export interface ExampleAlignment {
  graph: AlignmentGraph;
  rollups: AlignmentRollups;
  layout: AlignmentLayout;
  titleOf: (id: string) => string;
}

/** Graph, rollups and a top-down layout (everything expanded) of `okrSet`, at the examples' clock. */
export function exampleAlignment(okrSet: OkrSet = domainExamples): ExampleAlignment {
  const graph = buildAlignmentGraph(okrSet, { topLevelTeamIds: exampleTopLevelTeamIds });
  const rollups = rollUpAlignment(graph, okrSet, { now: domainExamplesNow, scoring: percentScoring, outdatedAfterDays: 14 });
  const layout = layoutAlignmentTree(graph, { direction: 'top-down', nodeWidth: NODE_SIZE.width, nodeHeight: NODE_SIZE.height, gapX: 24, gapY: 56 });
  const titles = new Map<string, string>([
    ['@okrkit/alignment-orphans', defaultAlignmentTreeLabels.orphans],
    ['@okrkit/alignment-loops', defaultAlignmentTreeLabels.loops],
  ]);
  const titleOf = (id: string) => graph.nodeById.get(id)?.objective.title ?? titles.get(id) ?? id;
  return { graph, rollups, layout, titleOf };
}

const noop = () => {};

/**
 * Props of one `AlignmentTreeItem` for the laid-out node `id`, drawn at the origin, with
 * no-op callbacks; override any of them.
 * @example <AlignmentTreeItem {...exampleItemProps('obj-support', { selected: true })} />
 */
export function exampleItemProps(id: string, overrides: Partial<AlignmentTreeItemProps> = {}, alignment: ExampleAlignment = exampleAlignment()): AlignmentTreeItemProps {
  const laidOut = alignment.layout.nodes.find((node) => node.id === id);
  if (!laidOut) throw new Error(`no laid-out node ${id}`);
  const node: AlignmentLayoutNode = { ...laidOut, x: 0, y: 0 };
  const count = alignment.rollups.nodes.get(id)?.descendants ?? alignment.graph.childrenOf.get(id)?.length ?? 0;
  return {
    node,
    objective: alignment.graph.nodeById.get(id)?.objective,
    rollup: alignment.rollups.nodes.get(id),
    title: alignment.titleOf(id),
    count,
    width: NODE_SIZE.width,
    height: NODE_SIZE.height,
    selected: false,
    focused: true,
    onPath: false,
    match: false,
    detail: 'full',
    labels: defaultAlignmentTreeLabels,
    statusWords: defaultLabels.status,
    locale: 'en-US',
    renderNode: undefined,
    ask: () => ({ allowed: true, reason: undefined }),
    renderOwner: undefined,
    registerItem: noop,
    activate: noop,
    toggle: noop,
    onItemFocus: noop,
    setHoveredId: noop,
    ...overrides,
  };
}
