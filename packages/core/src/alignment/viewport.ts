import type { AlignmentLayout, AlignmentLayoutLink, AlignmentLayoutNode, AlignmentViewport } from './alignment.types';

/** Nodes grouped by level (rows in top-down, columns in left-right), each sorted along the level. */
interface LevelIndex {
  /** The level coordinate of each level, ascending. */
  levels: number[];
  /** The nodes of each level, sorted by their breadth coordinate. */
  rows: AlignmentLayoutNode[][];
}

// Keyed by the layout object: a layout is plain data that okrkit never edits after creating it.
const indexes = new WeakMap<AlignmentLayout, LevelIndex>();

function levelIndexOf(layout: AlignmentLayout): LevelIndex {
  let index = indexes.get(layout);
  if (index) return index;
  const topDown = layout.direction === 'top-down';
  const byLevel = new Map<number, AlignmentLayoutNode[]>();
  for (const node of layout.nodes) {
    const level = topDown ? node.y : node.x;
    const row = byLevel.get(level);
    if (row) row.push(node);
    else byLevel.set(level, [node]);
  }
  const levels = [...byLevel.keys()].sort((a, b) => a - b);
  const rows = levels.map((level) => (byLevel.get(level) as AlignmentLayoutNode[]).sort((a, b) => (topDown ? a.x - b.x : a.y - b.y)));
  index = { levels, rows };
  indexes.set(layout, index);
  return index;
}

/** The first position in an ascending list whose value is ≥ `value`. */
function lowerBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(list[middle] as T) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A coordinate kept finite: ±Infinity becomes ±`Number.MAX_VALUE` (NaN, which finite inputs cannot give here, 0). */
function saturate(value: number): number {
  return value > Number.MAX_VALUE ? Number.MAX_VALUE : value < -Number.MAX_VALUE ? -Number.MAX_VALUE : value === value ? value : 0;
}

/**
 * The layout rectangle a viewport shows, overscan included.
 * @example viewportRectangle({ x: 100, y: 0, width: 800, height: 600, scale: 2 }) // { minX: 100, minY: 0, maxX: 500, maxY: 300 }
 */
export function viewportRectangle(viewport: AlignmentViewport): { minX: number; minY: number; maxX: number; maxY: number } {
  const scale = viewport.scale ?? 1;
  if (!(scale > 0 && scale < Number.POSITIVE_INFINITY)) throw new RangeError(`viewport scale must be a positive number, got ${scale}`);
  const margin = (viewport.overscan ?? 0) / scale;
  // Saturated, so a near-zero scale or a huge offset gives the widest finite rectangle, not Infinity.
  return {
    minX: saturate(viewport.x - margin),
    minY: saturate(viewport.y - margin),
    maxX: saturate(viewport.x + viewport.width / scale + margin),
    maxY: saturate(viewport.y + viewport.height / scale + margin),
  };
}

/**
 * The ids of the nodes whose boxes meet the viewport (touching counts), level by level:
 * what a view renders to keep the DOM small however large the tree.
 *
 * Cost: the first call on a layout indexes it by level (O(n log n), cached for that layout
 * object); each call is then O(L log n + k) for L levels in view and k nodes returned —
 * levels are equally spaced and boxes equally sized, so a binary search per level finds them.
 * @example
 * visibleNodesInViewport(layout, { x: -400, y: 0, width: 1280, height: 720, scale: 0.5, overscan: 200 }) // ['obj-company-growth', …]
 */
export function visibleNodesInViewport(layout: AlignmentLayout, viewport: AlignmentViewport): string[] {
  const view = viewportRectangle(viewport);
  const { levels, rows } = levelIndexOf(layout);
  const topDown = layout.direction === 'top-down';
  const levelSize = topDown ? layout.nodeHeight : layout.nodeWidth;
  const breadthSize = topDown ? layout.nodeWidth : layout.nodeHeight;
  const [levelMin, levelMax] = topDown ? [view.minY, view.maxY] : [view.minX, view.maxX];
  const [breadthMin, breadthMax] = topDown ? [view.minX, view.maxX] : [view.minY, view.maxY];
  const breadthOf = topDown ? (node: AlignmentLayoutNode) => node.x : (node: AlignmentLayoutNode) => node.y;

  const ids: string[] = [];
  for (let level = lowerBound(levels, levelMin - levelSize, (value) => value); level < levels.length; level++) {
    if ((levels[level] as number) > levelMax) break;
    const row = rows[level] as AlignmentLayoutNode[];
    for (let at = lowerBound(row, breadthMin - breadthSize, breadthOf); at < row.length; at++) {
      const node = row[at] as AlignmentLayoutNode;
      if (breadthOf(node) > breadthMax) break;
      ids.push(node.id);
    }
  }
  return ids;
}

/**
 * The links whose bounding boxes meet the viewport, in layout order. A linear scan: links
 * are cheap to test, and this keeps a long secondary link that crosses the view drawn.
 * @example visibleLinksInViewport(layout, { x: 0, y: 0, width: 1280, height: 720 }).length
 */
export function visibleLinksInViewport(layout: AlignmentLayout, viewport: AlignmentViewport): AlignmentLayoutLink[] {
  const view = viewportRectangle(viewport);
  return layout.links.filter((link) => {
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (const point of link.points) {
      if (point.x < minX) minX = point.x;
      if (point.x > maxX) maxX = point.x;
      if (point.y < minY) minY = point.y;
      if (point.y > maxY) maxY = point.y;
    }
    return minX <= view.maxX && maxX >= view.minX && minY <= view.maxY && maxY >= view.minY;
  });
}
