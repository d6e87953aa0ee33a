import type {
  AlignmentDirection,
  AlignmentFilter,
  AlignmentLayoutNode,
  AlignmentNodeRollup,
  Objective,
  OkrAction,
} from '@okrkit/core';
import type { ReactNode } from 'react';
import type { Permission } from '../provider/permission-hooks';
import type { AlignmentTreeLabels } from './alignment-tree.labels';

/**
 * How much of a node is drawn: `full` (the compact card) when zoomed in enough to read it,
 * `compact` (one line) when zoomed out — fewer DOM elements when many nodes are in view.
 * @example props.detail === 'compact'
 */
export type AlignmentTreeDetail = 'full' | 'compact';

/**
 * What a node renderer receives. The tree draws the `treeitem` around it (position, ARIA,
 * focus, selection), so a custom renderer only draws the content.
 * @example renderNode={({ objective, rollup }) => <b>{objective?.title} {rollup?.status}</b>}
 */
export interface AlignmentTreeNodeRenderProps {
  node: AlignmentLayoutNode;
  /** Undefined for the orphans and loops groups. */
  objective: Objective | undefined;
  rollup: AlignmentNodeRollup | undefined;
  /** The title the node is announced and searched by (a group's heading for groups). */
  title: string;
  /** Objectives below it (groups: the objectives they hold). */
  count: number;
  selected: boolean;
  focused: boolean;
  /** On the highlighted path to the root (hovered or selected node). */
  onPath: boolean;
  /** Matches the active filter (false when there is no filter). */
  match: boolean;
  detail: AlignmentTreeDetail;
  labels: AlignmentTreeLabels;
  locale: string | undefined;
  /**
   * The provider's `can` policy for this node's objective (`{ kind: 'objective', record, objective }`,
   * as the REST handler's `authorize` is asked): the tree itself only selects and expands, so any
   * action a host draws in the node (edit, re-parent, delete, check in) asks here and is hidden or
   * `aria-disabled` with `reason` when refused. Groups (orphans, loops) are no record: refused, no reason.
   * @example const { allowed, reason } = can('update'); <button aria-disabled={!allowed || undefined} title={reason}>Edit</button>
   */
  can: (action: OkrAction) => Permission;
}

/**
 * A viewport as the tree keeps it: the layout point at the view's top-left corner and the
 * zoom (screen pixels per layout unit).
 * @example { x: -480, y: -24, scale: 1 }
 */
export interface AlignmentTreeTransform {
  x: number;
  y: number;
  scale: number;
}

/** Props of {@link AlignmentTree}. */
export interface AlignmentTreeProps extends AlignmentFilter {
  /** @default 'top-down' */
  direction?: AlignmentDirection;
  /** Expanded objective/group ids (controlled). */
  expanded?: readonly string[];
  /** Expanded ids when uncontrolled; `'all'` expands everything. @default the top two levels */
  defaultExpanded?: readonly string[] | 'all';
  onExpandedChange?: (expanded: string[]) => void;
  /** The selected objective id (controlled); `null` for none. */
  selectedId?: string | null;
  /** @default null */
  defaultSelectedId?: string | null;
  onSelectedChange?: (selectedId: string | null) => void;
  /** Replaces the content of each node (the tree keeps the `treeitem` around it). */
  renderNode?: (props: AlignmentTreeNodeRenderProps) => ReactNode;
  /**
   * Shows an owner id as a name.
   * @deprecated Pass `directory` to `OkrProvider` instead. Still honoured (before the directory) for one release.
   * @default the name in the provider's directory, else the id
   */
  renderOwner?: (ownerId: string) => ReactNode;
  /** Teams whose objectives are the tops of the tree (see `buildAlignmentGraph`). */
  topLevelTeamIds?: readonly string[];
  /** Show draft objectives. @default false */
  includeDrafts?: boolean;
  /** No animated panning or zooming (on top of the OS's `prefers-reduced-motion`). @default false */
  reducedMotion?: boolean;
  /** Size of the view before it is measured (server rendering, tests). @default { width: 960, height: 600 } */
  initialSize?: { width: number; height: number };
  /** @default 0.2 (below it the view could hold more nodes than the DOM budget) */
  minZoom?: number;
  /** @default 2 */
  maxZoom?: number;
  /** Words, over the provider's `labels.alignmentTree` and the defaults. */
  labels?: Partial<AlignmentTreeLabels>;
  /** The tree's accessible name. @default labels.tree */
  'aria-label'?: string;
  className?: string;
  /** Leave out okrkit's class names (bring your own styles). */
  unstyled?: boolean;
}
