/**
 * `@okrkit/react` as the benchmark builds it: the parts the alignment tree needs, from source.
 * Not the package's dist (a single file that currently bundles @tanstack/table-core for the
 * weekly report) and not its full `src/index.ts` (work in progress elsewhere would have to
 * build): the bundler tree-shakes both to the same modules as this entry.
 */
export * from '../../packages/react/src/provider/index';
export * from '../../packages/react/src/format/index';
export * from '../../packages/react/src/alignment-tree/index';
