import type { Progress } from '../explain/explain.types';
import type { LintOptions } from '../lint/lint.types';
import type { Objective, Status } from '../model/model.types';
import type { Grade } from '../scoring/scoring.types';
import type { ObjectiveAssessment, StatusOptions } from '../status/status';

/**
 * The ids of the synthetic nodes of an alignment tree. They never collide with an
 * objective id in practice (they start with `@okrkit/`).
 * - `root`: the invisible node above every top of the tree (never laid out);
 * - `orphans`: the group that holds objectives serving nothing above them;
 * - `loops`: the group that holds objectives caught in an alignment loop.
 * @example alignmentGroupIds.orphans // '@okrkit/alignment-orphans'
 */
export type AlignmentGroupId = '@okrkit/alignment-root' | '@okrkit/alignment-orphans' | '@okrkit/alignment-loops';

/**
 * Options of `buildAlignmentGraph`. The top-level rule is the one `lintOkrSet` uses.
 * @example { topLevelTeamIds: ['company'], includeDrafts: true } satisfies AlignmentGraphOptions
 */
export interface AlignmentGraphOptions extends Pick<LintOptions, 'topLevelTeamIds' | 'isTopLevel'> {
  /** Show draft objectives as nodes. Drafts are proposals, not yet part of the alignment. @default false */
  includeDrafts?: boolean;
}

/**
 * Where a node hangs in the tree:
 * - `root`: at the top (a top-level objective, or one whose targets are all hidden drafts);
 * - `child`: under the objective it serves;
 * - `orphan`: under the orphans group (not top level, serves no objective);
 * - `loop`: under the loops group (its primary chain comes back to itself).
 * @example graph.nodeById.get('sales-1')?.placement // 'orphan'
 */
export type AlignmentPlacement = 'root' | 'child' | 'orphan' | 'loop';

/**
 * One objective in the alignment graph.
 * @example { id: 'obj-support', objective, placement: 'child', parentId: 'obj-retention', primaryTargetId: 'obj-retention', depth: 3 }
 */
export interface AlignmentNode {
  id: string;
  objective: Objective;
  placement: AlignmentPlacement;
  /** The parent in the drawn tree: an objective id, a group id, or null for a root. */
  parentId: string | null;
  /** The objective chosen as primary alignment (see `AlignmentEdge`), even when a loop cuts it from the tree. */
  primaryTargetId: string | null;
  /** Depth in the drawn tree: roots and groups are 0, an orphan is 1. */
  depth: number;
  /**
   * Ids it (or one of its key results) names as `parentId` or `contributesTo` that no
   * objective of the set has, in that order; absent when every target exists.
   */
  missingTargetIds?: readonly string[];
}

/**
 * How an alignment link is drawn:
 * - `primary`: the tree edge (one per objective);
 * - `secondary`: a further objective served, drawn as a cross link;
 * - `loop`: a primary link that closes a loop, so it is not a tree edge.
 * @example graph.edges.filter((edge) => edge.kind === 'secondary')
 */
export type AlignmentEdgeKind = 'primary' | 'secondary' | 'loop';

/**
 * Which field of the data a link comes from.
 * @example 'key-result-contributes-to' satisfies AlignmentEdgeSource
 */
export type AlignmentEdgeSource = 'parent' | 'objective-contributes-to' | 'key-result-contributes-to';

/**
 * "`fromId` serves `toId`". The primary link of an objective is its `parentId`; when it has
 * none, the first objective it (then its key results) `contributesTo`. Every other served
 * objective is a secondary link. One link per pair: the first reason found is kept.
 * @example { fromId: 'brand', toId: 'sales', kind: 'secondary', via: 'objective-contributes-to' }
 */
export interface AlignmentEdge {
  /** The serving (lower) objective. */
  fromId: string;
  /** The served (higher) objective. */
  toId: string;
  kind: AlignmentEdgeKind;
  via: AlignmentEdgeSource;
  /** The key result that carries the link, when `via` is `'key-result-contributes-to'`. */
  keyResultId?: string;
}

/**
 * The alignment of an `OkrSet` as plain data, ready to filter, roll up and lay out.
 * @example buildAlignmentGraph(okrSet).childrenOf.get(alignmentGroupIds.root) // ['company-growth', '@okrkit/alignment-orphans']
 */
export interface AlignmentGraph {
  /** One per shown objective, in tree order (depth first, siblings by priority, title, id). */
  nodes: readonly AlignmentNode[];
  nodeById: ReadonlyMap<string, AlignmentNode>;
  edges: readonly AlignmentEdge[];
  /** Every edge that starts at an objective (what it serves), primary first. */
  edgesFrom: ReadonlyMap<string, readonly AlignmentEdge[]>;
  /** Objectives at the top of the tree. */
  roots: readonly string[];
  /** Objectives that serve nothing and are not top level, sorted. A loop member is reported in `loops` instead. */
  orphans: readonly string[];
  /** Each loop as its id chain: every id's primary target is the next one, the last's is the first. */
  loops: readonly (readonly string[])[];
  /**
   * Children in the drawn tree, sorted, keyed by objective id or group id. The root group's
   * children are the roots, then the orphans group and the loops group when they are not empty.
   */
  childrenOf: ReadonlyMap<string, readonly string[]>;
  /** The parent in the drawn tree of each objective and non-root group. */
  parentOf: ReadonlyMap<string, string>;
}

/**
 * Counts over a subtree of the drawn tree (the node itself excluded).
 * @example { descendants: 42, orphansBelow: 0, offTrackBelow: 5 }
 */
export interface AlignmentCounts {
  /** Objectives below. */
  descendants: number;
  /** Orphans below: non-zero only for the orphans group and the root, as an orphan has nothing above it. */
  orphansBelow: number;
  /** Objectives below whose (rolled-up) status is `'off-track'`. */
  offTrackBelow: number;
}

/**
 * Options of `rollUpAlignment`: those of `assessOkrSet`, which it runs twice (own and subtree).
 * @example { now: '2026-02-15T12:00:00Z', scoring: scoringPresets.google, outdatedAfterDays: 14 }
 */
export type AlignmentRollupOptions = Omit<StatusOptions, 'includeChildren'>;

/**
 * Where one objective of the tree stands.
 * @example rollups.nodes.get('obj-company-growth')?.subtreeProgress.value // 0.41
 */
export interface AlignmentNodeRollup extends AlignmentCounts {
  objectiveId: string;
  /** From its key results only. */
  ownProgress: Progress;
  /** Key results plus aligned children (`includeChildren`: `parentId` children, drafts excluded). */
  subtreeProgress: Progress;
  /** Status of the subtree progress. */
  status: Status;
  /** Grade of the subtree progress under the strategy. */
  grade: Grade;
  outdated: boolean;
  /** The full assessments, for explanations. */
  own: ObjectiveAssessment;
  subtree: ObjectiveAssessment;
}

/**
 * The result of `rollUpAlignment`.
 * @example rollups.groups.get(alignmentGroupIds.orphans)?.descendants
 */
export interface AlignmentRollups {
  nodes: ReadonlyMap<string, AlignmentNodeRollup>;
  groups: ReadonlyMap<AlignmentGroupId, AlignmentCounts>;
}

/**
 * `'top-down'`: levels go down the page; `'left-right'`: levels go across it (in right-to-left
 * pages, mirror the x axis in the view).
 * @example 'left-right' satisfies AlignmentDirection
 */
export type AlignmentDirection = 'top-down' | 'left-right';

/**
 * Options of `layoutAlignmentTree`. `gapX` is always horizontal and `gapY` vertical, whatever the direction.
 * @example { direction: 'left-right', nodeWidth: 240, nodeHeight: 96, gapX: 32, gapY: 16, collapsed: new Set(['obj-retention']) }
 */
export interface AlignmentLayoutOptions {
  /** @default 'top-down' */
  direction?: AlignmentDirection;
  nodeWidth: number;
  nodeHeight: number;
  gapX: number;
  gapY: number;
  /** Objectives or groups whose subtrees are hidden. */
  collapsed?: ReadonlySet<string>;
  /** Lay out only this objective's (or group's) subtree. */
  rootId?: string;
  /** Lay out only these ids, e.g. `filterAlignment(...).visible`, which keeps ancestors and groups. */
  include?: ReadonlySet<string>;
}

/**
 * What a laid-out node stands for: an objective, or one of the two groups.
 * @example layout.nodes.filter((node) => node.kind === 'objective')
 */
export type AlignmentLayoutNodeKind = 'objective' | 'orphans' | 'loops';

/**
 * A laid-out node: `x`, `y` are the top-left corner of its `nodeWidth` × `nodeHeight` box.
 * @example { id: 'obj-support', kind: 'objective', x: -120, y: 432, depth: 3, hasChildren: false, collapsed: false, parentId: 'obj-retention', positionInSet: 1, setSize: 1 }
 */
export interface AlignmentLayoutNode {
  id: string;
  kind: AlignmentLayoutNodeKind;
  x: number;
  y: number;
  /** 0 for the tops of the layout. */
  depth: number;
  /** It has children in the graph (shown or collapsed). */
  hasChildren: boolean;
  collapsed: boolean;
  /** The drawn parent, or null at the top. */
  parentId: string | null;
  /** 1-based position among its shown siblings, and their count (for `aria-posinset` / `aria-setsize`). */
  positionInSet: number;
  setSize: number;
}

/**
 * A point in layout coordinates.
 * @example { x: 120, y: 96 }
 */
export interface AlignmentPoint {
  x: number;
  y: number;
}

/**
 * A link to draw, from the served objective (`sourceId`) to the serving one (`targetId`).
 * `primary` links run box edge to box edge as an orthogonal elbow; `secondary` and `loop`
 * links run centre to centre.
 * @example { sourceId: 'obj-retention', targetId: 'obj-support', kind: 'primary', points: [{ x: 0, y: 384 }, { x: 0, y: 408 }, { x: 0, y: 408 }, { x: 0, y: 432 }] }
 */
export interface AlignmentLayoutLink {
  sourceId: string;
  targetId: string;
  kind: AlignmentEdgeKind;
  points: readonly AlignmentPoint[];
}

/**
 * The box that holds every node. All zero when nothing is laid out.
 * @example { minX: -1320, minY: 0, maxX: 1320, maxY: 528 }
 */
export interface AlignmentBounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * Plain coordinates of a laid-out tree.
 * @example layoutAlignmentTree(graph, { nodeWidth: 240, nodeHeight: 96, gapX: 24, gapY: 48 }).bounds
 */
export interface AlignmentLayout {
  /** In tree order (depth first). */
  nodes: readonly AlignmentLayoutNode[];
  links: readonly AlignmentLayoutLink[];
  bounds: AlignmentBounds;
  direction: AlignmentDirection;
  nodeWidth: number;
  nodeHeight: number;
}

/**
 * The part of the layout a view shows. `x`, `y` are the layout coordinates at the view's
 * top-left corner; `width`, `height` are the view's size on screen; `scale` is screen pixels
 * per layout unit. The layout rectangle shown is `[x, x + width / scale] × [y, y + height / scale]`.
 * @example { x: -640, y: -40, width: 1280, height: 720, scale: 0.5, overscan: 200 } // shows x −640…1920, y −40…1400
 */
export interface AlignmentViewport {
  x: number;
  y: number;
  width: number;
  height: number;
  /** @default 1 */
  scale?: number;
  /** Extra screen pixels around the view to render ahead of panning. @default 0 */
  overscan?: number;
}

/**
 * What `filterAlignment` keeps. Each given criterion must hold; within one, any value matches.
 * @example { teamIds: ['sales', 'marketing'], statuses: ['off-track'], text: 'kovac' }
 */
export interface AlignmentFilter {
  teamIds?: readonly string[];
  ownerIds?: readonly string[];
  /** Needs the assessments argument. */
  statuses?: readonly Status[];
  periodIds?: readonly string[];
  /** Every word must appear in the title, description or a key result's title; case and accents ignored. */
  text?: string;
}

/**
 * The result of `filterAlignment`.
 * @example { matches: new Set(['obj-support']), visible: new Set(['obj-support', 'obj-retention', 'obj-user-activity', 'obj-company-growth']) }
 */
export interface AlignmentFilterResult {
  /** The objectives that match. */
  matches: ReadonlySet<string>;
  /** The matches plus every ancestor (objectives and groups) so the tree stays connected. */
  visible: ReadonlySet<string>;
}
