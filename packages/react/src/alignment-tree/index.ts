export { AlignmentTree } from './alignment-tree';
export type { AlignmentTreeDetail, AlignmentTreeNodeRenderProps, AlignmentTreeProps, AlignmentTreeTransform } from './alignment-tree.types';
export { defaultAlignmentTreeLabels, resolveAlignmentTreeLabels, type AlignmentTreeLabels } from './alignment-tree.labels';
export { useAlignmentModel, type AlignmentModel, type UseAlignmentModelOptions } from './use-alignment-model';
export { useAlignmentLayout, type AlignmentLayoutState, type UseAlignmentLayoutOptions } from './use-alignment-layout';
export { useAlignmentViewport, type AlignmentViewportState, type UseAlignmentViewportOptions } from './use-alignment-viewport';
export { useTreeInteraction, type TreeInteraction, type UseTreeInteractionOptions } from './use-tree-interaction';
export { treeKeyAction, typeAheadTarget, type TreeKeyAction } from './tree-navigation.utils';
