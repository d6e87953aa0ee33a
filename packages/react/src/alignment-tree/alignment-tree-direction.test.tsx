import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderTree, tree } from './alignment-tree.test-utils';

describe('AlignmentTree: user text takes its own direction', () => {
  it('given the examples, every node title and owner has dir="auto", so a title is cut at its own end (the real-browser check is the RightToLeftLongTitles story)', async () => {
    await renderTree({ defaultExpanded: 'all', renderOwner: (ownerId) => `Owner ${ownerId}` });
    const titles = tree().querySelectorAll('[data-slot="alignment-tree-node-title"]');
    expect(titles.length).toBeGreaterThan(3);
    for (const title of titles) expect(title).toHaveAttribute('dir', 'auto');
    const owners = tree().querySelectorAll('[data-slot="alignment-tree-node-owner"]');
    expect(owners.length).toBeGreaterThan(0);
    for (const owner of owners) expect(owner).toHaveAttribute('dir', 'auto');
    for (const group of tree().querySelectorAll('[data-slot="alignment-tree-group-title"]')) expect(group).toHaveAttribute('dir', 'auto');
    expect(within(tree()).getAllByRole('treeitem').length).toBe(titles.length + tree().querySelectorAll('[data-slot="alignment-tree-group-title"]').length);
  });
});
