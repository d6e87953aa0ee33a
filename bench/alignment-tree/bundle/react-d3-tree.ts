// What a host ships for react-d3-tree: React and React DOM excluded, its d3 modules included.
export { Tree } from 'react-d3-tree';
