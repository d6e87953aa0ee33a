import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultLabels } from '../provider/labels';
import { AlignmentTreeItem, type AlignmentTreeItemProps } from './alignment-tree-node';
import { exampleItemProps } from './alignment-tree.fixtures';
import { item, renderTree, tree } from './alignment-tree.test-utils';

/** One item inside the `tree` a `treeitem` needs. */
function renderItem(id: string, overrides: Partial<AlignmentTreeItemProps> = {}) {
  const props = exampleItemProps(id, overrides);
  const result = render(
    <div role="tree" aria-label="Alignment tree">
      <AlignmentTreeItem {...props} />
    </div>,
  );
  return { ...result, props, element: screen.getByRole('treeitem') };
}

describe('AlignmentTreeItem in the tree', () => {
  it('given the examples, it is a tree with one tab stop and each item’s level, set size and position', async () => {
    await renderTree({ defaultExpanded: 'all' });
    const items = within(tree()).getAllByRole('treeitem');
    expect(items.filter((element) => element.tabIndex === 0)).toHaveLength(1);
    expect(item(/Answer every customer/)).toHaveAttribute('aria-level', '4');
    expect(item(/Make Brightline the app/)).toHaveAttribute('aria-level', '1');
    expect(item(/Make Brightline the app/)).toHaveAttribute('aria-setsize', '5');
    expect(item(/Make Brightline the app/)).toHaveAttribute('aria-posinset', '3');
    expect(item(/Make Brightline the app/)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/Answer every customer/)).not.toHaveAttribute('aria-expanded');
    expect(item(/Answer every customer/)).toHaveAttribute('aria-selected', 'false');
  });
});

describe('AlignmentTreeItem on its own', () => {
  it('given a laid-out objective, it is a treeitem with its level, set size, position, expansion and selection', () => {
    const { element } = renderItem('obj-retention', { selected: true });
    expect(element).toHaveAttribute('aria-level', '3');
    expect(element).toHaveAttribute('aria-setsize', '1');
    expect(element).toHaveAttribute('aria-posinset', '1');
    expect(element).toHaveAttribute('aria-expanded', 'true');
    expect(element).toHaveAttribute('aria-selected', 'true');
    expect(element).toHaveAttribute('data-state', 'at-risk');
  });

  it('given a collapsed parent, it says aria-expanded="false"; a leaf says nothing about expansion', () => {
    const collapsed = exampleItemProps('obj-company-growth');
    renderItem('obj-company-growth', { node: { ...collapsed.node, collapsed: true } });
    expect(screen.getByRole('treeitem')).toHaveAttribute('aria-expanded', 'false');
  });

  it('given the full detail, it shows the title, the owner through renderOwner, and progress · status; the bar is hidden from screen readers', () => {
    const { element } = renderItem('obj-support', { renderOwner: (id) => `Person ${id}` });
    expect(element).toHaveTextContent('Answer every customer');
    expect(within(element).getByText('Person lena-kovac')).toBeInTheDocument();
    expect(within(element).getByText(`108% · ${defaultLabels.status.achieved}`)).toBeInTheDocument();
    expect(element.querySelector('[data-slot="alignment-tree-node-bar"]')).toHaveAttribute('aria-hidden', 'true');
  });

  it('given the compact detail (zoomed out), it shows only the title and is named by title and status', () => {
    const { element, props } = renderItem('obj-maths-results', { detail: 'compact' });
    expect(element).toHaveTextContent(new RegExp(`^${props.title}$`));
    expect(element).toHaveAccessibleName(`${props.title}, ${defaultLabels.status['off-track']}`);
    expect(element).toHaveAttribute('data-detail', 'compact');
  });

  it('given focus, it is the tab stop; otherwise it is reachable only by the arrow keys', () => {
    const { element, rerender, props } = renderItem('obj-support');
    expect(element).toHaveAttribute('tabindex', '0');
    rerender(
      <div role="tree" aria-label="Alignment tree">
        <AlignmentTreeItem {...props} focused={false} />
      </div>,
    );
    expect(screen.getByRole('treeitem')).toHaveAttribute('tabindex', '-1');
  });

  it('when clicked it activates; its expander toggles without activating; hovering sets and clears the hovered id', () => {
    const activate = vi.fn();
    const toggle = vi.fn();
    const setHoveredId = vi.fn();
    const onItemFocus = vi.fn();
    const { element } = renderItem('obj-company-growth', { activate, toggle, setHoveredId, onItemFocus });
    fireEvent.click(element);
    expect(activate).toHaveBeenCalledWith('obj-company-growth');
    fireEvent.click(element.querySelector('[data-slot="alignment-tree-toggle"]')!);
    expect(toggle).toHaveBeenCalledWith('obj-company-growth');
    expect(activate).toHaveBeenCalledTimes(1);
    fireEvent.pointerEnter(element);
    fireEvent.pointerLeave(element);
    expect(setHoveredId.mock.calls).toEqual([['obj-company-growth'], [null]]);
    fireEvent.focus(element);
    expect(onItemFocus).toHaveBeenCalledWith('obj-company-growth');
  });

  it('given selection, the highlighted path and a filter match, it shows them to CSS', () => {
    const { element } = renderItem('obj-user-activity', { selected: true, onPath: true, match: true });
    expect(element).toHaveAttribute('data-selected', 'true');
    expect(element).toHaveAttribute('data-on-path', 'true');
    expect(element).toHaveAttribute('data-match', 'true');
  });

  it('given renderNode, the content is the host’s and the treeitem (ARIA, focus) stays the tree’s', () => {
    const { element } = renderItem('obj-support', { renderNode: ({ title, rollup }) => <b>{`${title}: ${rollup?.status}`}</b> });
    expect(element).toHaveTextContent('Answer every customer quickly and well: achieved');
    expect(element).toHaveAttribute('aria-level', '4');
  });
});
