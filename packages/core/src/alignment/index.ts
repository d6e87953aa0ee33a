/**
 * The alignment tree, headless: the graph of who serves whom, rollups per subtree, a
 * d3-hierarchy layout as plain coordinates, viewport culling, filtering and paths.
 * `generateOrganisation` lives in `@okrkit/core/examples`, not here.
 */
export type * from './alignment.types';
export { alignmentGroupIds, compareAlignmentOrder, foldText, isAlignmentGroupId } from './alignment.utils';
export { buildAlignmentGraph, pathToRoot } from './build-alignment-graph';
export { rollUpAlignment } from './roll-up-alignment';
export { layoutAlignmentTree } from './layout-alignment-tree';
export { createAlignmentLayoutCache, type AlignmentLayoutCache, type AlignmentLayoutCacheOptions } from './layout-cache';
export { visibleLinksInViewport, visibleNodesInViewport, viewportRectangle } from './viewport';
export { filterAlignment } from './filter-alignment';
