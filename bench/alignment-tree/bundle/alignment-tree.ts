// What a host ships for the tree: React and React DOM excluded, the core and d3-hierarchy included.
export { AlignmentTree } from '@okrkit/react';
