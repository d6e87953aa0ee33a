/**
 * `@okrkit/react` as the chart benchmark builds it: the parts KeyResultChart needs, from source
 * (the bundler tree-shakes the full index to the same modules; work in progress elsewhere in
 * the package need not build for this run).
 */
export * from '../../packages/react/src/provider/index';
export * from '../../packages/react/src/format/index';
export * from '../../packages/react/src/key-result-chart/index';
