/**
 * `@okrkit/react` as this benchmark builds it: the provider and the objective editor, from
 * source, so a run measures the working tree without a build. The bundler tree-shakes the
 * package's full entry to the same modules; only the entry differs.
 */
export * from '../../packages/react/src/provider/index';
export * from '../../packages/react/src/objective-editor/index';
