'use client';
import { isAlignmentGroupId, type AlignmentLayout } from '@okrkit/core';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useControllableState } from '../internal/use-controllable-state';
import { isTypeAheadKey, navigationIndex, treeKeyAction, typeAheadTarget } from './tree-navigation.utils';

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
/** How long typed characters add up to one type-ahead query. */
export const TYPE_AHEAD_MS = 500;

/** Options of {@link useTreeInteraction}. */
export interface UseTreeInteractionOptions {
  layout: AlignmentLayout;
  titleOf: (id: string) => string;
  selectedId: string | null | undefined;
  defaultSelectedId: string | null | undefined;
  onSelectedChange: ((selectedId: string | null) => void) | undefined;
  expand: (ids: readonly string[]) => void;
  collapse: (id: string) => void;
  toggle: (id: string) => void;
  /** Brings a node into view; called before it is focused. */
  reveal: (id: string) => void;
}

/** Focus, selection and hover of the tree, and its keyboard handler. */
export interface TreeInteraction {
  /** The one item with `tabIndex=0` (roving tab stop); always rendered, even off-screen. */
  focusedId: string | undefined;
  selectedId: string | null;
  hoveredId: string | null;
  setHoveredId: (id: string | null) => void;
  /** Registers an item's element (for focusing it). */
  registerItem: (id: string, element: HTMLElement | null) => void;
  onTreeKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** A click on an item: focus it and select it (a group toggles instead). */
  activate: (id: string) => void;
  /** Keeps the roving tab stop on an item focused by other means (Tab, a screen reader). */
  onItemFocus: (id: string) => void;
}

/**
 * The WAI-ARIA tree behaviour over a laid-out alignment tree: a roving tab stop, the arrow
 * keys, Home/End, `*`, Enter/Space, type-ahead (a {@link TYPE_AHEAD_MS} buffer), selection
 * (controlled or uncontrolled) and hover. Focus may move to a node the viewport culled, so
 * a move first pans the view (`reveal`) and marks the target as focused, which renders it;
 * the element is focused after that render, with `preventScroll` (the pan already happened).
 * @example const interaction = useTreeInteraction({ layout, titleOf, selectedId, defaultSelectedId, onSelectedChange, expand, collapse, toggle, reveal });
 */
export function useTreeInteraction(options: UseTreeInteractionOptions): TreeInteraction {
  const { layout, titleOf, expand, collapse, toggle, reveal } = options;
  const [selectedId, setSelectedId] = useControllableState<string | null>({
    value: options.selectedId,
    defaultValue: options.defaultSelectedId ?? null,
    onChange: options.onSelectedChange,
  });
  const [focusState, setFocusState] = useState<string | undefined>(undefined);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const { order, indexOf } = navigationIndex(layout);
  // The stored focus, else the selection, else the first item: there is always one tab stop.
  const focusedId = [focusState, selectedId ?? undefined, order[0]?.id].find((id) => id !== undefined && indexOf.has(id));

  const items = useRef(new Map<string, HTMLElement>());
  const registerItem = useCallback((id: string, element: HTMLElement | null) => {
    if (element) items.current.set(id, element);
    else items.current.delete(id);
  }, []);
  const pendingFocus = useRef<string | null>(null);
  useIsomorphicLayoutEffect(() => {
    const id = pendingFocus.current;
    const element = id === null ? undefined : items.current.get(id);
    if (!element) return;
    pendingFocus.current = null;
    element.focus({ preventScroll: true });
  });

  const moveFocus = useCallback(
    (id: string) => {
      reveal(id);
      pendingFocus.current = id;
      setFocusState(id);
    },
    [reveal],
  );
  const activate = useCallback(
    (id: string) => {
      moveFocus(id);
      if (isAlignmentGroupId(id)) toggle(id);
      else setSelectedId(id);
    },
    [moveFocus, toggle, setSelectedId],
  );
  // Tab (or a screen reader) may focus the tab stop while it is panned out of view: bring it back.
  const onItemFocus = useCallback(
    (id: string) => {
      setFocusState(id);
      reveal(id);
    },
    [reveal],
  );

  const typed = useRef({ query: '', timer: undefined as ReturnType<typeof setTimeout> | undefined });
  useEffect(() => () => clearTimeout(typed.current.timer), []);

  const onTreeKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (focusedId === undefined) return;
      if (isTypeAheadKey(event)) {
        const buffer = typed.current;
        buffer.query += event.key;
        clearTimeout(buffer.timer);
        buffer.timer = setTimeout(() => (buffer.query = ''), TYPE_AHEAD_MS);
        const target = typeAheadTarget(layout, focusedId, buffer.query, titleOf);
        event.preventDefault();
        event.stopPropagation();
        if (target !== undefined && target !== focusedId) moveFocus(target);
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const action = treeKeyAction(layout, focusedId, event.key);
      if (action.type === 'none') return;
      event.preventDefault();
      event.stopPropagation();
      switch (action.type) {
        case 'focus':
          moveFocus(action.id);
          break;
        case 'expand':
          expand(action.ids);
          break;
        case 'collapse':
          collapse(action.id);
          break;
        case 'select':
          activate(action.id);
          break;
        default:
          action satisfies never;
      }
    },
    [layout, focusedId, titleOf, moveFocus, expand, collapse, activate],
  );

  return { focusedId, selectedId, hoveredId, setHoveredId, registerItem, onTreeKeyDown, activate, onItemFocus };
}
