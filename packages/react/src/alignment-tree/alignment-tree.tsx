'use client';
import { pathToRoot } from '@okrkit/core';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { rootClassName, visuallyHidden } from '../internal/progressbar';
import { useStoreStatus } from '../provider/hooks';
import { usePolicy } from '../provider/permission-hooks';
import { useOkrContext } from '../provider/okr-provider';
import { useDirectoryNames } from '../provider/directory-hooks';
import { AlignmentTreeLinks } from './alignment-tree-links';
import { AlignmentTreeItem } from './alignment-tree-node';
import { AlignmentTreeControls, AlignmentTreeIssues } from './alignment-tree-parts';
import { resolveAlignmentTreeLabels } from './alignment-tree.labels';
import type { AlignmentTreeProps } from './alignment-tree.types';
import { navigationIndex } from './tree-navigation.utils';
import { useAlignmentLayout } from './use-alignment-layout';
import { useAlignmentModel } from './use-alignment-model';
import { useAlignmentViewport } from './use-alignment-viewport';
import { useTreeInteraction } from './use-tree-interaction';
import { slotClass } from '../internal/slot-class';

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
const DEFAULT_SIZE = { width: 960, height: 600 };
const NO_IDS: ReadonlySet<string> = new Set();

/**
 * The alignment of every objective as a zoomable tree: company → department → team → person,
 * with compact cards (title, owner, rolled-up progress and status), links (primary solid,
 * secondary dashed, loops in red), orphans grouped apart under a warning and loops reported
 * as an error. A WAI-ARIA tree with one tab stop, arrow keys, Home/End, `*` and type-ahead.
 *
 * Built for thousands of objectives: only what the view shows is in the DOM, pan and zoom
 * move one CSS transform without re-rendering the nodes, and expanding or collapsing only
 * lays out again. The headless work is `@okrkit/core`'s (`buildAlignmentGraph`,
 * `rollUpAlignment`, `layoutAlignmentTree`, `filterAlignment`); this component only draws.
 * @example
 * <OkrProvider store={store}>
 *   <AlignmentTree topLevelTeamIds={['company']} onSelectedChange={setSelected} />
 * </OkrProvider>
 */
export function AlignmentTree(props: AlignmentTreeProps) {
  const { direction = 'top-down', renderNode, renderOwner, reducedMotion = false, className, unstyled } = props;
  const { labels: providerLabels, locale } = useOkrContext();
  // The provider's directory names owners unless the deprecated `renderOwner` is given.
  const { personName } = useDirectoryNames();
  const labels = useMemo(() => resolveAlignmentTreeLabels(providerLabels, props.labels), [providerLabels, props.labels]);
  const { status: storeStatus } = useStoreStatus();
  // Handed to `renderNode` as each node's `can`: the tree has no write action of its own.
  const ask = usePolicy();

  const rootRef = useRef<HTMLDivElement | null>(null);
  // Right-to-left is read from the page once mounted (the server renders left-to-right).
  const [mirrored, setMirrored] = useState(false);
  useIsomorphicLayoutEffect(() => {
    const element = rootRef.current;
    if (element) setMirrored(getComputedStyle(element).direction === 'rtl');
  }, []);

  const model = useAlignmentModel({ ...props, labels });
  const { layout, toggle, expand, collapse } = useAlignmentLayout({
    model,
    direction,
    mirrored,
    expanded: props.expanded,
    defaultExpanded: props.defaultExpanded,
    onExpandedChange: props.onExpandedChange,
  });
  const viewport = useAlignmentViewport({
    layout,
    initialSize: props.initialSize ?? DEFAULT_SIZE,
    minZoom: props.minZoom ?? 0.2,
    maxZoom: props.maxZoom ?? 2,
    placement: `${direction}|${mirrored}`,
  });
  const interaction = useTreeInteraction({
    layout,
    titleOf: model.titleOf,
    selectedId: props.selectedId,
    defaultSelectedId: props.defaultSelectedId,
    onSelectedChange: props.onSelectedChange,
    expand,
    collapse,
    toggle,
    reveal: viewport.reveal,
  });
  const { focusedId, selectedId, hoveredId } = interaction;

  const onPath = useMemo(() => {
    const ids = [hoveredId, selectedId].flatMap((id) => (id ? pathToRoot(model.graph, id) : []));
    return ids.length ? new Set(ids) : NO_IDS;
  }, [model.graph, hoveredId, selectedId]);

  // The culled nodes plus the focused one (focus must never land on an unmounted node), in tree order.
  const { order, indexOf } = navigationIndex(layout);
  const rendered = useMemo(() => {
    const positions = viewport.visibleIds.map((id) => indexOf.get(id) ?? -1);
    const focusedAt = focusedId === undefined ? -1 : (indexOf.get(focusedId) ?? -1);
    if (focusedAt >= 0 && !positions.includes(focusedAt)) positions.push(focusedAt);
    return positions.filter((at) => at >= 0).sort((a, b) => a - b);
  }, [viewport.visibleIds, indexOf, focusedId]);

  const hintId = useId();
  const treeLabel = props['aria-label'] ?? labels.tree;
  const matches = model.filter?.matches.size;
  return (
    <div
      ref={rootRef}
      className={slotClass('alignment-tree', rootClassName('okr-alignment-tree', unstyled, className))}
      data-slot="alignment-tree"
      data-direction={direction}
      data-reduced-motion={reducedMotion || undefined}
    >
      <AlignmentTreeIssues graph={model.graph} titleOf={model.titleOf} matches={matches} labels={labels} locale={locale} />
      <div data-slot="alignment-tree-canvas" className="okr-slot-alignment-tree-canvas">
        <div
          ref={viewport.viewportRef}
          data-slot="alignment-tree-viewport" className="okr-slot-alignment-tree-viewport"
          role="group"
          aria-label={labels.canvas}
          aria-describedby={hintId}
          tabIndex={0}
          {...viewport.handlers}
        >
          <div ref={viewport.layerRef} data-slot="alignment-tree-layer" className="okr-slot-alignment-tree-layer" style={{ transform: viewport.layerTransform }}>
            <AlignmentTreeLinks links={viewport.visibleLinks} highlighted={onPath} clip={viewport.linkClip} />
            {order.length ? (
              <div role="tree" aria-label={treeLabel} data-slot="alignment-tree-nodes" className="okr-slot-alignment-tree-nodes" onKeyDown={interaction.onTreeKeyDown}>
                {rendered.map((at) => {
                  const node = order[at];
                  if (!node) return null;
                  const { id } = node;
                  return (
                    <AlignmentTreeItem
                      key={id}
                      node={node}
                      objective={model.graph.nodeById.get(id)?.objective}
                      rollup={model.rollups.nodes.get(id)}
                      title={model.titleOf(id)}
                      count={model.countOf(id)}
                      width={layout.nodeWidth}
                      height={layout.nodeHeight}
                      selected={id === selectedId}
                      focused={id === focusedId}
                      onPath={onPath.has(id)}
                      match={model.filter?.matches.has(id) ?? false}
                      detail={viewport.detail}
                      labels={labels}
                      statusWords={providerLabels.status}
                      locale={locale}
                      renderNode={renderNode}
                      ask={ask}
                      renderOwner={renderOwner ?? personName}
                      registerItem={interaction.registerItem}
                      activate={interaction.activate}
                      toggle={toggle}
                      onItemFocus={interaction.onItemFocus}
                      setHoveredId={interaction.setHoveredId}
                    />
                  );
                })}
              </div>
            ) : null}
          </div>
          {order.length ? null : (
            <p data-slot="alignment-tree-empty" className="okr-slot-alignment-tree-empty">{storeStatus === 'error' ? providerLabels.loadFailed : storeStatus === 'ready' ? providerLabels.empty : providerLabels.loading}</p>
          )}
        </div>
        <AlignmentTreeControls labels={labels} zoomIn={viewport.zoomIn} zoomOut={viewport.zoomOut} fit={viewport.fit} reset={viewport.reset} />
        <span id={hintId} style={visuallyHidden}>
          {labels.canvasHint}
        </span>
      </div>
    </div>
  );
}
