import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import type {
  AlignmentBounds,
  AlignmentGraph,
  AlignmentLayout,
  AlignmentLayoutLink,
  AlignmentLayoutNode,
  AlignmentLayoutOptions,
  AlignmentPoint,
} from './alignment.types';
import { alignmentGroupIds, isAlignmentGroupId } from './alignment.utils';

const NOTHING: readonly string[] = [];

/** The largest node size or gap {@link layoutAlignmentTree} accepts, in pixels. */
const MAX_LAYOUT_SIZE = 1_000_000;

/** Children of an id in the drawn tree, restricted to `include` when given. */
function shownChildren(graph: AlignmentGraph, id: string, include: ReadonlySet<string> | undefined): readonly string[] {
  const children = graph.childrenOf.get(id) ?? NOTHING;
  return include ? children.filter((child) => include.has(child)) : children;
}

/**
 * Lays out an alignment tree with `d3-hierarchy`'s tidy tree (`tree().nodeSize(...)`) and
 * returns plain coordinates: boxes (`x`, `y` = top-left corner), links with their points, and
 * the bounds. d3 types never leave this function.
 *
 * - Roots, the orphans group and the loops group sit side by side under an invisible
 *   root, at depth 0; pass `rootId` to lay out one subtree instead.
 * - `top-down`: siblings `nodeWidth + gapX` apart across, levels `nodeHeight + gapY` apart
 *   down. `left-right` swaps the axes: siblings `nodeHeight + gapY` apart down, levels
 *   `nodeWidth + gapX` apart across. Cousins get a quarter step more room than siblings.
 * - A collapsed node stays, its subtree is hidden; `include` (e.g. a filter's `visible`)
 *   hides every other id.
 *
 * **Cost.** d3's tree is linear (Buchheim et al.), and the hierarchy is built through the
 * collapse and include checks, so one call is O(v + s): v shown nodes, s secondary links
 * from them. Hidden subtrees cost nothing. {@link createAlignmentLayoutCache} adds memoisation.
 * @throws RangeError when a node size or gap is not a number from 0 to 1,000,000.
 * @example
 * const layout = layoutAlignmentTree(graph, { nodeWidth: 240, nodeHeight: 96, gapX: 24, gapY: 48, collapsed: new Set(['obj-retention']) });
 * layout.nodes.find((node) => node.id === 'obj-company-growth') // { x: …, y: 0, depth: 0, hasChildren: true, … }
 */
export function layoutAlignmentTree(graph: AlignmentGraph, options: AlignmentLayoutOptions): AlignmentLayout {
  const { nodeWidth, nodeHeight, gapX, gapY, collapsed, include, rootId } = options;
  for (const [name, size] of [['nodeWidth', nodeWidth], ['nodeHeight', nodeHeight], ['gapX', gapX], ['gapY', gapY]] as const) {
    // Bounded so that no coordinate of even a million-node tree can overflow to Infinity.
    if (!(size >= 0 && size <= MAX_LAYOUT_SIZE)) {
      throw new RangeError(`${name} must be a number of pixels from 0 to ${MAX_LAYOUT_SIZE.toLocaleString('en')}, got ${size}`);
    }
  }
  const direction = options.direction ?? 'top-down';
  const topDown = direction === 'top-down';
  if (rootId !== undefined && !graph.nodeById.has(rootId) && !graph.childrenOf.has(rootId)) {
    throw new RangeError(`no objective or group with id "${rootId}" in the alignment graph`);
  }
  const start = rootId ?? alignmentGroupIds.root;
  const virtual = rootId === undefined;
  const breadthStep = topDown ? nodeWidth + gapX : nodeHeight + gapY;
  const levelStep = topDown ? nodeHeight + gapY : nodeWidth + gapX;

  const root = hierarchy<string>(start, (id) =>
    (virtual && id === start) || !collapsed?.has(id) ? shownChildren(graph, id, include) : null,
  );
  const laidOut = tree<string>()
    .nodeSize([breadthStep, levelStep])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(root);

  const offset = virtual ? 1 : 0;
  const nodes: AlignmentLayoutNode[] = [];
  const boxOf = new Map<string, AlignmentLayoutNode>();
  let bounds: AlignmentBounds | undefined;
  const place = (point: HierarchyPointNode<string>, positionInSet: number, setSize: number) => {
    const id = point.data;
    const depth = point.depth - offset;
    const x = topDown ? point.x - nodeWidth / 2 : depth * levelStep;
    const y = topDown ? depth * levelStep : point.x - nodeHeight / 2;
    const parent = point.parent && (!virtual || point.parent.depth > 0) ? point.parent.data : null;
    const node: AlignmentLayoutNode = {
      id,
      kind: id === alignmentGroupIds.orphans ? 'orphans' : id === alignmentGroupIds.loops ? 'loops' : 'objective',
      x,
      y,
      depth,
      hasChildren: shownChildren(graph, id, include).length > 0,
      collapsed: collapsed?.has(id) ?? false,
      parentId: parent,
      positionInSet,
      setSize,
    };
    nodes.push(node);
    boxOf.set(id, node);
    if (!bounds) bounds = { minX: x, minY: y, maxX: x + nodeWidth, maxY: y + nodeHeight };
    else {
      if (x < bounds.minX) bounds.minX = x;
      if (y < bounds.minY) bounds.minY = y;
      if (x + nodeWidth > bounds.maxX) bounds.maxX = x + nodeWidth;
      if (y + nodeHeight > bounds.maxY) bounds.maxY = y + nodeHeight;
    }
  };

  // Depth first, siblings in order, without recursion (chains can be thousands deep).
  const stack: [HierarchyPointNode<string>, number, number][] = virtual
    ? (laidOut.children ?? []).map((child, at, all): [HierarchyPointNode<string>, number, number] => [child, at + 1, all.length]).reverse()
    : [[laidOut, 1, 1]];
  while (stack.length) {
    const [point, positionInSet, setSize] = stack.pop() as [HierarchyPointNode<string>, number, number];
    place(point, positionInSet, setSize);
    const children = point.children;
    if (children) for (let at = children.length - 1; at >= 0; at--) stack.push([children[at] as HierarchyPointNode<string>, at + 1, children.length]);
  }

  const links: AlignmentLayoutLink[] = [];
  for (const node of nodes) {
    const parent = node.parentId === null ? undefined : boxOf.get(node.parentId);
    if (parent) links.push({ sourceId: parent.id, targetId: node.id, kind: 'primary', points: elbow(parent, node, options, topDown) });
    if (isAlignmentGroupId(node.id)) continue;
    for (const edge of graph.edgesFrom.get(node.id) ?? NOTHING_EDGES) {
      const served = edge.kind === 'primary' ? undefined : boxOf.get(edge.toId);
      if (served) {
        links.push({ sourceId: served.id, targetId: node.id, kind: edge.kind, points: [centre(served, options), centre(node, options)] });
      }
    }
  }
  return { nodes, links, bounds: bounds ?? { minX: 0, minY: 0, maxX: 0, maxY: 0 }, direction, nodeWidth, nodeHeight };
}

const NOTHING_EDGES: readonly never[] = [];

function centre(node: AlignmentLayoutNode, options: AlignmentLayoutOptions): AlignmentPoint {
  return { x: node.x + options.nodeWidth / 2, y: node.y + options.nodeHeight / 2 };
}

/** Parent's near edge → halfway across the gap → child's near edge, at right angles. */
function elbow(parent: AlignmentLayoutNode, child: AlignmentLayoutNode, options: AlignmentLayoutOptions, topDown: boolean): AlignmentPoint[] {
  const { nodeWidth, nodeHeight, gapX, gapY } = options;
  if (topDown) {
    const fromX = parent.x + nodeWidth / 2;
    const toX = child.x + nodeWidth / 2;
    const fromY = parent.y + nodeHeight;
    const midY = fromY + gapY / 2;
    return [{ x: fromX, y: fromY }, { x: fromX, y: midY }, { x: toX, y: midY }, { x: toX, y: child.y }];
  }
  const fromY = parent.y + nodeHeight / 2;
  const toY = child.y + nodeHeight / 2;
  const fromX = parent.x + nodeWidth;
  const midX = fromX + gapX / 2;
  return [{ x: fromX, y: fromY }, { x: midX, y: fromY }, { x: midX, y: toY }, { x: child.x, y: toY }];
}
