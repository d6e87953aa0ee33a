import { assessOkrSet } from '@okrkit/core';
import { createRoot } from 'react-dom/client';
import { Tree, type CustomNodeElementProps } from 'react-d3-tree';
import { toD3Tree } from './organisation-to-d3';
import { frames, labelKey, type BenchSide } from './shared';

let count = 0;

/** A label comparable to okrkit's card: title, owner and progress percent, as SVG text. */
function renderNode({ nodeDatum, toggleNode }: CustomNodeElementProps) {
  const { id, owner, progress } = nodeDatum.attributes ?? {};
  const collapsed = (nodeDatum as { __rd3t?: { collapsed: boolean } }).__rd3t?.collapsed;
  return (
    <g data-objective-id={id} data-collapsed={collapsed ? 'true' : 'false'} onClick={toggleNode}>
      <rect x={-120} y={-44} width={240} height={88} rx={6} fill="#fff" stroke="#d0d0d0" />
      <text x={-110} y={-18} data-part="title">
        {nodeDatum.name}
      </text>
      <text x={-110} y={6} data-part="owner">
        {owner}
      </text>
      <text x={-110} y={30} data-part="progress">
        {progress}
      </text>
    </g>
  );
}

export const side: BenchSide = {
  nodeSelector: '[data-objective-id]',
  async prepare() {},
  mount(container, organisation) {
    const { okrSet, now } = organisation;
    const tree = toD3Tree(okrSet, assessOkrSet(okrSet, { now, includeChildren: true }), 'en-GB');
    count = tree.count;
    // Laid out like okrkit's default (top-down, same box and gaps); initialDepth unset: react-d3-tree's default.
    createRoot(container).render(
      <Tree data={tree.root} orientation="vertical" translate={{ x: 640, y: 60 }} nodeSize={{ x: 264, y: 144 }} renderCustomNodeElement={renderNode} />,
    );
  },
  labels(container) {
    const found: Record<string, string> = {};
    for (const node of container.querySelectorAll('[data-objective-id]')) {
      const part = (name: string) => node.querySelector(`[data-part="${name}"]`)?.textContent ?? '';
      if (node.getAttribute('data-objective-id')) found[labelKey(part('title'), part('owner'))] = part('progress');
    }
    return found;
  },
  objectiveCount: () => count,
  async toggleTarget(container, _organisation, id) {
    if (!id) throw new Error('react-d3-tree toggles the node okrkit chose');
    // Node elements are keyed by index and reused after a toggle: look the node up each time.
    const current = () => {
      const element = container.querySelector(`[data-objective-id="${id}"]`);
      if (!element) throw new Error(`node ${id} is not drawn`);
      return element;
    };
    await frames();
    return {
      id,
      toggle: () => current().dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })),
      state: () => (current().getAttribute('data-collapsed') === 'true' ? 'collapsed' : 'expanded'),
    };
  },
};
