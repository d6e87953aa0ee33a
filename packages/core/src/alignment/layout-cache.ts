import type { AlignmentGraph, AlignmentLayout, AlignmentLayoutOptions } from './alignment.types';
import { layoutAlignmentTree } from './layout-alignment-tree';

/**
 * Options of {@link createAlignmentLayoutCache}.
 * @example { size: 32 }
 */
export interface AlignmentLayoutCacheOptions {
  /** How many layouts of the current graph to keep (least recently used goes first). @default 16 */
  size?: number;
}

/**
 * A memo of {@link layoutAlignmentTree} for one view.
 * @example cache.layout(graph, { ...sizes, collapsed })
 */
export interface AlignmentLayoutCache {
  /** The layout for these inputs: the same object as before when nothing that matters changed. */
  layout(graph: AlignmentGraph, options: AlignmentLayoutOptions): AlignmentLayout;
  /** Forgets every layout. */
  clear(): void;
}

/**
 * A memo for the layouts of one view (create one per tree, not per module), so that a
 * re-render, or going back to an expand/collapse state seen lately, costs no layout.
 *
 * **What is and isn't reused, honestly.** d3's tidy tree places every shown node relative to
 * its neighbours' contours, so a collapse can move nodes far from the toggled one: subtree
 * layouts are not spliced. What the cache guarantees instead:
 * - a hit costs O(c log c) to key the collapsed set (c = its size), nothing more;
 * - a miss costs one {@link layoutAlignmentTree}, O(v + s) in the *shown* nodes and their
 *   secondary links — collapsing a subtree of 4,000 out of 5,000 objectives makes the next
 *   layout about five times cheaper, and hidden nodes are never visited;
 * - a new graph object (or another `include` set object) empties the cache; `include` is
 *   keyed by identity, so keep the filter result while the filter is unchanged.
 * @example
 * const cache = createAlignmentLayoutCache();
 * const layout = cache.layout(graph, { nodeWidth: 240, nodeHeight: 96, gapX: 24, gapY: 48, collapsed });
 */
export function createAlignmentLayoutCache(options: AlignmentLayoutCacheOptions = {}): AlignmentLayoutCache {
  const size = Math.max(1, options.size ?? 16);
  let graphOf: AlignmentGraph | undefined;
  let includeOf: ReadonlySet<string> | undefined;
  // A Map keeps insertion order: deleting and re-inserting on a hit makes it an LRU.
  const layouts = new Map<string, AlignmentLayout>();

  return {
    layout(graph, layoutOptions) {
      if (graph !== graphOf || layoutOptions.include !== includeOf) {
        layouts.clear();
        graphOf = graph;
        includeOf = layoutOptions.include;
      }
      const key = JSON.stringify([
        layoutOptions.direction ?? 'top-down',
        layoutOptions.nodeWidth,
        layoutOptions.nodeHeight,
        layoutOptions.gapX,
        layoutOptions.gapY,
        layoutOptions.rootId ?? null,
        layoutOptions.collapsed ? [...layoutOptions.collapsed].sort() : [],
      ]);
      const known = layouts.get(key);
      if (known) {
        layouts.delete(key);
        layouts.set(key, known);
        return known;
      }
      const layout = layoutAlignmentTree(graph, layoutOptions);
      layouts.set(key, layout);
      if (layouts.size > size) layouts.delete(layouts.keys().next().value as string);
      return layout;
    },
    clear() {
      layouts.clear();
      graphOf = undefined;
      includeOf = undefined;
    },
  };
}
