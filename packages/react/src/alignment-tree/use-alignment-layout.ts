'use client';
import { alignmentGroupIds, createAlignmentLayoutCache, type AlignmentDirection, type AlignmentGraph, type AlignmentLayout } from '@okrkit/core';
import { useCallback, useMemo, useState } from 'react';
import { useControllableState } from '../internal/use-controllable-state';
import type { AlignmentModel } from './use-alignment-model';
import { mirrorLayout } from './viewport.utils';

/** Box sizes and gaps of the layout, per direction (levels get more room than siblings). */
export const NODE_SIZE = { width: 240, height: 88 } as const;
const GAPS: Record<AlignmentDirection, { gapX: number; gapY: number }> = {
  'top-down': { gapX: 24, gapY: 56 },
  'left-right': { gapX: 64, gapY: 16 },
};

/** Options of {@link useAlignmentLayout}. */
export interface UseAlignmentLayoutOptions {
  model: AlignmentModel;
  direction: AlignmentDirection;
  /** Mirror the x axis (right-to-left pages). */
  mirrored: boolean;
  expanded: readonly string[] | undefined;
  defaultExpanded: readonly string[] | 'all' | undefined;
  onExpandedChange: ((expanded: string[]) => void) | undefined;
}

/** The laid-out tree and its expansion. */
export interface AlignmentLayoutState {
  layout: AlignmentLayout;
  /** The expanded ids (objectives and groups with children). */
  expanded: ReadonlySet<string>;
  expand: (ids: readonly string[]) => void;
  collapse: (id: string) => void;
  toggle: (id: string) => void;
}

/** Ids with children in the drawn tree (the only ones whose expansion matters). */
function parentIds(graph: AlignmentGraph): string[] {
  const ids: string[] = [];
  for (const [id, children] of graph.childrenOf) if (id !== alignmentGroupIds.root && children.length) ids.push(id);
  return ids;
}

/** The default: everything (`'all'`), or the top two levels (groups count as a level). */
function defaultExpansion(graph: AlignmentGraph, rule: 'all' | 'top'): string[] {
  const ids = parentIds(graph);
  if (rule === 'all') return ids;
  return ids.filter((id) => {
    const parent = graph.parentOf.get(id);
    return parent === undefined || parent === alignmentGroupIds.root || (graph.parentOf.get(parent) ?? alignmentGroupIds.root) === alignmentGroupIds.root;
  });
}

/**
 * Expansion (controlled or uncontrolled) and the memoised layout. Expanding or collapsing
 * only lays out again (through `createAlignmentLayoutCache`, so going back to a state seen
 * lately costs nothing); graph, rollups and filter are the model's. While a filter is
 * active, the ancestors of its matches are shown expanded so that every match is in view.
 * The uncontrolled default is resolved against the graph of each render until the user
 * first expands or collapses, so a store that loads after mounting still opens as asked.
 * @example const { layout, toggle } = useAlignmentLayout({ model, direction: 'top-down', mirrored: false, expanded: undefined, defaultExpanded: 'all', onExpandedChange: undefined });
 */
export function useAlignmentLayout(options: UseAlignmentLayoutOptions): AlignmentLayoutState {
  const { model, direction, mirrored, defaultExpanded, onExpandedChange } = options;
  const { graph, filter } = model;
  const [state, setState] = useControllableState<readonly string[] | null>({
    value: options.expanded,
    defaultValue: Array.isArray(defaultExpanded) ? defaultExpanded : null,
    onChange: onExpandedChange && ((next) => onExpandedChange(next ? [...next] : [])),
  });
  const rule = defaultExpanded === 'all' ? 'all' : 'top';
  const expanded = useMemo(() => new Set(state ?? defaultExpansion(graph, rule)), [state, graph, rule]);

  const [cache] = useState(createAlignmentLayoutCache);
  const collapsed = useMemo(() => {
    const hidden = new Set<string>();
    for (const id of parentIds(graph)) {
      if (expanded.has(id)) continue;
      if (filter && filter.visible.has(id) && !filter.matches.has(id)) continue;
      hidden.add(id);
    }
    return hidden;
  }, [graph, expanded, filter]);
  const layout = useMemo(() => {
    const laidOut = cache.layout(graph, { direction, nodeWidth: NODE_SIZE.width, nodeHeight: NODE_SIZE.height, ...GAPS[direction], collapsed, include: filter?.visible });
    return mirrored ? mirrorLayout(laidOut) : laidOut;
  }, [cache, graph, direction, collapsed, filter, mirrored]);

  const update = useCallback(
    (change: (next: Set<string>) => void) =>
      setState((current) => {
        const next = new Set(current ?? defaultExpansion(graph, rule));
        change(next);
        return [...next];
      }),
    [setState, graph, rule],
  );
  const expand = useCallback((ids: readonly string[]) => update((next) => ids.forEach((id) => next.add(id))), [update]);
  const collapse = useCallback((id: string) => update((next) => next.delete(id)), [update]);
  const toggle = useCallback((id: string) => update((next) => (next.has(id) ? next.delete(id) : next.add(id))), [update]);
  return { layout, expanded, expand, collapse, toggle };
}
