import type { AlignmentLayout, AlignmentLayoutNode } from '@okrkit/core';

/**
 * What a key press on a focused tree item asks for (WAI-ARIA tree pattern):
 * - `focus`: move focus to `id`;
 * - `expand` / `collapse`: change these ids' expansion (focus stays);
 * - `select`: select `id`;
 * - `none`: the key is not the tree's.
 * @example { type: 'focus', id: 'obj-retention' } satisfies TreeKeyAction
 */
export type TreeKeyAction =
  | { type: 'focus'; id: string }
  | { type: 'expand'; ids: string[] }
  | { type: 'collapse'; id: string }
  | { type: 'select'; id: string }
  | { type: 'none' };

interface NavigationIndex {
  order: readonly AlignmentLayoutNode[];
  indexOf: ReadonlyMap<string, number>;
}

// Keyed by the layout object: layouts are immutable, and a key press must not cost O(n).
const indexes = new WeakMap<AlignmentLayout, NavigationIndex>();

/**
 * The shown nodes in tree order (what ArrowDown walks) with each id's position. Cached per layout.
 * @example navigationIndex(layout).indexOf.get('obj-retention') // 3
 */
export function navigationIndex(layout: AlignmentLayout): NavigationIndex {
  let index = indexes.get(layout);
  if (!index) {
    index = { order: layout.nodes, indexOf: new Map(layout.nodes.map((node, at) => [node.id, at])) };
    indexes.set(layout, index);
  }
  return index;
}

/**
 * The action for a key pressed on the item `focusedId`: ArrowDown/ArrowUp = next/previous shown
 * item, ArrowRight = expand or go to the first child, ArrowLeft = collapse or go to the parent,
 * Home/End = first/last item, `*` = expand every sibling, Enter/Space = select. Type-ahead is
 * {@link typeAheadTarget}'s. Arrow keys are logical (tree order), so they do not mirror in
 * right-to-left pages, as in native tree views.
 * @example treeKeyAction(layout, 'obj-company-growth', 'ArrowRight') // { type: 'focus', id: 'obj-user-activity' } when expanded
 */
export function treeKeyAction(layout: AlignmentLayout, focusedId: string, key: string): TreeKeyAction {
  const { order, indexOf } = navigationIndex(layout);
  const at = indexOf.get(focusedId);
  const node = at === undefined ? undefined : order[at];
  if (at === undefined || !node) return order[0] ? { type: 'focus', id: order[0].id } : { type: 'none' };
  const focus = (target: AlignmentLayoutNode | undefined): TreeKeyAction => (target ? { type: 'focus', id: target.id } : { type: 'none' });
  switch (key) {
    case 'ArrowDown':
      return focus(order[at + 1]);
    case 'ArrowUp':
      return focus(order[at - 1]);
    case 'Home':
      return focus(order[0]);
    case 'End':
      return focus(order[order.length - 1]);
    case 'ArrowRight':
      if (!node.hasChildren) return { type: 'none' };
      if (node.collapsed) return { type: 'expand', ids: [node.id] };
      return focus(order[at + 1]?.parentId === node.id ? order[at + 1] : undefined);
    case 'ArrowLeft':
      if (node.hasChildren && !node.collapsed) return { type: 'collapse', id: node.id };
      return node.parentId === null ? { type: 'none' } : focus(order[indexOf.get(node.parentId) ?? -1]);
    case '*': {
      const ids = order.filter((other) => other.parentId === node.parentId && other.hasChildren && other.collapsed).map((other) => other.id);
      return ids.length ? { type: 'expand', ids } : { type: 'none' };
    }
    case 'Enter':
    case ' ':
      return { type: 'select', id: node.id };
    default:
      return { type: 'none' };
  }
}

/**
 * Type-ahead: the next shown item whose title starts with `query` (case and accents ignored),
 * wrapping around. A one-letter query starts after the focused item (pressing "s" again moves
 * on); a longer one starts at it (typing "sa" after "s" stays when it still matches).
 * @example typeAheadTarget(layout, 'obj-company-growth', 'ret', titleOf) // 'obj-retention'
 */
export function typeAheadTarget(layout: AlignmentLayout, focusedId: string, query: string, titleOf: (id: string) => string): string | undefined {
  const { order, indexOf } = navigationIndex(layout);
  const wanted = fold(query);
  if (!wanted || !order.length) return undefined;
  const start = (indexOf.get(focusedId) ?? -1) + (wanted.length === 1 ? 1 : 0);
  for (let step = 0; step < order.length; step++) {
    const node = order[(start + step + order.length) % order.length] as AlignmentLayoutNode;
    if (fold(titleOf(node.id)).startsWith(wanted)) return node.id;
  }
  return undefined;
}

/** Whether a key is a printable character for type-ahead (not `*`, which expands siblings). */
export function isTypeAheadKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return event.key.length === 1 && event.key !== '*' && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
