'use client';
import { visibleLinksInViewport, visibleNodesInViewport, type AlignmentBounds, type AlignmentLayout, type AlignmentLayoutLink } from '@okrkit/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject, type UIEvent } from 'react';
import type { AlignmentTreeDetail, AlignmentTreeTransform } from './alignment-tree.types';
import { navigationIndex } from './tree-navigation.utils';
import { clampScale, detailAt, ensureVisible, fitTransform, FULL_DETAIL_FROM, linkClipFor, panBy, toViewport, VIEW_PADDING, viewInside, zoomAt, type ViewSize } from './viewport.utils';

// useLayoutEffect warns on React 18's server renderer; `typeof document` touches no global.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Options of {@link useAlignmentViewport}. */
export interface UseAlignmentViewportOptions {
  layout: AlignmentLayout;
  initialSize: ViewSize;
  minZoom: number;
  maxZoom: number;
  /** A change re-places the view (direction or mirroring changed). */
  placement: string;
}

/** What the view draws, and the handlers that move it. */
export interface AlignmentViewportState {
  viewportRef: RefObject<HTMLDivElement | null>;
  layerRef: RefObject<HTMLDivElement | null>;
  /** The layer's CSS transform at render time (later moves are applied without React). */
  layerTransform: string;
  /** The ids and links that meet the view plus overscan: all the DOM holds. */
  visibleIds: readonly string[];
  visibleLinks: readonly AlignmentLayoutLink[];
  /** The rectangle (layout units) the links are cut to: the view and a margin, see `linkClipFor`. */
  linkClip: AlignmentBounds;
  detail: AlignmentTreeDetail;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  reset: () => void;
  /** Pans (at once, unanimated) so the node is in view; call before focusing it. */
  reveal: (id: string) => void;
  handlers: {
    onPointerDown: (event: PointerEvent<HTMLDivElement>) => void;
    onPointerMove: (event: PointerEvent<HTMLDivElement>) => void;
    onPointerUp: (event: PointerEvent<HTMLDivElement>) => void;
    onPointerCancel: (event: PointerEvent<HTMLDivElement>) => void;
    onClickCapture: (event: { preventDefault(): void; stopPropagation(): void }) => void;
    onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
    onScroll: (event: UIEvent<HTMLDivElement>) => void;
  };
}

const css = ({ x, y, scale }: AlignmentTreeTransform) => `translate(${-x * scale}px, ${-y * scale}px) scale(${scale})`;
const DRAG_THRESHOLD = 4;
const KEY_PAN = 64;

/** Scale 1, the first top of the tree centred across (top-down) or down (left-right) the view. */
function homeTransform(layout: AlignmentLayout, size: ViewSize): AlignmentTreeTransform {
  const first = layout.nodes[0];
  if (!first) return { x: -size.width / 2, y: -VIEW_PADDING, scale: 1 };
  if (layout.direction === 'top-down') return { x: first.x + layout.nodeWidth / 2 - size.width / 2, y: first.y - VIEW_PADDING, scale: 1 };
  // Mirrored (right-to-left) layouts start on the right.
  const startsLeft = first.x - layout.bounds.minX <= layout.bounds.maxX - (first.x + layout.nodeWidth);
  const x = startsLeft ? first.x - VIEW_PADDING : first.x + layout.nodeWidth + VIEW_PADDING - size.width;
  return { x, y: first.y + layout.nodeHeight / 2 - size.height / 2, scale: 1 };
}

/** Fit when the whole tree is legible that way (never above 1), else home. */
function initialTransform(layout: AlignmentLayout, size: ViewSize, minZoom: number): AlignmentTreeTransform {
  const fitted = fitTransform(layout.bounds, size, minZoom, 1);
  return fitted.scale >= FULL_DETAIL_FROM ? fitted : homeTransform(layout, size);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, at) => item === b[at]);
}

/**
 * Pan and zoom for the alignment tree, and what to render. The transform lives in a ref and
 * reaches the layer's `style.transform` directly (in a `requestAnimationFrame` for pointer
 * and wheel moves); React re-renders only when the culled set of nodes or links, or the
 * level of detail, changes, or the view leaves the rectangle the links were cut to. Wheel zooms at the cursor, a drag pans (pointer events; a drag
 * is no click), two pointers pinch, and `+`/`-`/`0`/arrows work when the canvas itself has focus.
 * Server-safe: touches no browser global while rendering; `initialSize` stands in until measured.
 * @example const viewport = useAlignmentViewport({ layout, initialSize: { width: 960, height: 600 }, minZoom: 0.2, maxZoom: 2, placement: 'top-down' });
 */
export function useAlignmentViewport(options: UseAlignmentViewportOptions): AlignmentViewportState {
  const { layout, minZoom, maxZoom, placement } = options;
  const viewportRef = useRef<HTMLDivElement | null>(null);
  const layerRef = useRef<HTMLDivElement | null>(null);
  const [size, setSize] = useState<ViewSize>(options.initialSize);
  const sizeRef = useRef(size);
  sizeRef.current = size;
  const transformRef = useRef<AlignmentTreeTransform>({ x: 0, y: 0, scale: 1 });
  const placedRef = useRef<string | null>(null);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  // Placed during render (not in an effect) so the server's HTML already shows the tree.
  const placeKey = `${placement}|${layout.nodes.length > 0}`;
  if (placedRef.current !== placeKey && layout.nodes.length > 0) {
    placedRef.current = placeKey;
    transformRef.current = initialTransform(layout, size, minZoom);
  }

  const [version, setVersion] = useState(0);
  const visible = useMemo(() => {
    const viewport = toViewport(transformRef.current, size);
    return {
      ids: visibleNodesInViewport(layout, viewport),
      links: visibleLinksInViewport(layout, viewport),
      clip: linkClipFor(transformRef.current, size),
      detail: detailAt(transformRef.current.scale),
    };
    // `version` stands for the transform ref: bumped whenever a move changes what is culled, or leaves the links' clip.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, size, version]);
  const visibleRef = useRef(visible);
  visibleRef.current = visible;

  const frameRef = useRef(0);
  const apply = useCallback((animate: boolean) => {
    const layer = layerRef.current;
    if (layer) {
      layer.toggleAttribute('data-animate', animate);
      layer.style.transform = css(transformRef.current);
    }
    const viewport = toViewport(transformRef.current, sizeRef.current);
    const shown = visibleRef.current;
    const ids = visibleNodesInViewport(layoutRef.current, viewport);
    const links = visibleLinksInViewport(layoutRef.current, viewport);
    const changed = !sameList(ids, shown.ids) || !sameList(links, shown.links) || detailAt(transformRef.current.scale) !== shown.detail;
    if (changed || !viewInside(transformRef.current, sizeRef.current, shown.clip)) {
      setVersion((at) => at + 1);
    }
  }, []);
  /** `frame`: coalesce into the next animation frame (pointer moves); otherwise apply now. */
  const commit = useCallback(
    (next: AlignmentTreeTransform, mode: 'frame' | 'now' | 'animate') => {
      transformRef.current = { ...next, scale: clampScale(next.scale, minZoom, maxZoom) };
      if (mode !== 'frame' || typeof requestAnimationFrame === 'undefined') {
        apply(mode === 'animate');
        return;
      }
      if (frameRef.current) return;
      frameRef.current = requestAnimationFrame(() => {
        frameRef.current = 0;
        apply(false);
      });
    },
    [apply, minZoom, maxZoom],
  );
  useEffect(() => () => cancelAnimationFrame(frameRef.current), []);

  // Measure, and follow resizes.
  useIsomorphicLayoutEffect(() => {
    const element = viewportRef.current;
    if (!element) return undefined;
    const measure = () => {
      const { clientWidth: width, clientHeight: height } = element;
      if (width > 0 && height > 0 && (width !== sizeRef.current.width || height !== sizeRef.current.height)) setSize({ width, height });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Wheel zooms at the cursor. Native and non-passive: React's wheel listener cannot preventDefault.
  useEffect(() => {
    const element = viewportRef.current;
    if (!element) return undefined;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      const factor = Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0015));
      commit(zoomAt(transformRef.current, factor, { x: event.clientX - rect.left, y: event.clientY - rect.top }, minZoom, maxZoom), 'frame');
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [commit, minZoom, maxZoom]);

  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const drag = useRef({ moved: false, suppressClick: false });
  const handlers = useMemo<AlignmentViewportState['handlers']>(() => {
    const local = (event: PointerEvent<HTMLDivElement>) => {
      const rect = event.currentTarget.getBoundingClientRect();
      return { x: event.clientX - rect.left, y: event.clientY - rect.top };
    };
    const release = (event: PointerEvent<HTMLDivElement>) => {
      pointers.current.delete(event.pointerId);
      if (pointers.current.size === 0) {
        drag.current.suppressClick = drag.current.moved;
        drag.current.moved = false;
      }
    };
    return {
      onPointerDown: (event) => {
        if (event.pointerType === 'mouse' && event.button !== 0) return;
        pointers.current.set(event.pointerId, local(event));
        drag.current.suppressClick = false;
      },
      onPointerMove: (event) => {
        const before = pointers.current.get(event.pointerId);
        if (!before) return;
        const now = local(event);
        const others = [...pointers.current.entries()].filter(([id]) => id !== event.pointerId);
        if (!drag.current.moved && Math.hypot(now.x - before.x, now.y - before.y) < DRAG_THRESHOLD && others.length === 0) return;
        if (!drag.current.moved) {
          drag.current.moved = true;
          try {
            event.currentTarget.setPointerCapture(event.pointerId);
          } catch {
            // A pointer that is already gone (or synthetic) cannot be captured; panning still works.
          }
        }
        pointers.current.set(event.pointerId, now);
        const other = others[0]?.[1];
        if (other) {
          // Pinch: zoom by the change in finger distance at their midpoint, and follow the midpoint.
          const factor = Math.hypot(now.x - other.x, now.y - other.y) / Math.max(1, Math.hypot(before.x - other.x, before.y - other.y));
          const middle = { x: (now.x + other.x) / 2, y: (now.y + other.y) / 2 };
          const zoomed = zoomAt(transformRef.current, factor, middle, minZoom, maxZoom);
          commit(panBy(zoomed, (now.x - before.x) / 2, (now.y - before.y) / 2), 'frame');
        } else {
          commit(panBy(transformRef.current, now.x - before.x, now.y - before.y), 'frame');
        }
      },
      onPointerUp: release,
      onPointerCancel: release,
      onClickCapture: (event) => {
        if (!drag.current.suppressClick) return;
        drag.current.suppressClick = false;
        event.preventDefault();
        event.stopPropagation();
      },
      // The browser scrolls an overflow-hidden box to show a focused child; the transform is the only scroll here.
      onScroll: (event) => {
        event.currentTarget.scrollLeft = 0;
        event.currentTarget.scrollTop = 0;
      },
      onKeyDown: (event) => {
        if (event.target !== event.currentTarget) return;
        const centre = { x: sizeRef.current.width / 2, y: sizeRef.current.height / 2 };
        const moves: Record<string, () => AlignmentTreeTransform> = {
          '+': () => zoomAt(transformRef.current, 1.25, centre, minZoom, maxZoom),
          '=': () => zoomAt(transformRef.current, 1.25, centre, minZoom, maxZoom),
          '-': () => zoomAt(transformRef.current, 0.8, centre, minZoom, maxZoom),
          '0': () => homeTransform(layoutRef.current, sizeRef.current),
          ArrowLeft: () => panBy(transformRef.current, KEY_PAN, 0),
          ArrowRight: () => panBy(transformRef.current, -KEY_PAN, 0),
          ArrowUp: () => panBy(transformRef.current, 0, KEY_PAN),
          ArrowDown: () => panBy(transformRef.current, 0, -KEY_PAN),
        };
        const move = moves[event.key];
        if (!move || event.ctrlKey || event.metaKey || event.altKey) return;
        event.preventDefault();
        commit(move(), 'animate');
      },
    };
  }, [commit, minZoom, maxZoom]);

  const centre = () => ({ x: sizeRef.current.width / 2, y: sizeRef.current.height / 2 });
  const zoomIn = useCallback(() => commit(zoomAt(transformRef.current, 1.25, centre(), minZoom, maxZoom), 'animate'), [commit, minZoom, maxZoom]);
  const zoomOut = useCallback(() => commit(zoomAt(transformRef.current, 0.8, centre(), minZoom, maxZoom), 'animate'), [commit, minZoom, maxZoom]);
  const fit = useCallback(() => commit(fitTransform(layoutRef.current.bounds, sizeRef.current, minZoom, maxZoom), 'animate'), [commit, minZoom, maxZoom]);
  const reset = useCallback(() => commit(homeTransform(layoutRef.current, sizeRef.current), 'animate'), [commit]);
  const reveal = useCallback(
    (id: string) => {
      const { order, indexOf } = navigationIndex(layoutRef.current);
      const node = order[indexOf.get(id) ?? -1];
      if (!node) return;
      const box = { x: node.x, y: node.y, width: layoutRef.current.nodeWidth, height: layoutRef.current.nodeHeight };
      const next = ensureVisible(transformRef.current, box, sizeRef.current);
      if (next !== transformRef.current) commit(next, 'now');
    },
    [commit],
  );

  return {
    viewportRef,
    layerRef,
    layerTransform: css(transformRef.current),
    visibleIds: visible.ids,
    visibleLinks: visible.links,
    linkClip: visible.clip,
    detail: visible.detail,
    zoomIn,
    zoomOut,
    fit,
    reset,
    reveal,
    handlers,
  };
}
