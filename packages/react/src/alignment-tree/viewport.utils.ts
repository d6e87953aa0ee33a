import type { AlignmentBounds, AlignmentLayout, AlignmentPoint, AlignmentViewport } from '@okrkit/core';
import type { AlignmentTreeDetail, AlignmentTreeTransform } from './alignment-tree.types';

/** A view's size in screen pixels. */
export interface ViewSize {
  width: number;
  height: number;
}

/** Room left around the tree by "fit" and around a node brought into view, in screen pixels. */
export const VIEW_PADDING = 24;
/** Screen pixels rendered beyond each edge, so a short pan shows nodes already drawn. */
export const OVERSCAN = 160;
/** Below this zoom a card's text is unreadable: nodes are drawn as one line. */
export const FULL_DETAIL_FROM = 0.6;

/**
 * The zoom clamped to `[min, max]`.
 * @example clampScale(5, 0.2, 2) // 2
 */
export function clampScale(scale: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, scale));
}

/**
 * Zooms by `factor` keeping the layout point under `point` (screen pixels from the view's
 * top-left) where it is: wheel and pinch zoom at the cursor, buttons at the centre.
 * @example zoomAt({ x: 0, y: 0, scale: 1 }, 2, { x: 100, y: 0 }, 0.2, 2) // { x: 50, y: 0, scale: 2 }
 */
export function zoomAt(transform: AlignmentTreeTransform, factor: number, point: { x: number; y: number }, min: number, max: number): AlignmentTreeTransform {
  const scale = clampScale(transform.scale * factor, min, max);
  return {
    x: transform.x + point.x / transform.scale - point.x / scale,
    y: transform.y + point.y / transform.scale - point.y / scale,
    scale,
  };
}

/**
 * Pans by a screen distance (a drag of +10 px moves the content 10 px right).
 * @example panBy({ x: 0, y: 0, scale: 2 }, 10, 0) // { x: -5, y: 0, scale: 2 }
 */
export function panBy(transform: AlignmentTreeTransform, dx: number, dy: number): AlignmentTreeTransform {
  return { x: transform.x - dx / transform.scale, y: transform.y - dy / transform.scale, scale: transform.scale };
}

/**
 * The transform that frames `bounds` in the view, centred, zoom clamped; when the clamp
 * keeps the tree from fitting, the top of the tree stays in view.
 * @example fitTransform({ minX: 0, minY: 0, maxX: 1000, maxY: 500 }, { width: 548, height: 300 }, 0.2, 2).scale // 0.5
 */
export function fitTransform(bounds: AlignmentBounds, size: ViewSize, min: number, max: number): AlignmentTreeTransform {
  const width = Math.max(1, bounds.maxX - bounds.minX);
  const height = Math.max(1, bounds.maxY - bounds.minY);
  const scale = clampScale(Math.min((size.width - 2 * VIEW_PADDING) / width, (size.height - 2 * VIEW_PADDING) / height), min, max);
  const x = bounds.minX + width / 2 - size.width / 2 / scale;
  const fitsHeight = height * scale <= size.height - 2 * VIEW_PADDING;
  const y = fitsHeight ? bounds.minY + height / 2 - size.height / 2 / scale : bounds.minY - VIEW_PADDING / scale;
  return { x, y, scale };
}

/**
 * The smallest pan that brings a box fully into view (with padding); the same transform
 * when it already is. Used before focusing a node that may be off-screen.
 * @example ensureVisible({ x: 0, y: 0, scale: 1 }, { x: 1000, y: 0, width: 200, height: 80 }, { width: 800, height: 600 }).x // 424
 */
export function ensureVisible(
  transform: AlignmentTreeTransform,
  box: { x: number; y: number; width: number; height: number },
  size: ViewSize,
): AlignmentTreeTransform {
  const { scale } = transform;
  const pad = VIEW_PADDING / scale;
  const viewWidth = size.width / scale;
  const viewHeight = size.height / scale;
  const along = (start: number, view: number, boxStart: number, boxSize: number): number => {
    if (boxSize + 2 * pad > view) return boxStart - pad; // Larger than the view: show its start.
    if (boxStart - pad < start) return boxStart - pad;
    if (boxStart + boxSize + pad > start + view) return boxStart + boxSize + pad - view;
    return start;
  };
  const x = along(transform.x, viewWidth, box.x, box.width);
  const y = along(transform.y, viewHeight, box.y, box.height);
  return x === transform.x && y === transform.y ? transform : { x, y, scale };
}

/**
 * The core's viewport for culling.
 * @example toViewport({ x: 0, y: 0, scale: 1 }, { width: 800, height: 600 }) // { x: 0, y: 0, width: 800, height: 600, scale: 1, overscan: 160 }
 */
export function toViewport(transform: AlignmentTreeTransform, size: ViewSize): AlignmentViewport {
  return { x: transform.x, y: transform.y, width: size.width, height: size.height, scale: transform.scale, overscan: OVERSCAN };
}

/**
 * The rectangle links are drawn within: the view plus one view size on every side, in layout
 * units. Why: Chromium dashes a stroke along its whole length before clipping it to the screen,
 * so an unclipped secondary link running a million pixels across a 5,000-objective tree took
 * half a second to rasterise. A pan or zoom that leaves the rectangle draws the links again
 * ({@link viewInside}).
 * @example linkClipFor({ x: 0, y: 0, scale: 1 }, { width: 800, height: 600 }) // { minX: -800, minY: -600, maxX: 1600, maxY: 1200 }
 */
export function linkClipFor(transform: AlignmentTreeTransform, size: ViewSize): AlignmentBounds {
  const width = size.width / transform.scale;
  const height = size.height / transform.scale;
  return { minX: transform.x - width, minY: transform.y - height, maxX: transform.x + 2 * width, maxY: transform.y + 2 * height };
}

/**
 * Whether the view, overscan included, lies inside `clip` (links drawn for it still cover it).
 * @example viewInside({ x: 0, y: 0, scale: 1 }, { width: 800, height: 600 }, linkClipFor({ x: 0, y: 0, scale: 1 }, { width: 800, height: 600 })) // true
 */
export function viewInside(transform: AlignmentTreeTransform, size: ViewSize, clip: AlignmentBounds): boolean {
  const margin = OVERSCAN / transform.scale;
  return (
    transform.x - margin >= clip.minX &&
    transform.y - margin >= clip.minY &&
    transform.x + size.width / transform.scale + margin <= clip.maxX &&
    transform.y + size.height / transform.scale + margin <= clip.maxY
  );
}

/**
 * The parts of a polyline inside a rectangle (Liang–Barsky on each segment), each part a list
 * of points; consecutive segments that stay inside remain one part, so corners keep their join.
 * @example clipPolyline([{ x: -10, y: 0 }, { x: 10, y: 0 }], { minX: 0, minY: -1, maxX: 5, maxY: 1 }) // [[{ x: 0, y: 0 }, { x: 5, y: 0 }]]
 */
export function clipPolyline(points: readonly AlignmentPoint[], clip: AlignmentBounds): AlignmentPoint[][] {
  const parts: AlignmentPoint[][] = [];
  let part: AlignmentPoint[] | undefined;
  for (let at = 1; at < points.length; at++) {
    const from = points[at - 1] as AlignmentPoint;
    const to = points[at] as AlignmentPoint;
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    let enter = 0;
    let leave = 1;
    // Each edge as p·t ≤ q: the segment's parameter range inside the rectangle.
    const edges: [number, number][] = [
      [-dx, from.x - clip.minX],
      [dx, clip.maxX - from.x],
      [-dy, from.y - clip.minY],
      [dy, clip.maxY - from.y],
    ];
    for (const [p, q] of edges) {
      if (p === 0) {
        if (q < 0) enter = 2; // Parallel to this edge and outside it.
        continue;
      }
      const t = q / p;
      if (p < 0) enter = Math.max(enter, t);
      else leave = Math.min(leave, t);
    }
    if (enter > leave) {
      part = undefined;
      continue;
    }
    const start = enter === 0 ? from : { x: from.x + enter * dx, y: from.y + enter * dy };
    const end = leave === 1 ? to : { x: from.x + leave * dx, y: from.y + leave * dy };
    if (part && enter === 0) part.push(end);
    else parts.push((part = [start, end]));
    if (leave < 1) part = undefined;
  }
  return parts;
}

/**
 * How much of each node to draw at a zoom.
 * @example detailAt(0.4) // 'compact'
 */
export function detailAt(scale: number): AlignmentTreeDetail {
  return scale >= FULL_DETAIL_FROM ? 'full' : 'compact';
}

/**
 * A layout mirrored across the y axis, for right-to-left pages: the first sibling (or the
 * top level, left to right) ends up on the right. Plain data in, plain data out.
 * @example mirrorLayout(layout).nodes[0].x === -(layout.nodes[0].x + layout.nodeWidth)
 */
export function mirrorLayout(layout: AlignmentLayout): AlignmentLayout {
  const { nodeWidth, bounds } = layout;
  return {
    ...layout,
    nodes: layout.nodes.map((node) => ({ ...node, x: -(node.x + nodeWidth) })),
    links: layout.links.map((link) => ({ ...link, points: link.points.map((point) => ({ x: -point.x, y: point.y })) })),
    bounds: { minX: -bounds.maxX, maxX: -bounds.minX, minY: bounds.minY, maxY: bounds.maxY },
  };
}
