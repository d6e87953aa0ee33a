'use client';
import type { AlignmentLayoutNode, AlignmentNodeRollup, AuthorizationTarget, Objective, OkrAction, Status } from '@okrkit/core';
import type { Permission } from '../provider/permission-hooks';
import { memo, useCallback, type CSSProperties, type ReactNode } from 'react';
import { formatNumber, formatProgressPercent } from '../format/number-format';
import { StatusIcon } from '../key-result-progress/status-icon';
import type { AlignmentTreeLabels } from './alignment-tree.labels';
import type { AlignmentTreeDetail, AlignmentTreeNodeRenderProps } from './alignment-tree.types';

/** Props of one tree item: plain values and stable callbacks, so a memoised item re-renders only when its own state changes. */
export interface AlignmentTreeItemProps {
  node: AlignmentLayoutNode;
  objective: Objective | undefined;
  rollup: AlignmentNodeRollup | undefined;
  title: string;
  count: number;
  width: number;
  height: number;
  selected: boolean;
  focused: boolean;
  onPath: boolean;
  match: boolean;
  detail: AlignmentTreeDetail;
  labels: AlignmentTreeLabels;
  statusWords: Record<Status, string>;
  locale: string | undefined;
  renderNode: ((props: AlignmentTreeNodeRenderProps) => ReactNode) | undefined;
  /** The provider's policy as a function (`usePolicy`), asked for the node's objective by `renderNode`'s `can`. */
  ask: (action: OkrAction, target: AuthorizationTarget) => Permission;
  renderOwner: ((ownerId: string) => ReactNode) | undefined;
  registerItem: (id: string, element: HTMLElement | null) => void;
  activate: (id: string) => void;
  toggle: (id: string) => void;
  onItemFocus: (id: string) => void;
  setHoveredId: (id: string | null) => void;
}

const REFUSED: Permission = Object.freeze({ allowed: false, reason: undefined });

/**
 * One `treeitem`, absolutely placed at its layout box: ARIA (level, set size and position,
 * expanded, selected), the roving tab stop, click to select, hover for the path highlight.
 * Its content is `renderNode`'s, or the default compact card.
 */
export const AlignmentTreeItem = /* @__PURE__ */ memo(function AlignmentTreeItem(props: AlignmentTreeItemProps) {
  const { node, objective, rollup, title, selected, focused, detail, labels, statusWords, renderNode, registerItem, activate, toggle, onItemFocus, setHoveredId } = props;
  const { id } = node;
  const ref = useCallback((element: HTMLElement | null) => registerItem(id, element), [registerItem, id]);
  const style: CSSProperties = { transform: `translate(${node.x}px, ${node.y}px)`, width: props.width, height: props.height };
  const status = rollup?.status;
  const content = renderNode ? (
    renderNode({
      node, objective, rollup, title, count: props.count, selected, focused, onPath: props.onPath, match: props.match, detail, labels, locale: props.locale,
      can: (action) => (objective ? props.ask(action, { kind: 'objective', record: objective, objective }) : REFUSED),
    })
  ) : detail === 'compact' ? (
    title
  ) : node.kind === 'objective' ? (
    <ObjectiveContent {...props} />
  ) : (
    <>
      <span data-slot="alignment-tree-group-title" className="okr-slot-alignment-tree-group-title" dir="auto">
        {title}
      </span>
      <span data-slot="alignment-tree-group-count" className="okr-slot-alignment-tree-group-count">{formatNumber(props.count, props.locale)}</span>
    </>
  );
  return (
    <div
      ref={ref}
      role="treeitem"
      data-slot="alignment-tree-item" className="okr-slot-alignment-tree-item"
      data-kind={node.kind}
      data-detail={detail}
      data-state={status}
      data-selected={selected || undefined}
      data-on-path={props.onPath || undefined}
      data-match={props.match || undefined}
      data-expanded={node.hasChildren ? !node.collapsed : undefined}
      aria-level={node.depth + 1}
      aria-setsize={node.setSize}
      aria-posinset={node.positionInSet}
      aria-expanded={node.hasChildren ? !node.collapsed : undefined}
      aria-selected={node.kind === 'objective' ? selected : undefined}
      // Compact items show only the title; the status is still spoken.
      aria-label={detail === 'compact' && !renderNode && status ? `${title}, ${statusWords[status]}` : undefined}
      tabIndex={focused ? 0 : -1}
      style={style}
      onClick={() => activate(id)}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onItemFocus(id);
      }}
      onPointerEnter={() => setHoveredId(id)}
      onPointerLeave={() => setHoveredId(null)}
    >
      {node.hasChildren && detail === 'full' ? (
        // Pointer users' expander; keyboard users have the arrow keys, screen readers `aria-expanded`.
        <span
          data-slot="alignment-tree-toggle" className="okr-slot-alignment-tree-toggle"
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            toggle(id);
          }}
        />
      ) : null}
      {content}
    </div>
  );
});

function ObjectiveContent({ objective, rollup, title, statusWords, locale, renderOwner }: AlignmentTreeItemProps) {
  const ownerId = objective?.ownerId;
  const status = rollup?.status ?? 'not-started';
  const progress = rollup?.subtreeProgress.value ?? 0;
  return (
    <>
      {/* dir="auto": the title takes its own direction, so its ellipsis (text-overflow) cuts
          the end of the text, not its start, whatever the tree's direction. */}
      <span data-slot="alignment-tree-node-title" className="okr-slot-alignment-tree-node-title" dir="auto">
        {title}
      </span>
      {ownerId !== undefined ? (
        <span data-slot="alignment-tree-node-owner" className="okr-slot-alignment-tree-node-owner" dir="auto">
          {renderOwner ? renderOwner(ownerId) : ownerId}
        </span>
      ) : null}
      <span
        data-slot="alignment-tree-node-bar" className="okr-slot-alignment-tree-node-bar"
        aria-hidden="true"
        style={{ '--okr-progress-fill': `${Math.round(progress * 100)}%` } as CSSProperties}
      />
      <span data-slot="alignment-tree-node-status" className="okr-slot-alignment-tree-node-status">
        <StatusIcon status={status} slot="alignment-tree-node-status-icon" />
        {`${formatProgressPercent(rollup?.subtreeProgress.raw ?? 0, locale)} · ${statusWords[status]}`}
      </span>
    </>
  );
}
